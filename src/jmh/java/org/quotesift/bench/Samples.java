package org.quotesift.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.quotesift.input.Document;

/**
 * Inputs for the JMH benchmarks, read at run time, never stored in the repository.
 *
 * <p>From {@code ../shared} (or the directory in the system property {@code quotesift.shared}): the
 * first {@value #TEXTS} PolNeAR dev texts and the first {@value #PAGES} article-benchmark pages. When
 * that is absent, the repository's own {@code testdata/} (the seed article, two scraped texts, an
 * HTML page), so the benchmarks still run, on less representative input.
 */
public final class Samples {

  static final int TEXTS = 50;
  static final int PAGES = 10;

  private Samples() {}

  /** Where the shared evaluation data is, or null. */
  static Path shared() {
    Path p = Path.of(System.getProperty("quotesift.shared", "../shared"));
    return Files.isDirectory(p.resolve("eval")) ? p : null;
  }

  /** Plain-text news articles. */
  public static List<Document> texts() {
    try {
      Path shared = shared();
      List<Document> docs = new ArrayList<>();
      if (shared != null) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(
            shared.resolve("eval/polnear/dev.jsonl"), StandardCharsets.UTF_8)) {
          String line;
          while (docs.size() < TEXTS && (line = in.readLine()) != null) {
            JsonNode r = json.readTree(line);
            docs.add(Document.of(r.get("id").asText(), r.get("text").asText(), Document.Kind.TEXT));
          }
        }
        return docs;
      }
      for (Path f : list(Path.of("testdata"), ".txt")) {
        docs.add(Document.of(f.toString(), Files.readString(f, StandardCharsets.UTF_8),
            Document.Kind.TEXT));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HTML news pages. */
  public static List<Document> pages() {
    try {
      Path shared = shared();
      List<Document> docs = new ArrayList<>();
      if (shared != null) {
        for (Path f : list(shared.resolve("eval/articles/html"), ".html.gz")) {
          if (docs.size() == PAGES) {
            break;
          }
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            docs.add(Document.of(f.getFileName().toString(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8), Document.Kind.HTML));
          }
        }
        return docs;
      }
      for (Path f : list(Path.of("testdata"), ".html")) {
        docs.add(Document.of(f.toString(), Files.readString(f, StandardCharsets.UTF_8),
            Document.Kind.HTML));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The UTF-8 bytes of the texts, as files hold them. */
  public static List<byte[]> textBytes() {
    List<byte[]> bytes = new ArrayList<>();
    for (Document d : texts()) {
      bytes.add(d.text().getBytes(StandardCharsets.UTF_8));
    }
    return bytes;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(f -> !f.toString().contains("/."))
          .sorted()
          .toList();
    }
  }
}
