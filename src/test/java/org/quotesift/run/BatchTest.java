package org.quotesift.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.quotesift.output.EncodedRecords;

class BatchTest {

  @TempDir Path dir;

  private final List<String> failures = new ArrayList<>();
  private final List<String> written = new ArrayList<>();
  /** Records written so far, read by worker threads. */
  private final java.util.concurrent.atomic.AtomicInteger writeCount =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How long the sink takes to write a record: a reader that has paused the output pipe. */
  private long writeMillis;

  private Batch.Counters run(int jobs, Duration timeout, Function<Document, EncodedRecords> work)
      throws Exception {
    return run(jobs, Long.MAX_VALUE, timeout, work);
  }

  private Batch.Counters run(int jobs, long heldCharsLimit, Duration timeout,
      Function<Document, EncodedRecords> work) throws Exception {
    Batch batch = new Batch(jobs, heldCharsLimit, timeout, work, (name, reason, cause) ->
        failures.add(dir.relativize(Path.of(name)) + ": " + reason));
    DocumentReader reader = new DocumentReader(InputOptions.defaults(), () -> null);
    return batch.run(new SourceFinder(List.of(dir.resolve("in").toString()), (n, r) -> {}),
        s -> Batch.Skipper.PROCESS, reader, new Batch.Sink() {
          @Override
          public void begin(Source source) {}

          @Override
          public void write(EncodedRecords records) throws java.io.IOException {
            written.add(new String(records.bytes(), StandardCharsets.UTF_8));
            writeCount.incrementAndGet();
            try {
              Thread.sleep(writeMillis);
            } catch (InterruptedException e) {
              throw new java.io.InterruptedIOException();
            }
          }

          @Override
          public void end(Source source, Batch.SourceResult result) {}

          @Override
          public void beforeWaiting() {
            written.add(WAIT);
          }
        });
  }

  /** Stands in {@code written} for a call of {@code beforeWaiting}. */
  private static final String WAIT = "(waiting)";

  /** One record per document, whose bytes are the document's name. */
  private static EncodedRecords record(Document d) {
    return new EncodedRecords(d.id().getBytes(StandardCharsets.UTF_8), 1);
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
      return record(d);
    });

    assertThat(failures).containsExactly("in/b-slow.txt: took longer than 2 s (see --timeout); abandoned");
    assertThat(writes()).extracting(n -> Path.of(n).getFileName().toString())
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
      return record(d);
    });
    assertThat(failures).containsExactly(
        "in/a.txt: internal error while processing (java.lang.IllegalStateException: bug)");
    assertThat(writes()).hasSize(1);
  }

  @Test
  void manyDocumentsComeOutInInputOrderAroundARunawayAndACrash() throws Exception {
    // more documents than are ever in flight, so that results are collected in several batches
    Files.createDirectories(dir.resolve("in"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = String.format("%03d%s.txt", i, i == 23 ? "-slow" : i == 131 ? "-boom" : "");
      Files.writeString(dir.resolve("in").resolve(name), name);
      if (i != 23 && i != 131) {
        expected.add(name);
      }
    }
    java.util.Random random = new java.util.Random(7);
    int[] pauses = random.ints(200, 0, 3).toArray();
    Batch.Counters c = run(2, Duration.ofSeconds(2), d -> {
      String name = Path.of(d.id()).getFileName().toString();
      if (name.contains("slow")) {
        long until = System.nanoTime() + 30_000_000_000L; // busy, ignoring interrupts
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
      }
      if (name.contains("boom")) {
        throw new IllegalStateException("bug");
      }
      try {
        Thread.sleep(pauses[Integer.parseInt(name.substring(0, 3))]); // workers finish out of order
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return record(d);
    });

    assertThat(failures).containsExactly(
        "in/023-slow.txt: took longer than 2 s (see --timeout); abandoned",
        "in/131-boom.txt: internal error while processing (java.lang.IllegalStateException: bug)");
    assertThat(writes()).extracting(n -> Path.of(n).getFileName().toString())
        .containsExactlyElementsOf(expected);
    assertThat(c.processed).isEqualTo(198);
    assertThat(c.records).isEqualTo(198);
    assertThat(c.failed).isEqualTo(2);
  }

  @Test
  void documentsDoneInTimeAreNotAbandonedWhileTheOutputIsSlow() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      Files.writeString(dir.resolve("in").resolve(name), name);
    }
    writeMillis = 1_500; // each write outlasts the 1 s limit; every document takes no time at all
    Batch.Counters c = run(1, Duration.ofSeconds(1), d -> record(d));

    assertThat(failures).isEmpty();
    assertThat(writes()).extracting(n -> Path.of(n).getFileName().toString())
        .containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(c.processed).isEqualTo(3);
  }

  private List<String> writes() {
    return written.stream().filter(w -> !w.equals(WAIT)).toList();
  }

  @Test
  void recordsWrittenBeforeALongWaitArePushedOutWhileItLastsNotOncePerDocument() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 100; i++) {
      Files.writeString(dir.resolve("in").resolve(String.format("%03d.txt", i)), "x");
    }
    run(1, Duration.ofSeconds(10), d -> {
      if (d.id().endsWith("050.txt")) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return record(d);
    });

    int slow = written.indexOf(dir.resolve("in/050.txt").toString());
    long writesBeforeLastWait = written.subList(0, written.subList(0, slow).lastIndexOf(WAIT))
        .stream().filter(w -> !w.equals(WAIT)).count();
    assertThat(writesBeforeLastWait).as("written before the wait for the slow document")
        .isGreaterThanOrEqualTo(30);
    assertThat(written.stream().filter(w -> w.equals(WAIT)).count()).as("waits")
        .isLessThan(25);
  }

  @Test
  void recordsThatHoldTheirTextStayWithinTheMemoryLimitNotJustTheCountLimit() throws Exception {
    // 100 records of 1,000 chars in one JSON Lines file, read faster than they are processed
    Files.createDirectories(dir.resolve("in"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"").append("x".repeat(1000))
          .append("\"}\n");
    }
    Files.writeString(dir.resolve("in/dump.jsonl"), lines);
    java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> inFlight = java.util.Collections.synchronizedList(new ArrayList<>());
    Batch.Counters c = run(1, 5_000, Duration.ofSeconds(10), d -> {
      inFlight.add(started.incrementAndGet() - writeCount.get());
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return record(d);
    });

    assertThat(c.processed).isEqualTo(100);
    assertThat(writes()).hasSize(100);
    // 5 records fit under the limit; the sixth passes it, and all in flight are written first
    assertThat(inFlight).allSatisfy(n -> assertThat(n).isBetween(1, 6));
  }
}
