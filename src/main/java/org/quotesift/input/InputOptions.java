package org.quotesift.input;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read.
 *
 * @param format how to read each input ({@code AUTO}: by extension, then by sniffing)
 * @param idField for JSON Lines input, the field holding the document id
 * @param textField for JSON Lines input, the field holding plain text
 * @param htmlField for JSON Lines input, the field holding HTML, used when the text field is absent
 * @param urlField for JSON Lines input, the field holding the page URL (kept as a hint)
 * @param encoding a charset that overrides detection, or empty
 * @param maxFileSize inputs (and records) larger than this many bytes after decompression are refused
 */
public record InputOptions(
    InputFormat format,
    String idField,
    String textField,
    String htmlField,
    String urlField,
    Optional<Charset> encoding,
    long maxFileSize) {

  /** 64 MiB: larger than any news page, small enough that one bad file cannot exhaust memory. */
  public static final long DEFAULT_MAX_FILE_SIZE = 64L << 20;

  public InputOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(idField, "idField");
    Objects.requireNonNull(textField, "textField");
    Objects.requireNonNull(htmlField, "htmlField");
    Objects.requireNonNull(urlField, "urlField");
    Objects.requireNonNull(encoding, "encoding");
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
  }

  /** Auto-detected format, fields id/text/html/url, detected charset, default size limit. */
  public static InputOptions defaults() {
    return new InputOptions(InputFormat.AUTO, "id", "text", "html", "url", Optional.empty(),
        DEFAULT_MAX_FILE_SIZE);
  }
}
