package org.quotesift.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.quotesift.input.Document;
import org.quotesift.input.DocumentReader;
import org.quotesift.input.InputException;
import org.quotesift.input.PendingDocument;
import org.quotesift.input.Source;
import org.quotesift.output.EncodedRecords;

/**
 * Runs one stage function over every document of a set of sources, in parallel, writing results in
 * input order.
 *
 * <p>Sources are read on the calling thread in input order; documents are processed on {@code jobs}
 * worker threads; records are handed to the {@link Sink} on the calling thread in the same order, so
 * the output does not depend on {@code jobs}. Workers hand back their documents' records already
 * encoded, so that the calling thread only copies bytes and does not cap how far {@code jobs}
 * scales. At most {@code 32 × jobs} documents are in flight, which bounds memory whatever the
 * number of inputs (a file not yet started is only its name; one done is its encoded records), and
 * documents that hold their text before they start (records of an archive, which may be large) are
 * finished and written as soon as their texts pass a share of the heap. Results are collected in
 * batches: when {@code 32 × jobs} are in flight, the calling thread sleeps until the oldest {@code
 * 16 × jobs + 1} are done and then writes them, one wake-up for the batch instead of one for each
 * document. A document that cannot be read or processed is reported with a one-line reason and the
 * run goes on; one that runs longer than the time limit is reported, abandoned to its thread, and
 * replaced by a fresh worker.
 */
final class Batch {

  /** Where records go, told where each source starts and ends. Called on the calling thread only. */
  interface Sink {
    /** A source's records follow. */
    void begin(Source source) throws IOException;

    /** The records of one document of the current source, in order. */
    void write(EncodedRecords records) throws IOException;

    /** The current source is complete. */
    void end(Source source, SourceResult result) throws IOException;

    /**
     * The calling thread is about to wait for a worker: the moment to push what was written out to
     * a reader (a flush per document was one system call per document, on the thread every worker
     * waits on).
     */
    default void beforeWaiting() throws IOException {}
  }

  /** Decides, before a source is read, whether to process it. */
  interface Skipper {
    /** Process the source. */
    Decision PROCESS = new Decision(false, null);

    /** Skip it as already done. */
    Decision SKIP = new Decision(true, null);

    /** What to do with {@code source}. */
    Decision check(Source source);
  }

  /**
   * What to do with a source.
   *
   * @param skip whether it is skipped as already done
   * @param refusal why it is refused, reported and counted as a failure; null to process it
   */
  record Decision(boolean skip, String refusal) {
    static Decision refuse(String reason) {
      return new Decision(false, java.util.Objects.requireNonNull(reason, "reason"));
    }
  }

  /** Hears about failures and progress. Called on the calling thread only. */
  interface Listener {
    /** An input or document that failed; {@code reason} is one line. */
    void failed(String name, String reason, Throwable cause);

    /** After each document or skipped source. */
    default void progress(Counters counters) {}
  }

  /**
   * How one source went.
   *
   * @param documents documents found in it
   * @param failedDocuments how many of them failed
   * @param error why the source as a whole could not be read, or null
   */
  record SourceResult(int documents, int failedDocuments, String error) {

    /** {@code failed} (nothing usable), {@code partial} (some documents failed) or {@code ok}. */
    String status() {
      if (error != null && documents == failedDocuments) {
        return "failed";
      }
      if (documents > 0 && failedDocuments == documents) {
        return "failed";
      }
      return failedDocuments > 0 || error != null ? "partial" : "ok";
    }
  }

  /** Running totals. */
  static final class Counters {
    long processed;
    long failed;
    long skipped;
    long records;
  }

