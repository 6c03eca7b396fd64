package org.quotesift.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.quotesift.input.Document;

/**
 * Developer check (not a test): pages per second of {@code Cleaner.clean} against a Jsoup
 * parse-only pass over the same HTML folder, and MB/s of text cleaning over a text folder.
 *
 * <p>{@code java -cp ... org.quotesift.clean.SpeedCheck HTML_DIR TEXT_DIR}
 */
public final class SpeedCheck {

  private SpeedCheck() {}

  public static void main(String[] args) throws IOException {
    List<Document> html = load(Path.of(args[0]));
    List<Document> text = load(Path.of(args[1]));
    if (System.getenv("TEXT_ONLY") != null) {
      for (int round = 0; round < 5; round++) {
        long t0 = System.nanoTime();
        long bytes = 0;
        int sink = 0;
        for (int k = 0; k < 50; k++) {
          for (Document d : text) {
            sink += Cleaner.clean(d).blocks().size();
            bytes += d.text().length();
          }
        }
        System.out.printf("text %.0f MB/s (chars) [%d]%n", bytes / 1e6 / ((System.nanoTime() - t0) / 1e9), sink);
      }
      return;
    }
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      int sink = 0;
      for (int k = 0; k < 3; k++) {
        for (Document d : html) {
          sink += Jsoup.parse(d.text()).childNodeSize();
        }
      }
      long t1 = System.nanoTime();
      for (int k = 0; k < 3; k++) {
        for (Document d : html) {
          sink += Cleaner.clean(d).blocks().size();
        }
      }
      long t2 = System.nanoTime();
      long bytes = 0;
      for (int k = 0; k < 20; k++) {
        for (Document d : text) {
          sink += Cleaner.clean(d).blocks().size();
          bytes += d.text().length();
        }
      }
      long t3 = System.nanoTime();
      double parse = 3.0 * html.size() / ((t1 - t0) / 1e9);
      double clean = 3.0 * html.size() / ((t2 - t1) / 1e9);
      System.out.printf("round %d: jsoup parse %.0f pages/s, clean %.0f pages/s (%.0f%%); text %.0f MB/s (chars) [%d]%n",
          round, parse, clean, 100 * clean / parse, bytes / 1e6 / ((t3 - t2) / 1e9), sink);
    }
  }

  private static List<Document> load(Path dir) throws IOException {
    List<Document> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        out.add(EvalHarness.read(f));
      }
    }
    return out;
  }
}
