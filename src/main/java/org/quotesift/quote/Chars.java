package org.quotesift.quote;

/** Character classes the quote stage needs beyond {@link Character}'s. */
final class Chars {

  private Chars() {}

  /** White space including no-break spaces (U+00A0, U+2007, U+202F), which scraped text is full of. */
  static boolean isSpace(char c) {
    if (c < 128) {
      // the common case, without Character's table look-ups: space, \t \n \u000B \f \r, and the
      // separators U+001C–U+001F, exactly what the two checks below accept among ASCII chars
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A quotation mark of any style, double or single: {@code " ' “ ” ‘ ’ « » „}. */
  static boolean isQuoteMark(char c) {
    return "\"'“”‘’«»„".indexOf(c) >= 0;
  }

  /** {@link Character#isLetterOrDigit(char)}, with the ASCII answer worked out without its tables. */
  static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }
}
