package org.quotesift.input;

import java.util.Map;
import java.util.Objects;

/**
 * One decoded input document: the unit every later stage works on.
 *
 * <p>{@code text} is exactly what was decoded from the input (no normalisation of line ends or white
 * space), so offsets computed on it can be traced back to the file. For {@link Kind#HTML} it is the raw
 * markup. {@code hints} carry what the container already knew about the document (for example a JSON
 * Lines record's {@code url} or {@code title}); it is never null and is copied defensively.
 *
 * @param id the name of the document in output ({@code doc}): the path as given and walked, a record id,
 *     or {@code -} for standard input
 * @param text the decoded text or markup, never null (may be empty)
 * @param kind whether {@code text} is plain text or HTML
 * @param hints metadata known before cleaning, never null
 */
public record Document(String id, String text, Kind kind, Map<String, String> hints) {

  /** What the text of a document is. */
  public enum Kind {
    /** Plain text, such as a scraper's text dump. */
    TEXT,
    /** HTML markup. */
    HTML
  }

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    hints = Map.copyOf(Objects.requireNonNull(hints, "hints"));
  }

  /** A document without hints. */
  public static Document of(String id, String text, Kind kind) {
    return new Document(id, text, kind, Map.of());
  }
}
