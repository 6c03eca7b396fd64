package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;
import org.quotesift.input.Document;

/**
 * Property-style checks on random input (seeded, so failures reproduce): blocks are in order,
 * within the text, non-empty and without line breaks; for plain text every block is exactly a
 * trimmed line of the input; dropped blocks always give a reason.
 */
class BlockInvariantsTest {

  private static final String[] PIECES = {
    "Home", "Share", "By Ann Lee", "“Yes,” she said.", "\"No\"", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\r",
    "The council agreed to spend more money on the harbour, officials said on Monday.", "© 2020", "Yonhap",
    "(AP Photo/X)", "Related stories", "a", "42", "…", "\u00a0", "\u2028", "한국어 문장입니다.", "<p>", "</p>", "<div class='share'>",
    "</div>", "<br>", "<a href='x'>", "</a>", "<h2>", "</h2>", "<script>x</script>", "&amp;", "\u0093q\u0094", "Tags:",
    "Korea’s", "École", "Привет мир", "O'Neil", "co-op", "日本語。", "Ⅻ"
  };

  @RepeatedTest(300)
  void blocksAreWellFormed(RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition());
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
      if (r.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    String input = sb.toString();
    for (Document.Kind kind : Document.Kind.values()) {
      CleanDocument c = Cleaner.clean(Document.of("r", input, kind));
      int previousEnd = 0;
      for (Block b : c.blocks()) {
        assertThat(b.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(b.end()).isGreaterThan(b.start()).isLessThanOrEqualTo(c.text().length());
        String t = b.text(c.text());
        assertThat(t).doesNotContain("\n", "\r").isEqualTo(t.strip());
        if (!b.kept()) {
          assertThat(b.reason()).isNotBlank();
        }
        previousEnd = b.end();
      }
      if (kind == Document.Kind.TEXT) {
        assertThat(c.text()).isSameAs(input);
        long lines = input.lines().filter(l -> !l.isBlank()).count();
        assertThat(c.blocks().size()).isLessThanOrEqualTo((int) lines + (int) input.chars().filter(ch -> ch == '\u2028').count());
      }
    }
  }

  @Test
  void measureKeyKeepsCjkRangeSymbolsThatKeyDrops() {
    String s = "日本・東京";
    assertThat(TextFeatures.measure(s).keysAgree()).isFalse();
    assertThat(TextFeatures.measure(s).keyLength()).isEqualTo(5);
    assertThat(TextFeatures.measureKey(s)).isEqualTo("日本・東京");
    assertThat(TextFeatures.key(s)).isEqualTo("日本 東京");
    assertThat(TextFeatures.measure("Привет, École").keysAgree()).isTrue();
  }

  @RepeatedTest(200)
  void onePassMeasuresAgreeWithTheSeparateOnes(RepetitionInfo info) {
    String s = randomLine(new Random(1000 + info.getCurrentRepetition()), false);
    TextFeatures.Measures m = TextFeatures.measure(s);
    assertThat(m.words()).isEqualTo(TextFeatures.words(s));
    assertThat(m.punctuation()).isEqualTo(TextFeatures.punctuation(s, 0, s.length()));
    assertThat(m.quoteMark()).isEqualTo(TextFeatures.hasQuoteMark(s, 0, s.length()));
    assertThat(m.keysAgree()).isTrue();
    assertThat(m.keyLength()).isEqualTo(TextFeatures.measureKey(s).length());
    assertThat(TextFeatures.measureKey(s)).isEqualTo(TextFeatures.key(s));
    assertThat(m.keyHash() == 0).isEqualTo(TextFeatures.key(s).isEmpty());
    assertThat(TextFeatures.measure(s.toUpperCase() + " ").keyHash())
        .as("same key, same hash").isEqualTo(TextFeatures.measure(" " + s.toLowerCase()).keyHash());
  }

  @RepeatedTest(200)
  void keyHashIsTheFnvHashOfTheMeasureKey(RepetitionInfo info) {
    String s = randomLine(new Random(5000 + info.getCurrentRepetition()), true);
    String key = TextFeatures.measureKey(s);
    long fnv = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      fnv = (fnv ^ key.charAt(i)) * 0x100000001b3L;
    }
    long expected = key.isEmpty() ? 0 : fnv == 0 ? 1 : fnv;
    TextFeatures.Measures m = TextFeatures.measure(s);
    assertThat(m.keyHash()).as(s).isEqualTo(expected);
    assertThat(m.keyLength()).as(s).isEqualTo(key.length());
    assertThat(m.words()).as(s).isEqualTo(TextFeatures.words(s));
  }

  /** Up to 30 pieces, spaced or not; with {@code cjkSymbols}, also CJK-range symbols that key() drops. */
  private static String randomLine(Random r, boolean cjkSymbols) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(30); i > 0; i--) {
      sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
      if (cjkSymbols && r.nextInt(4) == 0) {
        sb.append("・日本・").append(r.nextBoolean() ? "ｶﾅ" : "");
      }
    }
    return sb.toString();
  }
}
