package org.quotesift.quote;

/**
 * A stretch of text to look for quotes in: one paragraph, heading or headline of an article.
 *
 * <p>Offsets are {@code char} indices into the text handed to {@link QuoteExtractor#extract}, end
 * exclusive. Passages are given in document order and do not overlap; text between them (dropped
 * boilerplate, blank lines) is never searched, so a quote cannot start in a caption or a menu.
 *
 * @param start first char
 * @param end one past the last char
 * @param headline whether the passage is a headline or subtitle, where attributions take the short
 *     forms headline writers use ({@code ‘soon’ : Pompeo})
 */
public record Passage(int start, int end, boolean headline) {

  public Passage {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad passage span [" + start + ", " + end + ")");
    }
  }
}
