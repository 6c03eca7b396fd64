package org.quotesift.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.quotesift.input.Document;

/**
 * Developer harness (not a test): cleans every file of a benchmark folder and writes the scorer's
 * JSON Lines ({@code doc}, {@code text}, metadata) to standard output, or with {@code --explain FILE}
 * prints every block with its decision. Used until the CLI's {@code clean --format jsonl} is there.
 *
 * <p>{@code java -cp target/classes:target/test-classes:DEPS org.quotesift.clean.EvalHarness DIR}
 */
public final class EvalHarness {

  private EvalHarness() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (args[0].equals("--explain")) {
      CleanDocument c = Cleaner.clean(read(Path.of(args[1])));
      for (Block b : c.blocks()) {
        String t = b.text(c.text());
        out.printf("%s %-10s %-40s | %s%n", b.kept() ? "+" : "-", b.role(), b.reason(),
            t.length() > 140 && System.getenv("FULL") == null ? t.substring(0, 140) : t);
      }
      out.println(c.metadata());
      out.flush();
      return;
    }
    boolean profiled = args.length > 1 && args[1].equals("--profile");
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.sorted().toList();
    }
    CorpusProfile profile = null;
    if (profiled) {
      profile = new CorpusProfile(200_000, Integer.getInteger("qs.min", 5));
      for (Path f : files) {
        profile.observe(read(f));
      }
    }
    long t0 = System.nanoTime();
    for (Path f : files) {
      Document d = read(f);
      CleanDocument c = Cleaner.clean(d, profile);
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("doc", f.getFileName().toString());
      rec.put("title", c.metadata().title());
      rec.put("subtitle", c.metadata().subtitle());
      rec.put("byline", c.metadata().byline());
      rec.put("date", c.metadata().date());
      rec.put("source", c.metadata().source());
      rec.put("text", c.bodyText());
      rec.put("removed", c.removed());
      out.println(json.writeValueAsString(rec));
    }
    out.flush();
    System.err.printf("%d docs in %d ms%n", files.size(), (System.nanoTime() - t0) / 1_000_000);
  }

  private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([A-Za-z0-9_.:-]+)");

  static Document read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    String name = f.getFileName().toString();
    if (name.endsWith(".gz")) {
      bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
    }
    boolean html = name.contains(".htm");
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = CHARSET.matcher(head.toLowerCase(Locale.ROOT));
      if (m.find()) {
        try {
          cs = Charset.forName(m.group(1));
        } catch (Exception e) {
          cs = StandardCharsets.UTF_8;
        }
      }
    }
    String text = new String(bytes, skip, bytes.length - skip, cs);
    return Document.of(name, text, html ? Document.Kind.HTML : Document.Kind.TEXT);
  }
}
