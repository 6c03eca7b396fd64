package org.quotesift.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cron scenario: a few thousand scraped files and some bad ones, a run killed with SIGKILL half
 * way, a rerun that completes the job.
 */
class KillAndRerunIT {

  private static final int GOOD_FILES = 3000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void aKilledRunIsCompletedByTheNextWithOutputsIdenticalToASingleThreadedRun() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    List<Path> good = writeGoodInputs(in);
    List<Path> bad = writeBadInputs(Files.createDirectories(in.resolve("zz-bad")));

    Path reference = work.resolve("reference");
    ProcessRun single = ProcessRun.run(work, "-Xmx512m", "extract", "-j", "1", "--max-file-size",
        "8000000", "--output-dir", reference.toString(), in.toString());
    assertThat(single.code()).as(single.err()).isEqualTo(3);

    Path out = work.resolve("out");
    killHalfWay(out, in);
    Path report = work.resolve("report.json");
    ProcessRun rerun = ProcessRun.run(work, "-Xmx512m", "extract", "-j", "2", "--max-file-size",
        "8000000", "--output-dir", out.toString(), "--report", report.toString(), in.toString());

    assertThat(rerun.code()).as(rerun.err()).isEqualTo(3);
    Map<String, byte[]> expected = outputs(reference);
    Map<String, byte[]> actual = outputs(out);
    assertThat(expected).hasSize(good.size());
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
    }
    assertThat(temporaryFiles(out)).isEmpty();
    JsonNode rep = JSON.readTree(report.toFile());
    List<String> failed = new ArrayList<>();
    rep.get("failures").forEach(f -> {
      failed.add(f.get("input").asText());
      assertThat(f.get("reason").asText()).isNotBlank();
    });
    assertThat(failed).containsExactlyElementsOf(bad.stream().map(Path::toString).toList());
  }

  private void killHalfWay(Path out, Path in) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(ProcessRun.command("-Xmx512m", "extract", "-j", "2",
        "--max-file-size", "8000000", "--output-dir", out.toString(), in.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (countOutputs(out) < GOOD_FILES / 3 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(p.isAlive()).as("still running when killed").isTrue();
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
    p.waitFor(30, TimeUnit.SECONDS);
    assertThat(countOutputs(out)).isLessThan(GOOD_FILES);
  }

  private static List<Path> writeGoodInputs(Path in) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < GOOD_FILES; i++) {
      Path folder = Files.createDirectories(in.resolve(String.format("d%02d", i % 30)));
      String speaker = "Speaker Number" + i;
      String body = "Town news item " + i + "\n\nThe council met on day " + i + ".\n\n“We agreed on"
          + " item " + i + ",” " + speaker + " said. “More later.”\n\nIt ended at " + (i % 12)
          + " p.m.\n";
      Path p;
      switch (i % 3) {
        case 0 -> p = Files.writeString(folder.resolve("a" + i + ".txt"), body);
        case 1 -> p = Files.writeString(folder.resolve("b" + i + ".html"), "<html><head><title>Item "
            + i + "</title></head><body><article>" + body.replace("\n\n", "</p><p>")
            + "</article></body></html>");
        default -> p = Files.write(folder.resolve("c" + i + ".txt.gz"),
            BadInputs.gzip(body.getBytes(StandardCharsets.UTF_8)));
      }
      files.add(p);
    }
    return files;
  }

  private static List<Path> writeBadInputs(Path dir) throws IOException {
    return List.of(BadInputs.binary(dir), BadInputs.gzipBomb(dir), BadInputs.empty(dir),
        BadInputs.longLine(dir, "long-line.txt", 12), BadInputs.mixedEncoding(dir),
        BadInputs.truncatedGzip(dir));
  }

  private static Map<String, byte[]> outputs(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = root.relativize(p).toString();
        if (!p.getFileName().toString().startsWith(".")) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static long countOutputs(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".csv")).count();
    } catch (java.io.UncheckedIOException e) {
      return 0; // a folder appeared or vanished while we counted
    }
  }

  private static List<Path> temporaryFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
    }
  }
}
