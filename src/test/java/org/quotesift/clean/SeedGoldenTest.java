package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quotesift.input.Document;

/**
 * The seed article of the shared corpus, judged as {@code check_seed.py} judges it. Skipped when
 * {@code ../shared} is absent (users' clones do not have it).
 */
class SeedGoldenTest {

  private static final Path SEEDS = Path.of("..", "shared", "seeds");

  @Test
  void seedArticleMetadataAndBoilerplate() throws IOException {
    Path txt = SEEDS.resolve("korea-herald-pompeo.txt");
    Path expected = SEEDS.resolve("korea-herald-pompeo.expected.json");
    assumeTrue(Files.isReadable(txt) && Files.isReadable(expected), "../shared/seeds not present");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    JsonNode meta = new ObjectMapper().readTree(expected.toFile()).path("metadata");

    CleanDocument c = Cleaner.clean(Document.of(txt.toString(), text, Document.Kind.TEXT));

    assertThat(norm(c.metadata().title())).isEqualTo(norm(meta.path("title").asText()));
    assertThat(norm(c.metadata().subtitle())).isEqualTo(norm(meta.path("subtitle").asText()));
    assertThat(norm(c.metadata().byline())).isEqualTo(norm(meta.path("byline").asText()));
    assertThat(norm(c.metadata().source())).isEqualTo(norm(meta.path("source").asText()));
    String body = c.bodyText();
    assertThat(body).doesNotContain("Back To Top", "Korea Herald daum", "By Yeo Jun-suk(");
    assertThat(count(body, "walks with US Secretary of State Mike Pompeo during his trip to Pyongyang Sunday")).isLessThanOrEqualTo(1);
    assertThat(count(body, "US State Secretary Mike Pompeo. Yonhap")).isLessThanOrEqualTo(1);
    assertThat(body).contains("Any breakthrough?", "Past experience shows that the list");
  }

  /** As check_seed.py: lower case, runs of non-word characters to one space. */
  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase().replaceAll("[\\W_]+", " ").strip();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
