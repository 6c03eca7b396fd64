package org.quotesift.quote;

/** Character classes the quote stage needs beyond {@link Character}'s. */
final class Chars {

  private Chars() {}

  /** White space including no-break spaces (U+00A0, U+2007, U+202F), which scraped text is full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
