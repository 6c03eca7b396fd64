package org.quotesift.run;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.quotesift.input.Document;
import org.quotesift.input.DocumentReader;
import org.quotesift.input.InputException;
import org.quotesift.input.PendingDocument;
import org.quotesift.input.Source;
import org.quotesift.output.OutputRecord;
import org.quotesift.output.RecordWriter;

/**
 * Runs one stage function over every document of a set of sources, in parallel, writing results in
 * input order.
 *
 * <p>Documents are read on the calling thread in input order, processed on {@code jobs} worker
 * threads, and their records written on the calling thread in the same order, so the output does not
 * depend on {@code jobs}. At most a small multiple of {@code jobs} documents are in flight, which
 * bounds memory whatever the number of inputs. A document that cannot be read or processed is
 * reported to the {@link Diagnostics} with a one-line reason and the run goes on.
 *
 * @param <R> the output record type
 */
public final class Batch<R extends OutputRecord> {

  /** Where per-input problems go. */
  public interface Diagnostics {
    /** An input or document that failed; {@code reason} is one line. */
    void failed(String name, String reason, Throwable cause);
  }

  /** Thrown when writing the output failed; the cause is the IO error. */
  public static final class OutputFailure extends Exception {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private final int jobs;
  private final Function<Document, List<R>> work;
  private final Diagnostics diagnostics;

  /**
   * @param jobs worker threads, at least 1
   * @param work the stage function applied to each document; must be thread-safe (pure)
   * @param diagnostics where failures are reported
   */
  public Batch(int jobs, Function<Document, List<R>> work, Diagnostics diagnostics) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    this.jobs = jobs;
    this.work = Objects.requireNonNull(work, "work");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /**
   * Processes every document of {@code sources}.
   *
   * @param sources the inputs, in output order
   * @param reader turns a source into documents
   * @param writer receives the records
   * @param failedBefore failures already counted (inputs the source finder could not use)
   * @throws OutputFailure when the writer fails; the run stops
   */
  public RunSummary run(Iterator<Source> sources, DocumentReader reader, RecordWriter<R> writer,
      long failedBefore) throws OutputFailure {
    long started = System.nanoTime();
    Counters counters = new Counters();
    counters.failed = failedBefore;
    ExecutorService pool = jobs == 1 ? null : Executors.newFixedThreadPool(jobs, daemonThreads());
    Deque<Future<Outcome<R>>> inFlight = new ArrayDeque<>();
    int window = jobs * 4;
    try {
      while (sources.hasNext()) {
        Source source = sources.next();
        try {
          reader.read(source, pending -> {
            inFlight.addLast(submit(pool, pending));
            while (inFlight.size() >= window || (pool == null && !inFlight.isEmpty())) {
              emit(inFlight.removeFirst(), writer, counters);
            }
          });
        } catch (InputException e) {
          counters.failed++;
          diagnostics.failed(source.name(), e.getMessage(), e);
        } catch (UncheckedOutputFailure e) {
          throw e.failure;
        }
      }
      while (!inFlight.isEmpty()) {
        emit(inFlight.removeFirst(), writer, counters);
      }
      writer.flush();
    } catch (UncheckedOutputFailure e) {
      throw e.failure;
    } catch (IOException e) {
      throw new OutputFailure(e);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new RunSummary(counters.processed, counters.failed, counters.records, millis, false);
  }

  private Future<Outcome<R>> submit(ExecutorService pool, PendingDocument pending) {
    if (pool == null) {
      return java.util.concurrent.CompletableFuture.completedFuture(process(pending));
    }
    return pool.submit(() -> process(pending));
  }

  private Outcome<R> process(PendingDocument pending) {
    try {
      Document document = pending.load();
      return Outcome.ok(pending.name(), work.apply(document));
    } catch (InputException e) {
      return Outcome.failed(pending.name(), e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(pending.name(), "internal error while processing (" + e + ")", e);
    } catch (OutOfMemoryError e) {
      return Outcome.failed(pending.name(), "out of memory while processing (document too large?)", e);
    }
  }

  private void emit(Future<Outcome<R>> future, RecordWriter<R> writer, Counters counters) {
    Outcome<R> outcome = await(future);
    if (outcome.error != null) {
      counters.failed++;
      diagnostics.failed(outcome.name, outcome.error, outcome.cause);
      return;
    }
    counters.processed++;
    try {
      for (R record : outcome.records) {
        writer.write(record);
        counters.records++;
      }
    } catch (IOException e) {
      throw new UncheckedOutputFailure(new OutputFailure(e));
    }
  }

  private static <T> T await(Future<T> future) {
    while (true) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a worker", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("worker failed", e.getCause());
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "quotesift-worker");
      t.setDaemon(true);
      return t;
    };
  }

  private static final class Counters {
    long processed;
    long failed;
    long records;
  }

  /** Carries an output failure out of the reader's callback. */
  private static final class UncheckedOutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient OutputFailure failure;

    UncheckedOutputFailure(OutputFailure failure) {
      super(failure);
      this.failure = failure;
    }
  }

  private record Outcome<R>(String name, List<R> records, String error, Throwable cause) {
    static <R> Outcome<R> ok(String name, List<R> records) {
      return new Outcome<>(name, records, null, null);
    }

    static <R> Outcome<R> failed(String name, String error, Throwable cause) {
      return new Outcome<>(name, List.of(), error, cause);
    }
  }
}
