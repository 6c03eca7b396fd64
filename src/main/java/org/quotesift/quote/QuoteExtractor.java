package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in an article's passages and attributes them to speakers.
 *
 * <p>A pure function: the same text and passages always give the same quotes, in document order.
 * Nothing outside the passages is searched.
 */
public final class QuoteExtractor {

  private QuoteExtractor() {}

  /**
   * Returns the quotes in {@code passages}, in document order.
   *
   * @param text the text the passages index
   * @param passages the article's paragraphs, headings and headline, in order
   */
  public static List<Quote> extract(String text, List<Passage> passages) {
    List<Quote> quotes = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      Passage passage = passages.get(p);
      int i = passage.start();
      while (i < passage.end()) {
        char c = text.charAt(i);
        if (c == '“' || c == '"') {
          int close = findClose(text, i + 1, passage.end(), c == '“' ? '”' : '"');
          if (close > i + 1) {
            quotes.add(new Quote(i + 1, close, text.substring(i + 1, close), null, null,
                Quote.Kind.PARTIAL, p, 0.1, "quote marks only"));
            i = close + 1;
            continue;
          }
        }
        i++;
      }
    }
    return quotes;
  }

  private static int findClose(String text, int from, int end, char close) {
    for (int j = from; j < end; j++) {
      if (text.charAt(j) == close) {
        return j;
      }
    }
    return -1;
  }
}
