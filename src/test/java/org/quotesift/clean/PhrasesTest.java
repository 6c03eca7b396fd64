package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class PhrasesTest {

  private static final List<String> PHRASES = List.of("ab", "bab", "abc", "-ap", "ap-", "é!", "bca", "c a");
  private static final Phrases SET = new Phrases(PHRASES);

  @RepeatedTest(300)
  void agreesWithContains(RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition());
    String alphabet = "abc -pé!x";
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(20); i > 0; i--) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    String s = sb.toString();
    assertThat(SET.anyIn(s)).as(s).isEqualTo(PHRASES.stream().anyMatch(s::contains));
    int from = r.nextInt(s.length() + 1);
    assertThat(SET.firstAtOrAfter(s, from)).as("%s from %d", s, from)
        .isEqualTo(PHRASES.stream().anyMatch(p -> s.indexOf(p) >= from));
  }
}
