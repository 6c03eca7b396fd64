package org.quotesift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = """
      Council approves budget

      The council approved the budget on Monday after a long debate.

      “This budget keeps every library open,” Mayor Ana Ruiz said. “It was not easy.”

      The vote was 7-2.
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }


  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void helpAndVersionGoToStandardOutputWithExitZero() {
    CliRun help = CliRun.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("extract", "clean", "Exit codes:", "3   some inputs failed");
    CliRun extractHelp = CliRun.run("extract", "--help");
    assertThat(extractHelp.code()).isZero();
    assertThat(extractHelp.out()).contains("--input-format", "--text-field", "Exit codes:");
    // each command names its own default output format, never a placeholder
    assertThat(extractHelp.out()).contains("(default: csv)").doesNotContain("null");
    assertThat(CliRun.run("clean", "--help").out()).contains("(default: jsonl)").doesNotContain("null");
    CliRun version = CliRun.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("quotesift ").contains("Java ");
  }

  @Test
  void usageErrorsExitTwoWithOneLineAndAHint() {
    CliRun unknown = CliRun.run("extract", "--frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.errLines()[0]).startsWith("quotesift: Unknown option: '--frobnicate'");
    assertThat(unknown.err()).contains("--help").doesNotContain("Exception");
    assertThat(CliRun.run("extract", "--format", "xml", "x").code()).isEqualTo(2);
    assertThat(CliRun.run().code()).isEqualTo(2);
    assertThat(CliRun.run("extract", "-q", "-v", "x").code()).isEqualTo(2);
  }

  @Test
  void extractWritesCsvWhoseOffsetsPointAtTheQuotes() throws IOException {
    Path article = write("news/council.txt", ARTICLE);
    CliRun run = CliRun.run("extract", article.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    assertThat(rows).extracting(r -> r.get("quote"))
        .containsExactly("This budget keeps every library open,", "It was not easy.");
    for (CSVRecord r : rows) {
      assertThat(r.get("doc")).isEqualTo(article.toString());
      assertThat(codePoints(ARTICLE, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
          .isEqualTo(r.get("quote"));
    }
  }

  @Test
  void offsetsAreCodePointsEvenAfterAstralCharacters() throws IOException {
    String text = "Fans wrote 🎉🎉 online.\n\n“We won,” the coach said.\n";
    Path p = write("emoji.txt", text);
    JsonNode q = CliRun.jsonLines(CliRun.run("extract", "--format", "jsonl", p.toString()).out()).get(0);
    assertThat(q.get("quote").asText()).isEqualTo("We won,");
    assertThat(codePoints(text, q.get("start").asInt(), q.get("end").asInt())).isEqualTo("We won,");
    assertThat(q.get("start").asInt()).isEqualTo(text.indexOf("We won") - 2);
  }

  @Test
  void badInputsGetOneLineEachAndTheRunGoesOn() throws IOException {
    Path good = write("in/a-good.txt", ARTICLE);
    writeBytes("in/b-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    writeBytes("in/c-empty.txt", new byte[0]);
    writeBytes("in/d-mixed.txt", new byte[] {'"', 'a', (byte) 0xE2, (byte) 0x80, (byte) 0x9D, (byte) 0xFF});
    Files.createDirectories(dir.resolve("in/e-empty-subfolder-is-not-an-error"));

    CliRun run = CliRun.run("extract", "--format", "jsonl", dir.resolve("in").toString());

    assertThat(run.code()).as("some inputs failed").isEqualTo(3);
    assertThat(run.errLines()).containsExactly(
        "quotesift: " + dir.resolve("in/b-binary.txt") + ": binary file (not text)",
        "quotesift: " + dir.resolve("in/c-empty.txt") + ": empty file",
        "quotesift: " + dir.resolve("in/d-mixed.txt") + ": invalid UTF-8 at byte 5 in a file that"
            + " also holds valid UTF-8 (mixed encodings?); use --encoding to force one");
    assertThat(CliRun.jsonLines(run.out())).hasSize(2)
        .allSatisfy(q -> assertThat(q.get("doc").asText()).isEqualTo(good.toString()));
  }

  @Test
  void eachBadInputAloneFailsTheRunWithExitFour() throws IOException {
    Path binary = writeBytes("binary.txt", new byte[] {1, 2, 0, 4});
    Path empty = writeBytes("empty.txt", new byte[0]);
    Path invalid = writeBytes("invalid.txt", new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xC3});
    Path emptyDir = Files.createDirectories(dir.resolve("void"));
    for (Path p : List.of(binary, empty, invalid, emptyDir, dir.resolve("missing.txt"))) {
      CliRun run = CliRun.run("extract", p.toString());
      assertThat(run.code()).as(p.toString()).isEqualTo(4);
      assertThat(run.errLines()).as(p.toString()).hasSize(1);
      assertThat(run.errLines()[0]).startsWith("quotesift: " + p + ": ");
      assertThat(run.out()).as("the CSV header is still written").startsWith("doc,quote,");
    }
  }

  @Test
  void readsStandardInputForDashOrWhenNoInputIsGiven() {
    CliRun dash = CliRun.withStdin(ARTICLE, Main.Terminals.NONE, "extract", "--format", "jsonl", "-");
    assertThat(dash.code()).isZero();
    assertThat(dash.out()).contains("\"doc\":\"-\"", "\"quote\":\"It was not easy.\"");
    CliRun implicit = CliRun.withStdin(ARTICLE, Main.Terminals.NONE, "extract", "--format", "jsonl");
    assertThat(implicit.out()).isEqualTo(dash.out());
    CliRun terminal = CliRun.withStdin(ARTICLE, new Main.Terminals(true, true, true), "extract");
    assertThat(terminal.code()).isEqualTo(2);
    assertThat(terminal.err()).contains("standard input is a terminal");
  }

  @Test
  void atFileListsInputs() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", ARTICLE.replace("Ana Ruiz", "Bo Lee"));
    Path list = write("list.txt", b + "\n" + a + "\n");
    List<JsonNode> quotes = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", "@" + list).out());
    assertThat(quotes).extracting(q -> q.get("doc").asText())
        .containsExactly(b.toString(), b.toString(), a.toString(), a.toString());
  }

  @Test
  void jsonLinesInputNamesDocumentsByIdAndReportsBadLinesByNumber() throws IOException {
    Path dump = write("dump.jsonl", """
        {"id": "r1", "body": "“Fine,” she said."}
        {"id": "r2", "body": "no quotes here"}
        {"id": "r3", "body": "cut off
        {"id": "r4", "body": "“Done,” he said."}
        """);
    CliRun run = CliRun.run("extract", "--format", "jsonl", "--text-field", "body", dump.toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(CliRun.jsonLines(run.out())).extracting(q -> q.get("doc").asText()).containsExactly("r1", "r4");
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines()[0]).startsWith("quotesift: " + dump + ":3: not a JSON record");
  }

  @Test
  void aPrettyPrintedJsonFileIsOneErrorNotOnePerLine() throws IOException {
    Path pretty = write("expected.json", """
        {
          "quotes": [
            {"quote": "Fine", "speaker": "Ana Ruiz"}
          ]
        }
        """);
    Path array = write("list.json", """
        [
          {"text": "“Fine,” she said."}
        ]
        """);
    Path cut = write("cut.jsonl", "{\"text\": \"cut off\n");
    Path records = write("records.json", "{\"text\": \"“Done,” he said.\"}\n");
    CliRun run = CliRun.run("extract", "--format", "jsonl", pretty.toString(), array.toString(),
        cut.toString(), records.toString());
    assertThat(run.code()).isEqualTo(3);
    String spread = ": a JSON document spread over several lines, not JSON Lines (one record per line)";
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines()[0]).isEqualTo("quotesift: " + pretty + spread);
    assertThat(run.errLines()[1]).isEqualTo("quotesift: " + array + spread
        + "; jq -c '.[]' FILE writes its records one per line");
    assertThat(run.errLines()[2]).startsWith("quotesift: " + cut + ":1: not a JSON record");
    assertThat(CliRun.jsonLines(run.out())).extracting(q -> q.get("quote").asText()).containsExactly("Done,");
  }

  @Test
  void cleanGivesOneRecordPerDocumentWithBodyText() throws IOException {
    Path article = write("a.txt", ARTICLE);
    List<JsonNode> docs = CliRun.jsonLines(CliRun.run("clean", article.toString()).out());
    assertThat(docs).hasSize(1);
    JsonNode doc = docs.get(0);
    assertThat(doc.get("doc").asText()).isEqualTo(article.toString());
    assertThat(doc.get("text").asText()).contains("The vote was 7-2.")
        .contains("approved the budget on Monday after a long debate.\n\n");
    assertThat(doc.has("removed")).isTrue();
  }

  @Test
  void outputFileIsWrittenWholeAndNoTemporaryFileRemains() throws IOException {
    Path article = write("a.txt", ARTICLE);
    Path target = dir.resolve("out/quotes.csv");
    CliRun run = CliRun.run("extract", "-o", target.toString(), article.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(target)).startsWith("doc,quote,").contains("It was not easy.");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aReaderThatGoesAwayEndsTheRunQuietlyWithExitZero() throws IOException {
    Path article = write("a.txt", ARTICLE);
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    CliRun run = CliRun.run(closedPipe, "", Main.Terminals.NONE, "extract", article.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void summaryLineOnlyWhenAskedOrOnATerminal() throws IOException {
    Path article = write("a.txt", ARTICLE);
    assertThat(CliRun.run("extract", article.toString()).err()).isEmpty();
    assertThat(CliRun.run("extract", "--summary", article.toString()).err())
        .matches("quotesift: processed=1 skipped=0 failed=0 quotes=2 in \\d+\\.\\ds\\R");
    assertThat(CliRun.withStdin("", new Main.Terminals(false, false, true), "extract", "-q",
        article.toString()).err()).isEmpty();
  }

  @Test
  void outputDoesNotDependOnTheNumberOfJobs() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("many/" + String.format("%02d", i) + ".txt", ARTICLE.replace("Ana Ruiz", "Person " + i));
    }
    String one = CliRun.run("extract", "-j", "1", dir.resolve("many").toString()).out();
    String two = CliRun.run("extract", "-j", "3", dir.resolve("many").toString()).out();
    assertThat(two).isEqualTo(one);
    assertThat(one.lines().count()).isEqualTo(81);
  }

  @Test
  void minConfidenceLeavesOutUnattributedScareQuotes() throws IOException {
    Path article = write("scare.txt", ARTICLE + "\nThe so-called “temporary” budget rules stay.\n");
    List<JsonNode> all = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", article.toString()).out());
    List<JsonNode> attributed = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl",
        "--min-confidence", "0.2", article.toString()).out());
    assertThat(all).extracting(q -> q.get("quote").asText()).contains("temporary");
    assertThat(attributed).extracting(q -> q.get("quote").asText())
        .containsExactly("This budget keeps every library open,", "It was not easy.");
    assertThat(CliRun.run("extract", "--min-confidence", "1.5", article.toString()).code()).isEqualTo(2);
  }

  @Test
  void pairedSinglesReadsArchiveQuotesOnlyWhenAskedTo() throws IOException {
    Path article = write("archive.txt", "Mayor Lee Wins Vote\n\n''We're done with this,'' said Mr. Lee,"
        + " the mayor.\n\nMs. Ruiz called the plan ''a disaster.''\n\nThe rock 'n' roll band played.\n");
    assertThat(CliRun.run("extract", "-f", "jsonl", article.toString()).out()).isEmpty();
    List<JsonNode> quotes = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", "--paired-singles",
        article.toString()).out());
    assertThat(quotes).extracting(q -> q.get("quote").asText())
        .containsExactly("We're done with this,", "a disaster.");
    assertThat(quotes).extracting(q -> q.get("speaker").asText()).containsExactly("Lee", "Ruiz");
    JsonNode first = quotes.get(0);
    String text = Files.readString(article);
    assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
        .isEqualTo("We're done with this,"); // offsets exclude both marks of each pair
  }
}
