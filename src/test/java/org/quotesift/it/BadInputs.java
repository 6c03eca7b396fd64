package org.quotesift.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Writes the malformed and pathological inputs a scraper produces, each into its own file. */
final class BadInputs {

  private BadInputs() {}

  static Path binary(Path dir) throws IOException {
    return Files.write(dir.resolve("binary.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'});
  }

  static Path empty(Path dir) throws IOException {
    return Files.write(dir.resolve("empty.txt"), new byte[0]);
  }

  static Path mixedEncoding(Path dir) throws IOException {
    return Files.write(dir.resolve("mixed.txt"), new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0x9C, 'a', (byte) 0xE2, (byte) 0x80,
        (byte) 0x9D, ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
  }

  static Path truncatedGzip(Path dir) throws IOException {
    byte[] gz = gzip(("“Half,” he said. " + "more words ".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    return Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
  }

  /** 200 MB of zeros in about 200 KB. */
  static Path gzipBomb(Path dir) throws IOException {
    Path p = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
    }
    return p;
  }

  /** A text file that is one line of {@code megabytes} MB. */
  static Path longLine(Path dir, String name, int megabytes) throws IOException {
    Path p = dir.resolve(name);
    byte[] chunk = "word “and ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(p)) {
      long written = 0;
      while (written < (long) megabytes << 20) {
        out.write(chunk);
        written += chunk.length;
      }
    }
    return p;
  }

  /** One JSON Lines record whose text is about {@code megabytes} MB. */
  static Path hugeRecord(Path dir, int megabytes) throws IOException {
    Path p = dir.resolve("huge.jsonl");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("{\"id\": \"small\", \"text\": \"“Fine,” she said.\"}\n{\"id\": \"huge\", \"text\": \"");
      String chunk = "words and more words ".repeat(50_000);
      for (long n = 0; n < (long) megabytes << 20; n += chunk.length()) {
        w.write(chunk);
      }
      w.write("\"}\n");
    }
    return p;
  }

  static Path bigHtml(Path dir, int megabytes) throws IOException {
    Path p = dir.resolve("big.html");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("<html><body>");
      String para = "<p>The council met and said “we will decide soon,” the mayor said. "
          + "word ".repeat(60) + "</p>\n";
      for (long n = 0; n < (long) megabytes << 20; n += para.length()) {
        w.write(para);
      }
      w.write("</body></html>");
    }
    return p;
  }

  static Path deeplyNested(Path dir, int depth) throws IOException {
    return Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(depth)
        + "<p>“Deep,” he said.</p>" + "</div>".repeat(depth) + "</body></html>");
  }

  static Path unbalancedQuotes(Path dir) throws IOException {
    String para = "He said “this opens and never closes, " + "and it goes on ".repeat(40) + "\n\n";
    return Files.writeString(dir.resolve("unbalanced.txt"), para.repeat(20_000));
  }

  static byte[] gzip(byte[] data) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