  /** Thrown when the sink failed; the cause is the IO error. */
  static final class OutputFailure extends Exception {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /**
   * Documents in flight per job at which results are collected, and down to which they are. The
   * low mark is what each worker has queued while the calling thread writes a batch and reads the
   * next sources: with 4 (and 8) a worker often ran dry while that thread waited for a core beside
   * the JIT compilers; 16 (and 32) took 100 MB of text from 4.10-4.26 s to 3.94-4.05 s at -j 2.
   */
  private static final int HIGH_MARK_PER_JOB = 32;
  private static final int LOW_MARK_PER_JOB = 16;

  private final int jobs;
  private final long heldCharsLimit;
  private final Duration timeout;
  private final Function<Document, EncodedRecords> work;
  private final Listener listener;

  /**
   * @param jobs worker threads, at least 1
   * @param timeout the longest one document may take
   * @param work the stage function applied to each document, giving its records encoded; must be
   *     thread-safe (pure)
   * @param listener hears failures and progress
   */
  Batch(int jobs, Duration timeout, Function<Document, EncodedRecords> work, Listener listener) {
    // an eighth of the heap, two bytes a char: room for the workers' own share (see process)
    this(jobs, Runtime.getRuntime().maxMemory() / 16, timeout, work, listener);
  }

  /**
   * @param heldCharsLimit the most chars the documents in flight may hold before they start (see
   *     {@link PendingDocument#heldChars}); past it, every document in flight is finished and written
   *     before the next is read
   */
  Batch(int jobs, long heldCharsLimit, Duration timeout, Function<Document, EncodedRecords> work,
      Listener listener) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    this.jobs = jobs;
    this.heldCharsLimit = heldCharsLimit;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.work = Objects.requireNonNull(work, "work");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Processes every document of {@code sources}.
   *
   * @throws OutputFailure when the sink fails; the run stops
   */
  Counters run(Iterator<Source> sources, Skipper skipper, DocumentReader reader, Sink sink)
      throws OutputFailure {
    Run run = new Run(sink);
    try {
      while (sources.hasNext()) {
        Source source = sources.next();
        Decision decision = skipper.check(source);
        if (decision.skip()) {
          run.skipped();
          continue;
        }
        if (decision.refusal() != null) {
          run.enqueue(new End(source, decision.refusal()));
          continue;
        }
        run.enqueue(new Start(source));
        String error = null;
        try {
          reader.read(source, new java.util.function.Consumer<PendingDocument>() { // not a lambda: start-up
            @Override
            public void accept(PendingDocument pending) {
              run.enqueue(new Doc(pending, run.submit(pending)));
            }
          });
        } catch (InputException e) {
          error = e.getMessage();
        }
        run.enqueue(new End(source, error));
      }
      run.drain(0);
    } catch (SinkFailure e) {
      throw e.failure;
    } finally {
      run.pool.shutdownNow();
    }
    return run.counters;
  }

  private sealed interface Item permits Start, Doc, End {}

  private record Start(Source source) implements Item {}

  private record End(Source source, String error) implements Item {}

  private record Doc(PendingDocument pending, Task task) implements Item {}

  /** A submitted document with the moment a worker started it (0 until then). */
  private record Task(Future<Outcome> future, AtomicLong startedNanos) {}

  private record Outcome(String name, EncodedRecords records, String error, Throwable cause) {}

