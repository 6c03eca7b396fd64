package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden seed article: all 21 expected quotes with the expected speakers. Reads {@code
 * ../shared/seeds}, which only the development machines have; skipped elsewhere.
 */
class SeedArticleTest {

  private static final Path SEEDS = Path.of("..", "shared", "seeds");
  private static String text;
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    Path txt = SEEDS.resolve("korea-herald-pompeo.txt");
    Assumptions.assumeTrue(Files.isRegularFile(txt), "../shared/seeds not present");
    text = Files.readString(txt, StandardCharsets.UTF_8);
    quotes = QuoteExtractor.extract(text, passages(text));
  }

  /** The passages the cleaner keeps: boilerplate lines dropped, lines 3 and 5 are title and subtitle. */
  static List<Passage> passages(String text) {
    List<Passage> out = new ArrayList<>();
    int i = 0;
    int lineNo = 0;
    while (i < text.length()) {
      int j = text.indexOf('\n', i);
      if (j < 0) {
        j = text.length();
      }
      lineNo++;
      String line = text.substring(i, j).strip();
      boolean boilerplate = line.equals("Back To Top") || line.endsWith("Yonhap")
          || line.startsWith("By Yeo Jun-suk") || line.equals("Korea Herald daum");
      if (!line.isEmpty() && !boilerplate) {
        out.add(new Passage(i, j, lineNo == 3 || lineNo == 5));
      }
      i = j + 1;
    }
    return out;
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ").strip();
  }

  @Test
  void findsAllQuotesWithExpectedSpeakers() throws IOException {
    JsonNode exp = new ObjectMapper().readTree(SEEDS.resolve("korea-herald-pompeo.expected.json").toFile());
    List<String> problems = new ArrayList<>();
    int found = 0;
    int speakers = 0;
    for (JsonNode e : exp.get("quotes")) {
      String want = norm(e.get("quote").asText());
      Quote hit = quotes.stream().filter(q -> norm(q.text()).equals(want)).findFirst().orElse(null);
      if (hit == null) {
        problems.add("missing quote: " + e.get("quote").asText());
        continue;
      }
      found++;
      JsonNode sp = e.get("speaker");
      if (sp.isNull()) {
        speakers++;
        continue;
      }
      String got = hit.speaker() == null ? null : hit.speaker().canonical();
      if (norm(sp.asText()).replaceFirst("^an? ", "").equals(norm(got).replaceFirst("^an? ", ""))) {
        speakers++;
      } else {
        problems.add("speaker for '" + hit.text() + "': got " + got + ", want " + sp.asText()
            + " (" + hit.explanation() + ")");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(found).isEqualTo(21);
    assertThat(speakers).isEqualTo(21);
  }

  @Test
  void offsetsIndexQuoteAndMention() {
    assertThat(quotes).isNotEmpty();
    for (Quote q : quotes) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      if (q.speaker() != null) {
        Speaker s = q.speaker();
        assertThat(text.substring(s.mentionStart(), s.mentionEnd())).isEqualTo(s.mention());
      }
    }
  }

  @Test
  void headlineQuoteAndMismatchedCloser() {
    assertThat(quotes).extracting(Quote::text).contains("soon", "It is such an oxymoronic, two-faced behavior.");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("Korea’s leader") || t.startsWith("s "));
  }
}
