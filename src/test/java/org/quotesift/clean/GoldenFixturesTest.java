package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotesift.input.Document;

/**
 * Golden files: {@code src/test/resources/clean/NAME.html|txt} with {@code NAME.expected.json}
 * giving the metadata the cleaner must find, text the body must contain and text it must not.
 */
class GoldenFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> fixtures() {
    return Stream.of("meta-tags.html", "json-ld.html", "visible-byline.html", "dump-crlf.txt", "windows-1252.txt");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void cleansAsExpected(String name) throws IOException {
    String input = resource(name);
    JsonNode expected = JSON.readTree(resource(name.substring(0, name.lastIndexOf('.')) + ".expected.json"));
    Document.Kind kind = name.endsWith(".html") ? Document.Kind.HTML : Document.Kind.TEXT;
    CleanDocument c = Cleaner.clean(new Document(name, input, kind, Map.of()));

    Metadata m = c.metadata();
    Map<String, String> got = Map.of(
        "title", String.valueOf(m.title()), "subtitle", String.valueOf(m.subtitle()),
        "byline", String.valueOf(m.byline()), "date", String.valueOf(m.date()),
        "source", String.valueOf(m.source()), "url", String.valueOf(m.url()),
        "language", String.valueOf(m.language()));
    for (String field : got.keySet()) {
      if (expected.has(field)) {
        assertThat(got.get(field)).as(name + " " + field).isEqualTo(expected.get(field).asText());
      }
    }
    String body = c.bodyText();
    expected.path("body_contains").forEach(s -> assertThat(body).as(name).contains(s.asText()));
    expected.path("body_excludes").forEach(s -> assertThat(body).as(name).doesNotContain(s.asText()));
    for (Block b : c.blocks()) {
      assertThat(b.text(c.text())).doesNotContain("\n", "\r").isNotBlank();
      if (!b.kept()) {
        assertThat(b.reason()).as("dropped blocks say why").isNotBlank();
      }
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = GoldenFixturesTest.class.getResourceAsStream("/clean/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
