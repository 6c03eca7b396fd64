package org.quotesift.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool, not a test: runs {@link QuoteExtractor} over a JSON Lines dump ({@code id},
 * {@code text}) and writes one prediction per line in the scorer's shape, offsets in code points.
 * One passage per non-blank line, the first one a headline. Used by {@code bin/eval-quotes} until
 * the CLI's {@code extract} is available; usage: {@code PolnearHarness IN.jsonl OUT.jsonl}.
 */
public final class PolnearHarness {

  private PolnearHarness() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long chars = 0;
    long nanos = 0;
    int docs = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = mapper.readTree(line);
        String id = rec.get("id").asText();
        String text = rec.get("text").asText();
        long t0 = System.nanoTime();
        List<Quote> quotes = QuoteExtractor.extract(text, lines(text));
        nanos += System.nanoTime() - t0;
        chars += text.length();
        docs++;
        for (Quote q : quotes) {
          ObjectNode o = mapper.createObjectNode();
          o.put("doc", id);
          o.put("quote", q.text());
          o.put("start", text.codePointCount(0, q.start()));
          o.put("end", text.codePointCount(0, q.end()));
          Speaker s = q.speaker();
          o.put("speaker", s == null ? null : s.canonical());
          o.put("speaker_mention", s == null ? null : s.mention());
          if (s != null) {
            o.put("mention_start", text.codePointCount(0, s.mentionStart()));
            o.put("mention_end", text.codePointCount(0, s.mentionEnd()));
          }
          o.put("speaker_title", s == null ? null : s.title());
          o.put("cue", q.cue());
          o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
          o.put("paragraph", q.paragraph());
          o.put("confidence", q.confidence());
          o.put("explanation", q.explanation());
          out.write(mapper.writeValueAsString(o));
          out.write('\n');
        }
      }
    }
    if (args.length > 2) {
      benchmark(args[0], Integer.parseInt(args[2]));
    }
    System.err.printf("harness: %d docs, %.1f KB, extract %.0f ms (%.0f docs/s)%n", docs, chars / 1024.0,
        nanos / 1e6, docs / (nanos / 1e9));
  }

  /** Extracts from every record {@code rounds} times and prints the steady-state throughput. */
  private static void benchmark(String in, int rounds) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(in), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(mapper.readTree(line).get("text").asText());
      }
    }
    List<List<Passage>> passages = new ArrayList<>();
    for (String t : texts) {
      passages.add(lines(t));
    }
    long bytes = 0;
    for (String t : texts) {
      bytes += t.length();
    }
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < texts.size(); i++) {
        sink += QuoteExtractor.extract(texts.get(i), passages.get(i)).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.err.printf("round %d: %.0f docs/s, %.1f MB/s%n", r, texts.size() / s, bytes / s / 1e6);
    }
    System.err.println("quotes " + sink);
  }

  /** One passage per non-blank line; the first is the headline. */
  static List<Passage> lines(String text) {
    List<Passage> ps = new ArrayList<>();
    int i = 0;
    while (i <= text.length()) {
      int j = text.indexOf('\n', i);
      if (j < 0) {
        j = text.length();
      }
      if (!text.substring(i, j).isBlank()) {
        ps.add(new Passage(i, j, ps.isEmpty()));
      }
      i = j + 1;
    }
    return ps;
  }
}
