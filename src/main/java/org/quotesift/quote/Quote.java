package org.quotesift.quote;

import java.util.Objects;

/**
 * A quotation found in an article, with its speaker when one could be attributed.
 *
 * <p>{@code start}/{@code end} are {@code char} offsets into the text given to {@link
 * QuoteExtractor#extract} and cover the quoted words without the quote marks, so that {@code
 * text.substring(start, end)} equals {@link #text()}.
 *
 * @param start first char of the quoted words
 * @param end one past the last char
 * @param text the quoted words
 * @param speaker who said it, or null for unattributed (scare) quotes
 * @param cue the reporting verb or phrase ({@code said}, {@code according to}), or null
 * @param kind whole sentences or words inside a sentence
 * @param paragraph 0-based index of the passage the quote starts in
 * @param confidence how sure the attribution is, 0 to 1
 * @param explanation which rule chose the speaker (for {@code --explain}), never null
 */
public record Quote(
    int start,
    int end,
    String text,
    Speaker speaker,
    String cue,
    Kind kind,
    int paragraph,
    double confidence,
    String explanation) {

  /** Whether a quote is a whole sentence or part of one. */
  public enum Kind {
    /** A whole sentence or more in quote marks. */
    DIRECT,
    /** Quoted words inside a sentence, including scare quotes and titles. */
    PARTIAL
  }

  public Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
    Objects.requireNonNull(explanation, "explanation");
  }
}
