package org.quotesift.cli;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end golden cases: {@code extract} and {@code clean} on articles whose quotes, speakers and
 * metadata were written down by hand ({@code src/test/resources/golden}), plus the seed article from
 * {@code ../shared/seeds} when it is present. Every case must also give byte-identical output when
 * run again.
 */
class GoldenCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path SEED = Path.of("../shared/seeds/korea-herald-pompeo");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @Test
  void everyExpectationHasItsInput() throws IOException {
    List<Path> cases = cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(2);
    for (Path expected : cases) {
      assertThat(inputOf(expected)).as(expected.toString()).isRegularFile();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenCase(Path expectedFile) throws IOException {
    check(inputOf(expectedFile), JSON.readTree(expectedFile.toFile()), false);
  }

  @Test
  void seedArticle() throws IOException {
    Path input = Path.of(SEED + ".txt");
    Assumptions.assumeTrue(Files.isRegularFile(input), "../shared/seeds not present");
    // In the seed's expectations a null speaker means "no speaker required".
    check(input, JSON.readTree(Path.of(SEED + ".expected.json").toFile()), true);
  }

  private static Path inputOf(Path expected) throws IOException {
    JsonNode named = JSON.readTree(expected.toFile()).get("input");
    if (named != null) {
      return Path.of(named.asText());
    }
    String base = expected.getFileName().toString().replace(".expected.json", "");
    for (String ext : List.of(".txt", ".html", ".jsonl")) {
      Path p = expected.resolveSibling(base + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static void check(Path input, JsonNode expected, boolean nullMeansAny) throws IOException {
    CliRun extract = CliRun.run("extract", "--format", "jsonl", input.toString());
    assertThat(extract.code()).as(extract.err()).isZero();
    assertThat(CliRun.run("extract", "--format", "jsonl", input.toString()).out())
        .as("idempotent").isEqualTo(extract.out());
    List<JsonNode> quotes = CliRun.jsonLines(extract.out());
    checkQuotes(input, quotes, expected.get("quotes"), nullMeansAny);
    if (input.toString().endsWith(".txt")) {
      checkOffsets(Files.readString(input, StandardCharsets.UTF_8), quotes);
    }
    CliRun clean = CliRun.run("clean", input.toString());
    assertThat(clean.code()).as(clean.err()).isZero();
    JsonNode doc = CliRun.jsonLines(clean.out()).get(0);
    expected.get("metadata").fields().forEachRemaining(e -> {
      String want = e.getValue().asText();
      String got = doc.get(e.getKey()).asText(null);
      if (e.getKey().equals("date")) {
        assertThat(got).as("date").startsWith(want);
      } else {
        assertThat(norm(got)).as(e.getKey()).isEqualTo(norm(want));
      }
    });
    String body = doc.get("text").asText();
    JsonNode excludes = expected.get("body_excludes");
    if (excludes != null) {
      excludes.forEach(x -> assertThat(body).as("body").doesNotContain(x.asText()));
    }
    JsonNode boilerplate = expected.get("boilerplate_removed");
    if (boilerplate != null) {
      for (String line : List.of("Back To Top", "Korea Herald daum", "By Yeo Jun-suk(")) {
        assertThat(body).doesNotContain(line);
      }
    }
  }

  private static void checkQuotes(Path input, List<JsonNode> got, JsonNode want, boolean nullMeansAny) {
    List<String> gotTexts = got.stream().map(q -> norm(q.get("quote").asText())).toList();
    List<String> wantTexts = new ArrayList<>();
    want.forEach(w -> wantTexts.add(norm(w.get("quote").asText())));
    assertThat(gotTexts).as("quotes of " + input).containsExactlyElementsOf(wantTexts);
    for (int i = 0; i < want.size(); i++) {
      JsonNode w = want.get(i);
      JsonNode g = got.get(i);
      String wantSpeaker = w.get("speaker").isNull() ? null : w.get("speaker").asText();
      String gotSpeaker = g.get("speaker").isNull() ? null : g.get("speaker").asText();
      if (wantSpeaker == null && nullMeansAny) {
        continue;
      }
      assertThat(speakerKey(gotSpeaker)).as("speaker of “" + w.get("quote").asText() + "”")
          .isEqualTo(speakerKey(wantSpeaker));
    }
  }

  private static void checkOffsets(String text, List<JsonNode> quotes) {
    for (JsonNode q : quotes) {
      int start = text.offsetByCodePoints(0, q.get("start").asInt());
      int end = text.offsetByCodePoints(0, q.get("end").asInt());
      assertThat(text.substring(start, end)).isEqualTo(q.get("quote").asText());
      if (!q.get("speaker_mention").isNull()) {
        int ms = text.offsetByCodePoints(0, q.get("mention_start").asInt());
        int me = text.offsetByCodePoints(0, q.get("mention_end").asInt());
        assertThat(text.substring(ms, me)).isEqualTo(q.get("speaker_mention").asText());
      }
    }
  }

  private static String norm(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ").strip();
  }

  /** A speaker compared without case and a leading article: "An American official" = "an american official". */
  private static String speakerKey(String s) {
    return s == null ? null : norm(s).replaceFirst("^(a|an|the) ", "");
  }
}
