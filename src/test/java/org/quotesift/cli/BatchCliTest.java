package org.quotesift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Folders, dumps, reruns and bad input: the batch and cron behaviour, in-process. */
class BatchCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "Headline\n\n“We are ready,” the captain said.\n";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] compress(byte[] data, Function<OutputStream, OutputStream> wrap)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = wrap.apply(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static OutputStream unchecked(IoFunction f, OutputStream o) {
    try {
      return f.apply(o);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private interface IoFunction {
    OutputStream apply(OutputStream o) throws IOException;
  }


  @Test
  void readsEveryCompressionByItsMagicBytes() throws IOException {
    byte[] text = utf8(ARTICLE);
    write("c/a.txt.gz", compress(text, o -> unchecked(GZIPOutputStream::new, o)));
    write("c/b.txt.bz2", compress(text, o -> unchecked(BZip2CompressorOutputStream::new, o)));
    write("c/c.txt.xz", compress(text, o -> unchecked(XZCompressorOutputStream::new, o)));
    write("c/d.txt.zst", compress(text, o -> unchecked(ZstdOutputStream::new, o)));
    write("c/e-no-extension", compress(text, o -> unchecked(GZIPOutputStream::new, o)));

    CliRun run = CliRun.run("extract", "-f", "jsonl", dir.resolve("c").toString());

    assertThat(run.err()).isEmpty();
    assertThat(CliRun.jsonLines(run.out())).hasSize(5)
        .allSatisfy(q -> assertThat(q.get("quote").asText()).isEqualTo("We are ready,"));
  }

  @Test
  void truncatedGzipAndGzipBombsAreReportedAndTheRunGoesOn() throws IOException {
    byte[] gz = compress(utf8(ARTICLE.repeat(50)), o -> unchecked(GZIPOutputStream::new, o));
    write("in/a-truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    write("in/b-bomb.txt.gz", compress(new byte[5_000_000], o -> unchecked(GZIPOutputStream::new, o)));
    write("in/c-good.txt", utf8(ARTICLE));

    CliRun run = CliRun.run("extract", "-f", "jsonl", "--max-file-size", "1000000",
        dir.resolve("in").toString());

    assertThat(run.code()).isEqualTo(3);
    String[] err = run.errLines();
    assertThat(err).hasSize(2);
    assertThat(err[0]).startsWith("quotesift: " + dir.resolve("in/a-truncated.txt.gz") + ": ")
        .containsIgnoringCase("truncated");
    assertThat(err[1]).isEqualTo("quotesift: " + dir.resolve("in/b-bomb.txt.gz")
        + ": larger than the size limit of 1000000 bytes (see --max-file-size)");
    assertThat(CliRun.jsonLines(run.out())).hasSize(1);
  }

  @Test
  void warcHtmlResponsesAreDocumentsNamedByTheirUri() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      writer.write(response("https://news.example/a", "text/html; charset=utf-8",
          "<html><body><article><p>The minister spoke on Monday at the port.</p>"
              + "<p>“Trade will grow,” the minister said.</p></article></body></html>"));
      writer.write(response("https://news.example/logo.png", "image/png", "PNG"));
      writer.write(response("https://news.example/b", "text/html",
          "<html><body><p>“Rain tomorrow,” forecasters said.</p></body></html>"));
    }

    CliRun run = CliRun.run("extract", "-f", "jsonl", warc.toString());

    assertThat(run.err()).isEmpty();
    assertThat(CliRun.jsonLines(run.out())).extracting(q -> q.get("doc").asText())
        .containsExactly("https://news.example/a", "https://news.example/b");
  }

  private static WarcResponse response(String uri, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  @Test
  void jsonLinesDumpWithHtmlRecordsAndCustomFields() throws IOException {
    Path dump = write("dump.jsonl.gz", compress(utf8("""
        {"key": "k1", "page": "<p>“Yes,” she said.</p>", "link": "https://x.example/1"}
        {"key": "k2", "body": "Plain “text” here."}
        """), o -> unchecked(GZIPOutputStream::new, o)));

    CliRun run = CliRun.run("clean", "--id-field", "key", "--text-field", "body", "--html-field",
        "page", "--url-field", "link", dump.toString());

    assertThat(run.err()).isEmpty();
    List<JsonNode> docs = CliRun.jsonLines(run.out());
    assertThat(docs).extracting(d -> d.get("doc").asText()).containsExactly("k1", "k2");
    assertThat(docs.get(0).get("text").asText()).contains("“Yes,” she said.").doesNotContain("<p>");
  }

  @Test
  void includeExcludeAndFilesFromWithNulSeparators() throws IOException {
    write("t/a.html", utf8("<p>“One,” he said.</p>"));
    write("t/b.txt", utf8(ARTICLE));
    write("t/skip/c.html", utf8("<p>“Two,” he said.</p>"));
    List<JsonNode> html = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", "--include", "*.html",
        "--exclude", "skip", dir.resolve("t").toString()).out());
    assertThat(html).extracting(q -> q.get("doc").asText())
        .containsExactly(dir.resolve("t/a.html").toString());

    Path list = write("list0", utf8(dir.resolve("t/b.txt") + "\0" + dir.resolve("t/a.html") + "\0"));
    List<JsonNode> listed = CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", "--files-from",
        list.toString()).out());
    assertThat(listed).extracting(q -> q.get("doc").asText())
        .containsExactly(dir.resolve("t/b.txt").toString(), dir.resolve("t/a.html").toString());
  }

  @Test
  void symbolicLinksAreFollowedOnlyWhenAsked() throws IOException {
    Path real = write("real/a.txt", utf8(ARTICLE));
    Files.createDirectories(dir.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("tree/link.txt"), real);
    Files.createSymbolicLink(dir.resolve("tree/loop"), dir.resolve("tree"));
    write("tree/own.txt", utf8(ARTICLE));

    assertThat(CliRun.jsonLines(CliRun.run("extract", "-f", "jsonl", dir.resolve("tree").toString()).out()))
        .hasSize(1);
    CliRun followed = CliRun.run("extract", "-f", "jsonl", "--follow-links",
        dir.resolve("tree").toString());
    assertThat(followed.err()).isEmpty();
    assertThat(CliRun.jsonLines(followed.out())).hasSize(2);
  }

  @Test
  void outputDirMirrorsTheTreeAndRerunsOnlyWhatChangedOrFailed() throws IOException {
    Path in = dir.resolve("in");
    write("in/a.txt", utf8(ARTICLE));
    write("in/sub/b.html.gz", compress(utf8("<p>“Fine,” he said.</p>"),
        o -> unchecked(GZIPOutputStream::new, o)));
    write("in/sub/c.txt", new byte[0]);
    Path out = dir.resolve("out");
    Path report = dir.resolve("report.json");

    CliRun first = CliRun.run("extract", "--output-dir", out.toString(), "--report",
        report.toString(), in.toString());

    assertThat(first.code()).isEqualTo(3);
    assertThat(first.out()).isEmpty();
    assertThat(out.resolve("a.txt.csv")).content().contains("We are ready,");
    assertThat(out.resolve("sub/b.html.csv")).content().contains("Fine,");
    assertThat(out.resolve("sub/c.txt.csv")).doesNotExist();
    JsonNode rep = JSON.readTree(report.toFile());
    assertThat(rep.get("processed").asInt()).isEqualTo(2);
    assertThat(rep.get("failed").asInt()).isEqualTo(1);
    assertThat(rep.get("failures").get(0).get("input").asText())
        .isEqualTo(in.resolve("sub/c.txt").toString());
    assertThat(rep.get("failures").get(0).get("reason").asText()).isEqualTo("empty file");

    FileTime before = Files.getLastModifiedTime(out.resolve("a.txt.csv"));
    write("in/sub/c.txt", utf8(ARTICLE)); // the failed input is fixed
    CliRun second = CliRun.run("extract", "--output-dir", out.toString(), "--summary", in.toString());
    assertThat(second.code()).isZero();
    assertThat(second.err()).contains("processed=1 skipped=2 failed=0");
    assertThat(out.resolve("sub/c.txt.csv")).content().contains("We are ready,");
    assertThat(Files.getLastModifiedTime(out.resolve("a.txt.csv"))).isEqualTo(before);

    Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.fromMillis(before.toMillis() + 60_000));
    CliRun touched = CliRun.run("extract", "--output-dir", out.toString(), "--summary", in.toString());
    assertThat(touched.err()).as("touched, same content").contains("processed=0 skipped=3");

    CliRun explained = CliRun.run("extract", "--output-dir", out.toString(), "--explain", "--summary",
        in.toString());
    assertThat(explained.err()).as("other settings").contains("processed=3 skipped=0");

    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrder("a.txt.csv", "sub/b.html.csv", "sub/c.txt.csv",
              ".quotesift-manifest.jsonl");
    }
  }

  @Test
  void skipExistingComparesTimesAndForceRedoesEverything() throws IOException {
    Path in = dir.resolve("in");
    write("in/a.txt", utf8(ARTICLE));
    Path out = dir.resolve("out");
    CliRun.run("extract", "--output-dir", out.toString(), in.toString());
    assertThat(CliRun.run("extract", "--output-dir", out.toString(), "--skip-existing", "--summary",
        in.toString()).err()).contains("processed=0 skipped=1");
    Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(CliRun.run("extract", "--output-dir", out.toString(), "--skip-existing", "--summary",
        in.toString()).err()).contains("processed=1 skipped=0");
    assertThat(CliRun.run("extract", "--output-dir", out.toString(), "--force", "--summary",
        in.toString()).err()).contains("processed=1 skipped=0");
    assertThat(CliRun.run("extract", "--skip-existing", in.toString()).code()).isEqualTo(2);
  }

  @Test
  void staleTemporaryFilesOfDeadRunsAreRemoved() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/sub"));
    Path stale = Files.writeString(out.resolve(".a.txt.csv.tmp-999999999-123"), "half");
    write("in/a.txt", utf8(ARTICLE));
    CliRun.run("extract", "--output-dir", dir.resolve("out").toString(), dir.resolve("in").toString());
    assertThat(stale).doesNotExist();
  }

  @Test
  void noInputAtAllExitsFour() throws IOException {
    Path list = write("empty-list", new byte[0]);
    CliRun run = CliRun.run("extract", "--files-from", list.toString());
    assertThat(run.code()).isEqualTo(4);
    assertThat(run.err()).contains("no input found");
  }

  @Test
  void unbalancedQuotesAcrossAWholeFileStillFinish() throws IOException {
    String text = ("He said “this never closes and goes on " + "and on ".repeat(50) + "\n\n")
        .repeat(2000);
    Path p = write("unbalanced.txt", utf8(text));
    CliRun run = CliRun.run("extract", "-f", "jsonl", "--timeout", "20", p.toString());
    assertThat(run.code()).isZero();
  }

  @Test
  void learnTemplatesDropsLinesThatRecurAcrossTheCorpus() throws IOException {
    String template = "Lakeside Ledger readers can find the full council archive in the library";
    for (int i = 0; i < 6; i++) {
      write("site/" + i + ".txt", utf8("Council story number " + i + "\n\nThe council met on day " + i
          + " and discussed the harbor budget at length before a vote.\n\n" + template
          + "\n\nMembers will vote again on day " + (i + 7) + " after a public hearing.\n"));
    }
    String plain = CliRun.run("clean", dir.resolve("site").toString()).out();
    String learned = CliRun.run("clean", "--learn-templates", dir.resolve("site").toString()).out();

    assertThat(CliRun.jsonLines(plain)).allSatisfy(d -> assertThat(d.get("text").asText()).contains(template));
    assertThat(CliRun.jsonLines(learned)).hasSize(6).allSatisfy(d -> assertThat(d.get("text").asText())
        .doesNotContain(template).contains("discussed the harbor budget"));
    assertThat(CliRun.run("clean", "--learn-templates", "-").code()).isEqualTo(2);
  }

  @Test
  void twoInputsThatWouldShareAnOutputFileFailTheSecondOnly() throws IOException {
    write("in/a.txt", utf8(ARTICLE));
    write("in/a.txt.gz", compress(utf8(ARTICLE), o -> unchecked(GZIPOutputStream::new, o)));
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("extract", "--output-dir", out.toString(), dir.resolve("in").toString());
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.errLines()).containsExactly("quotesift: " + dir.resolve("in/a.txt.gz") + ": its output "
        + out.resolve("a.txt.csv") + " is already " + dir.resolve("in/a.txt") + "'s; rename one of them");
    assertThat(out.resolve("a.txt.csv")).content().contains("We are ready,");
  }
}
