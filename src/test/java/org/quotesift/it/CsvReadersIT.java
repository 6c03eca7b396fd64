package org.quotesift.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV opens in Python's csv module, as many users read it, with every tricky field intact. */
class CsvReadersIT {

  private static final String READER = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8') as f:
          rows = list(csv.DictReader(f))
      print(json.dumps(rows))
      """;

  @TempDir Path dir;

  private JsonNode readWithPython(Path csv) throws Exception {
    Path script = Files.writeString(dir.resolve("read.py"), READER);
    Process p = new ProcessBuilder("python3", script.toString(), csv.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return new ObjectMapper().readTree(out);
  }

  @Test
  void pythonReadsQuotesWithCommasAndQuoteMarksAndTextWithNewlines() throws Exception {
    assumeThat(onPath("python3")).as("python3 on PATH").isTrue();
    String quote = "Commas, ‘curly’ quotes, it's all in one,";
    String body = "“" + quote + "” the mayor said.\n\nThe council will meet again on Monday to hear"
        + " the \"second\" reading of the budget, the clerk said.";
    String text = "Title, with a comma\n\n" + body + "\n";
    Path article = Files.writeString(dir.resolve("tricky, name.txt"), text, StandardCharsets.UTF_8);

    Path quotes = dir.resolve("quotes.csv");
    ProcessRun extract = ProcessRun.run(dir, "-Xmx256m", "extract", "-o", quotes.toString(),
        article.toString());
    assertThat(extract.code()).as(extract.err()).isZero();
    JsonNode rows = readWithPython(quotes);
    assertThat(rows).hasSize(2); // the quote and the scare-quoted "second"
    assertThat(rows.get(1).get("quote").asText()).isEqualTo("second");
    assertThat(rows.get(0).get("doc").asText()).isEqualTo(article.toString());
    assertThat(rows.get(0).get("quote").asText()).isEqualTo(quote);
    assertThat(rows.get(0).get("start").asInt()).isEqualTo(text.indexOf(quote));

    Path articles = dir.resolve("articles.csv");
    ProcessRun clean = ProcessRun.run(dir, "-Xmx256m", "clean", "--format", "csv", "-o",
        articles.toString(), article.toString());
    assertThat(clean.code()).as(clean.err()).isZero();
    JsonNode docs = readWithPython(articles);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).get("text").asText())
        .isEqualTo(body);
  }

  private static boolean onPath(String command) {
    try {
      return new ProcessBuilder(command, "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
