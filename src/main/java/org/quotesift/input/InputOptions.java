package org.quotesift.input;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are found and read.
 *
 * @param format how to read each input ({@code AUTO}: by extension, then by sniffing)
 * @param idField for JSON Lines input, the field holding the document id
 * @param textField for JSON Lines input, the field holding the document text
 * @param encoding a charset that overrides detection, or empty
 * @param maxFileSize inputs larger than this many bytes (after decompression) are refused
 */
public record InputOptions(
    InputFormat format, String idField, String textField, Optional<Charset> encoding, long maxFileSize) {

  /** 64 MiB: larger than any news page, small enough that one bad file cannot exhaust memory. */
  public static final long DEFAULT_MAX_FILE_SIZE = 64L << 20;

  public InputOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(idField, "idField");
    Objects.requireNonNull(textField, "textField");
    Objects.requireNonNull(encoding, "encoding");
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
  }

  /** Auto-detected format, fields {@code id}/{@code text}, detected charset, default size limit. */
  public static InputOptions defaults() {
    return new InputOptions(InputFormat.AUTO, "id", "text", Optional.empty(), DEFAULT_MAX_FILE_SIZE);
  }
}
