package org.quotesift.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC or WARC.gz archive with jwarc: every {@code response} record whose
 * HTTP payload is HTML becomes a document named by the record's target URI. Other records (requests,
 * metadata, images, redirects) are skipped silently; a page that cannot be decoded is reported.
 */
final class WarcRecords {

  private WarcRecords() {}

  static void read(Source source, InputOptions options, Consumer<PendingDocument> out)
      throws InputException {
    try (InputStream in = FileBytes.open(source.path())) {
      read(source.name(), in, options, out);
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  static void read(String name, InputStream in, InputOptions options, Consumer<PendingDocument> out)
      throws InputException {
    try (WarcReader reader = new WarcReader(Channels.newChannel(in))) {
      reader.setLenient(true);
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> record;
        try {
          record = reader.next();
        } catch (IOException | RuntimeException e) {
          throw new InputException("malformed WARC record at byte " + offset + ": " + e.getMessage());
        }
        if (record.isEmpty()) {
          return;
        }
        if (record.get() instanceof WarcResponse response) {
          PendingDocument page = page(name, offset, response, options);
          if (page != null) {
            out.accept(page);
          }
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read WARC: " + SourceFinder.reason(e));
    }
  }

  /** The response as a document, or null when it is not an HTML page. */
  private static PendingDocument page(String name, long offset, WarcResponse response,
      InputOptions options) {
    String target = response.target();
    String label = target == null ? name + "@" + offset : target;
    try {
      if (!isHtml(response.http().contentType())) {
        return null;
      }
      byte[] body;
      try (InputStream bodyStream = response.http().bodyDecoded().stream()) {
        body = FileBytes.readAll(bodyStream, options.maxFileSize());
      }
      String html = TextDecoder.decode(body, charsetOf(response), true);
      Map<String, String> hints = target == null ? Map.of() : Map.of("url", target);
      return PendingDocument.of(new Document(label, html, Document.Kind.HTML, hints));
    } catch (InputException e) {
      return PendingDocument.failed(label, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return PendingDocument.failed(label, "malformed HTTP response in WARC: " + e.getMessage());
    }
  }

  private static boolean isHtml(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return subtype.equals("html") || subtype.equals("xhtml+xml");
  }

  private static Optional<java.nio.charset.Charset> charsetOf(WarcResponse response)
      throws IOException {
    String charset = response.http().contentType().parameters().get("charset");
    try {
      return charset == null || !java.nio.charset.Charset.isSupported(charset)
          ? Optional.empty() : Optional.of(java.nio.charset.Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
