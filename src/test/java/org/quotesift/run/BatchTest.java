package org.quotesift.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotesift.input.Document;
import org.quotesift.input.DocumentReader;
import org.quotesift.input.InputOptions;
import org.quotesift.input.Source;
import org.quotesift.input.SourceFinder;
import org.quotesift.output.ArticleRecord;

class BatchTest {

  @TempDir Path dir;

  private final List<String> failures = new ArrayList<>();
  private final List<String> written = new ArrayList<>();

  private Batch.Counters run(int jobs, Duration timeout, Function<Document, List<ArticleRecord>> work)
      throws Exception {
    Batch<ArticleRecord> batch = new Batch<>(jobs, timeout, work, (name, reason, cause) ->
        failures.add(dir.relativize(Path.of(name)) + ": " + reason));
    DocumentReader reader = new DocumentReader(InputOptions.defaults(), () -> null);
    return batch.run(new SourceFinder(List.of(dir.resolve("in").toString()), (n, r) -> {}),
        s -> Batch.Skipper.PROCESS, reader, new Batch.Sink<>() {
          @Override
          public void begin(Source source) {}

          @Override
          public void write(ArticleRecord record) {
            written.add(record.doc());
          }

          @Override
          public void end(Source source, Batch.SourceResult result) {}
        });
  }

  private static ArticleRecord record(Document d) {
    return new ArticleRecord(d.id(), null, null, null, null, null, null, null, d.text(), 0, null);
  }

  @Test
  void aDocumentThatRunsTooLongIsAbandonedAndTheOthersStillFinishInOrder() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("a.txt", "b-slow.txt", "c.txt", "d.txt")) {
      Files.writeString(dir.resolve("in").resolve(name), name);
    }
    Batch.Counters c = run(1, Duration.ofSeconds(2), d -> {
      if (d.id().contains("slow")) {
        long until = System.nanoTime() + 30_000_000_000L; // busy, ignoring interrupts
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
      }
      return List.of(record(d));
    });

    assertThat(failures).containsExactly("in/b-slow.txt: took longer than 2 s (see --timeout); abandoned");
    assertThat(written).extracting(n -> Path.of(n).getFileName().toString())
        .containsExactly("a.txt", "c.txt", "d.txt");
    assertThat(c.processed).isEqualTo(3);
    assertThat(c.failed).isEqualTo(1);
  }

  @Test
  void aCrashInOneDocumentIsReportedAndTheRunGoesOn() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/a.txt"), "boom");
    Files.writeString(dir.resolve("in/b.txt"), "fine");
    run(2, Duration.ofSeconds(10), d -> {
      if (d.text().equals("boom")) {
        throw new IllegalStateException("bug");
      }
      return List.of(record(d));
    });
    assertThat(failures).containsExactly(
        "in/a.txt: internal error while processing (java.lang.IllegalStateException: bug)");
    assertThat(written).hasSize(1);
  }
}
