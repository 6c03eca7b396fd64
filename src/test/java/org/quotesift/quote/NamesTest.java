package org.quotesift.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void possessiveIsTheFourEndings() {
    for (String w : List.of("", "s", "’", "’s", "'s", "`s", "s’", "s'", "Korea’s", "Korea's", "Korea`s",
        "countries’", "countries'", "Jones", "ss", "s’s", "’’", "Kim", "a’b", "U.S.")) {
      boolean expected = w.endsWith("’s") || w.endsWith("'s") || w.endsWith("`s") || w.endsWith("s’");
      assertEquals(expected, Names.possessive(w), w);
    }
  }
}
