package org.quotesift.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The small helpers {@code bin/bench} runs next to quotesift: corpus building, the floor pass and the
 * Jsoup-parse-only pass.
 *
 * <p>Not part of the product: {@code bin/bench} compiles it against the shaded jar into
 * {@code target/bench/classes}; it is also compiled (and ignored) by the {@code bench} Maven profile.
 *
 * <pre>
 * corpus-text DIR BYTES JSONL...   write each record's "text" as DIR/NNNN/NNNNNNN.txt, replicated
 *                                  until the files hold at least BYTES bytes
 * corpus-html DIR BYTES GZ...      write the gunzipped pages as DIR/NNNN/NNNNNNN.html, replicated
 * floor DIR                        read + UTF-8 decode every file, count quote characters
 * jsoup DIR                        read + UTF-8 decode + Jsoup.parse every file
 * </pre>
 *
 * Each command prints one line {@code files=N bytes=B millis=M [quotes=Q]} on standard output.
 */
public final class BenchTool {

  private static final int FILES_PER_DIR = 1000;

  private BenchTool() {}

  /** Entry point; see the class comment for the commands. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BenchTool corpus-text|corpus-html|floor|jsoup DIR [BYTES FILE...]");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "corpus-text" -> corpus(dir, Long.parseLong(args[2]), jsonTexts(args), ".txt");
      case "corpus-html" -> corpus(dir, Long.parseLong(args[2]), gunzipped(args), ".html");
      case "floor" -> floor(dir);
      case "jsoup" -> jsoup(dir);
      default -> {
        System.err.println("BenchTool: unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  /** The "text" field of every record of the JSON Lines files args[3..], UTF-8 encoded. */
  private static List<byte[]> jsonTexts(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<byte[]> texts = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      try (BufferedReader in = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode text = json.readTree(line).get("text");
          if (text != null && text.isTextual() && !text.asText().isBlank()) {
            texts.add(text.asText().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
    return texts;
  }

  /** The decompressed bytes of the gzip files args[3..]. */
  private static List<byte[]> gunzipped(String[] args) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[i])))) {
        pages.add(in.readAllBytes());
      }
    }
    return pages;
  }

  /** Writes the items round-robin, 1000 files per subdirectory, until {@code target} bytes. */
  private static void corpus(Path dir, long target, List<byte[]> items, String ext)
      throws IOException {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no input documents for the corpus");
    }
    long bytes = 0;
    int n = 0;
    while (bytes < target) {
      byte[] item = items.get(n % items.size());
      Path sub = dir.resolve(String.format("%04d", n / FILES_PER_DIR));
      if (n % FILES_PER_DIR == 0) {
        Files.createDirectories(sub);
      }
      Files.write(sub.resolve(String.format("%07d%s", n, ext)), item);
      bytes += item.length;
      n++;
    }
    System.out.println("files=" + n + " bytes=" + bytes + " distinct=" + items.size());
  }

  /** The regular files under {@code dir}, in sorted order (as quotesift walks them). */
  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The floor: read, decode, scan for quote characters; nothing else. */
  private static void floor(Path dir) throws IOException {
    long start = System.nanoTime();
    long bytes = 0;
    long quotes = 0;
    List<Path> files = files(dir);
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      bytes += b.length;
      String text = new String(b, StandardCharsets.UTF_8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D') {
          quotes++;
        }
      }
    }
    report(files.size(), bytes, start, " quotes=" + quotes);
  }

  /** The Jsoup-parse-only pass: read, decode as UTF-8, parse to a DOM, drop it. */
  private static void jsoup(Path dir) throws IOException {
    long start = System.nanoTime();
    long bytes = 0;
    long nodes = 0;
    List<Path> files = files(dir);
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      bytes += b.length;
      nodes += Jsoup.parse(new String(b, StandardCharsets.UTF_8)).childNodeSize();
    }
    report(files.size(), bytes, start, " nodes=" + nodes);
  }

  private static void report(int files, long bytes, long startNanos, String extra) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    System.out.println("files=" + files + " bytes=" + bytes + " millis=" + millis + extra);
  }

}
