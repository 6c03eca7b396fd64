package org.quotesift.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void fastPathsAgreeWithCharacterOnEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch), Chars.isSpace(ch),
          () -> "U+" + Integer.toHexString(ch));
      assertEquals(Character.isLetterOrDigit(ch), Chars.isLetterOrDigit(ch),
          () -> "U+" + Integer.toHexString(ch));
      assertEquals(new String(QuoteSpans.MARK_CANDIDATES).indexOf(ch) >= 0, QuoteSpans.isMarkCandidate(ch),
          () -> "U+" + Integer.toHexString(ch)); // QuoteSpans' scanner jumps to exactly these
    }
  }
}
