package org.quotesift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.quotesift.input.Document;

/**
 * Developer check (not a test): runs PolNeAR JSON Lines files (clean articles: title line, then
 * paragraphs) through the cleaner and counts dropped lines that contain a quotation mark, and
 * documents whose first line does not become the title. Prints the dropped quote lines.
 *
 * <p>{@code java -cp ... org.quotesift.clean.PolnearCheck ../shared/eval/polnear/dev.jsonl ...}
 */
public final class PolnearCheck {

  private PolnearCheck() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int docs = 0;
    int quoteLines = 0;
    int droppedQuoteLines = 0;
    int droppedLines = 0;
    int titleMissed = 0;
    int goldQuotes = 0;
    int goldQuotesOutside = 0;
    for (String file : args) {
      try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode rec = json.readTree(line);
          String text = rec.path("text").asText();
          CleanDocument c = Cleaner.clean(new Document(rec.path("id").asText(), text, Document.Kind.TEXT, Map.of()));
          docs++;
          // Gold quotes (code point offsets) that fall outside every quotable block are lost to cleaning.
          for (JsonNode q : rec.path("quotes")) {
            goldQuotes++;
            int start = text.offsetByCodePoints(0, q.path("start").asInt());
            int end = text.offsetByCodePoints(0, q.path("end").asInt());
            boolean inside = c.blocks().stream().anyMatch(b -> b.isQuotable() && b.start() <= start && end <= b.end());
            boolean touches = c.blocks().stream().anyMatch(b -> b.isQuotable() && b.start() < end && start < b.end());
            if (!inside && !touches) {
              goldQuotesOutside++;
              System.out.println("GOLD QUOTE DROPPED " + rec.path("id").asText() + " | " + q.path("text").asText());
            }
          }
          boolean firstSeen = false;
          for (Block b : c.blocks()) {
            String t = b.text(text);
            if (!firstSeen) {
              firstSeen = true;
              if (b.role() != Block.Role.TITLE) {
                titleMissed++;
                System.out.println("NO TITLE " + rec.path("id").asText() + " | " + b.role() + " " + b.reason() + " | " + t);
              }
            }
            boolean quote = TextFeatures.hasQuoteMark(t, 0, t.length());
            if (quote) {
              quoteLines++;
            }
            if (!b.kept()) {
              droppedLines++;
              if (System.getenv("ALL") != null) {
                System.out.println("DROPPED " + b.reason() + " | " + t);
              }
              if (quote) {
                droppedQuoteLines++;
                System.out.println("DROPPED QUOTE " + rec.path("id").asText() + " | " + b.reason() + " | " + t);
              }
            }
          }
        }
      }
    }
    System.out.printf("polnear: docs %d, lines with quotes %d, dropped lines %d, dropped lines with quotes %d,"
        + " first line not title %d, gold quotes %d of which in no quotable block %d%n", docs, quoteLines,
        droppedLines, droppedQuoteLines, titleMissed, goldQuotes, goldQuotesOutside);
  }
}