  /** The state of one call to {@link #run}. */
  private final class Run {
    final Counters counters = new Counters();
    final ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 1, TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(), new java.util.concurrent.ThreadFactory() {
          @Override
          public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "quotesift-worker");
            t.setDaemon(true); // an abandoned runaway document must not keep the process alive
            return t;
          }
        });
    final Deque<Item> queue = new ArrayDeque<>();
    final Sink sink;
    int docsInFlight;
    long heldChars;
    Source begun;
    int documents;
    int failedDocuments;

    Run(Sink sink) {
      this.sink = sink;
    }

    Task submit(PendingDocument pending) {
      AtomicLong started = new AtomicLong();
      Future<Outcome> future = pool.submit(new java.util.concurrent.Callable<Outcome>() {
        @Override
        public Outcome call() {
          started.set(System.nanoTime());
          return process(pending);
        }
      });
      return new Task(future, started);
    }

    void enqueue(Item item) {
      queue.addLast(item);
      if (item instanceof Doc doc) {
        docsInFlight++;
        heldChars += doc.pending().heldChars();
      }
      if (heldChars > heldCharsLimit) {
        drain(0);
        return;
      }
      // below the high mark, only what needs no waiting: the starts and ends at the head
      drain(docsInFlight > jobs * HIGH_MARK_PER_JOB ? jobs * LOW_MARK_PER_JOB : Integer.MAX_VALUE);
    }

    void skipped() {
      counters.skipped++;
      listener.progress(counters);
    }

    /** Emits items from the head until at most {@code maxDocs} documents are in flight. */
    void drain(int maxDocs) {
      if (docsInFlight - maxDocs > 1) { // not maxDocs + 1: that overflows for MAX_VALUE
        try {
          awaitBatch(docsInFlight - maxDocs);
        } catch (IOException e) {
          throw new SinkFailure(new OutputFailure(e));
        }
      }
      while (!queue.isEmpty() && (docsInFlight > maxDocs || !(queue.peekFirst() instanceof Doc))) {
        Item head = queue.removeFirst();
        try {
          emit(head);
        } catch (IOException e) {
          throw new SinkFailure(new OutputFailure(e));
        }
      }
    }

    /**
     * Sleeps until the {@code n}-th document from the head is done, so that the emit loop finds the
     * {@code n} documents done and writes them without sleeping between them. Workers take
     * documents in order, so the earlier ones are done by then. Gives up when the head document's
     * time runs out, and leaves failures, timeouts and runaways to the emit loop, which reports them.
     * A head no worker has started yet (the worker between two documents, or behind on a busy
     * machine) has no clock running: the wait is then one full timeout from now, which ends before
     * the head's own time can run out, so the emit loop still sees a runaway head in time.
     */
    private void awaitBatch(int n) throws IOException {
      Doc head = null;
      Doc target = null;
      int seen = 0;
      for (Item item : queue) {
        if (item instanceof Doc doc) {
          head = head == null ? doc : head;
          if (++seen == n) {
            target = doc;
            break;
          }
        }
      }
      if (target == null) {
        return;
      }
      long started = head.task().startedNanos().get();
      long remaining = timeout.toNanos() - (started == 0 ? 0 : System.nanoTime() - started);
      if (remaining <= 0) {
        return;
      }
      if (!target.task().future().isDone()) {
        sink.beforeWaiting();
      }
      try {
        target.task().future().get(remaining, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | CancellationException | TimeoutException e) {
        // the emit loop reports it when the document's turn comes
      }
    }

    private void emit(Item item) throws IOException {
      if (item instanceof Start start) {
        documents = 0;
        failedDocuments = 0;
        begun = start.source();
        sink.begin(start.source());
      } else if (item instanceof Doc doc) {
        docsInFlight--;
        heldChars -= doc.pending().heldChars();
        documents++;
        emitDocument(doc);
        listener.progress(counters);
      } else if (item instanceof End end) {
        if (end.error() != null) {
          counters.failed++;
          listener.failed(end.source().name(), end.error(), null);
        }
        if (begun == end.source()) {
          sink.end(end.source(), new SourceResult(documents, failedDocuments, end.error()));
        }
        begun = null;
      }
    }

    private void emitDocument(Doc doc) throws IOException {
      Outcome outcome = await(doc);
      if (outcome.error() != null) {
        counters.failed++;
        failedDocuments++;
        listener.failed(outcome.name(), outcome.error(), outcome.cause());
        return;
      }
      counters.processed++;
      sink.write(outcome.records());
      counters.records += outcome.records().count();
    }

    private Outcome await(Doc doc) throws IOException {
      Task task = doc.task();
      if (!task.future().isDone()) {
        sink.beforeWaiting();
      }
      long limit = timeout.toNanos();
      while (true) {
        try {
          long started = task.startedNanos().get();
          if (started == 0) {
            return task.future().get(Math.min(limit, TimeUnit.MILLISECONDS.toNanos(100)),
                TimeUnit.NANOSECONDS);
          }
          long remaining = limit - (System.nanoTime() - started);
          if (remaining <= 0 && !task.future().isDone()) {
            // a document done in time is never abandoned, however late its turn to be written
            // comes (the output may be a pipe its reader has paused)
            return abandon(doc);
          }
          return task.future().get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // not started yet, or the limit is reached: the loop decides
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException | CancellationException e) {
          return new Outcome(doc.pending().name(), EncodedRecords.NONE,
              "internal error while processing (" + e.getCause() + ")", e);
        }
      }
    }

    /** Gives up on a document that outran the limit; a new worker takes its thread's place. */
    private Outcome abandon(Doc doc) {
      doc.task().future().cancel(true);
      pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
      pool.setCorePoolSize(pool.getCorePoolSize() + 1);
      return new Outcome(doc.pending().name(), EncodedRecords.NONE, "took longer than "
          + timeout.toSeconds() + " s (see --timeout); abandoned", null);
    }
  }

  /**
   * Memory a document needs while it is processed, per char of its text: an HTML page's DOM costs
   * many times its markup, a text's blocks and quotes a few times its text. Measured roughly on
   * news pages; generous on purpose, since running out of memory half-way is the worse outcome.
   */
  private static final int HTML_BYTES_PER_CHAR = 24;
  private static final int TEXT_BYTES_PER_CHAR = 4;

  private Outcome process(PendingDocument pending) {
    try {
      PendingDocument.Estimate estimate = pending.estimate();
      if (estimate.bytes() >= 0) {
        String tooLarge = tooLargeForMemory(estimate.bytes(), estimate.html());
        if (tooLarge != null) {
          return new Outcome(pending.name(), EncodedRecords.NONE, tooLarge, null);
        }
      }
      Document document = pending.load();
      String tooLarge = tooLargeForMemory(document.text().length(),
          document.kind() == Document.Kind.HTML);
      if (tooLarge != null) {
        return new Outcome(pending.name(), EncodedRecords.NONE, tooLarge, null);
      }
      return new Outcome(pending.name(), work.apply(document), null, null);
    } catch (InputException e) {
      return new Outcome(pending.name(), EncodedRecords.NONE, e.getMessage(), e);
    } catch (StackOverflowError e) {
      return new Outcome(pending.name(), EncodedRecords.NONE,
          "too deeply nested to process (stack overflow)", e);
    } catch (OutOfMemoryError e) {
      return new Outcome(pending.name(), EncodedRecords.NONE,
          "out of memory while processing (raise -Xmx, lower --jobs or --max-file-size)", e);
    } catch (RuntimeException e) {
      return new Outcome(pending.name(), EncodedRecords.NONE,
          "internal error while processing (" + e + ")", e);
    }
  }

  /**
   * Refuses, before any work, a document whose processing would not fit in this worker's share of
   * the heap, so that one huge page cannot starve the others or kill the run.
   */
  private String tooLargeForMemory(long chars, boolean html) {
    long needed = chars * (html ? HTML_BYTES_PER_CHAR : TEXT_BYTES_PER_CHAR);
    long share = Runtime.getRuntime().maxMemory() / (jobs + 1);
    if (needed <= share) {
      return null;
    }
    return String.format(java.util.Locale.ROOT,
        "too large to process in this run's memory (needs about %d MB, %d MB per job); raise -Xmx"
            + " (QUOTESIFT_JAVA_OPTS) or lower --jobs", needed >> 20, share >> 20);
  }

  /** Carries a sink failure out of the reader's callback. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient OutputFailure failure;

    SinkFailure(OutputFailure failure) {
      super(failure);
      this.failure = failure;
    }
  }
}
