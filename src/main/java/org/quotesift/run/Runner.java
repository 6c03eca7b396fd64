package org.quotesift.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.quotesift.clean.CorpusProfile;
import org.quotesift.input.Document;
import org.quotesift.input.DocumentReader;
import org.quotesift.input.Source;
import org.quotesift.input.SourceFinder;
import org.quotesift.output.ArticleRecord;
import org.quotesift.output.AtomicFile;
import org.quotesift.output.EncodedRecords;
import org.quotesift.output.OutputRecord;
import org.quotesift.output.QuoteRecord;
import org.quotesift.output.RecordEncoder;
import org.quotesift.output.RecordWriter;

/**
 * Carries out one run: finds the inputs, runs the pipeline over them and writes the output, with
 * injected streams so that it can run in-process under test.
 *
 * <p>Diagnostics are one line each on {@code err}: {@code quotesift: NAME: reason}. Output goes to
 * standard output, to one file (atomic: complete when the run ends, untouched when it fails), or to an
 * output folder with one file per input (see {@link OutputTree}). When standard output is closed by
 * its reader (as in {@code | head}), the run stops quietly.
 */
public final class Runner {

  private final InputStream in;
  private final OutputStream out;
  private final PrintWriter err;

  /**
   * @param in standard input
   * @param out standard output; records are written here unless an output file or folder is given
   * @param err standard error, for diagnostics and the summary
   */
  public Runner(InputStream in, OutputStream out, PrintWriter err) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** The outcome of a run. */
  public enum Status {
    /** Every input was processed (or skipped as unchanged). */
    OK,
    /** Some inputs failed; the others were processed. */
    PARTIAL,
    /** No input was found, or every input failed. */
    NOTHING_PROCESSED,
    /** The output could not be written. */
    OUTPUT_FAILED
  }

  /** Runs, and says how it went. */
  public Status run(RunOptions options) {
    boolean extract = options.command() == RunOptions.Command.EXTRACT;
    List<String> header = extract ? QuoteRecord.header(options.explain())
        : ArticleRecord.header(options.explain());
    CorpusProfile profile = options.learnTemplates() ? learnTemplates(options) : null;
    // the workers encode their records (see Batch)
    RecordEncoder<OutputRecord> encoder = RecordEncoder.of(options.format(), options.explain());
    // classes, not lambdas, on the path every run takes: linking a lambda's call site costs
    // start-up time that a class loaded from the CDS archive does not
    return extract
        ? run(options, header, new Function<Document, EncodedRecords>() {
            @Override
            public EncodedRecords apply(Document d) {
              return encoder.encode(
                  confident(Pipeline.extract(d, options.explain(), profile, options.pairedSingles()),
                      options.minConfidence()));
            }
          }, "quotes")
        : run(options, header, new Function<Document, EncodedRecords>() {
            @Override
            public EncodedRecords apply(Document d) {
              return encoder.encode(List.of(Pipeline.article(d, options.explain(), profile)));
            }
          }, "articles");
  }

  private static List<QuoteRecord> confident(List<QuoteRecord> quotes, double min) {
    return min <= 0 ? quotes : quotes.stream().filter(q -> q.confidence() >= min).toList();
  }

  /**
   * The pre-pass of {@code --learn-templates}: every document is read once and its short lines
   * counted. Problems are not reported here; the main pass reports them.
   */
  private CorpusProfile learnTemplates(RunOptions options) {
    CorpusProfile profile = CorpusProfile.withDefaults();
    Batch observe = new Batch(options.jobs(), options.timeout(), d -> {
      profile.observe(d);
      return EncodedRecords.NONE;
    }, (name, reason, cause) -> {});
    try {
      observe.run(new SourceFinder(options.inputs(), options.walk(), (name, reason) -> {}),
          source -> Batch.Skipper.PROCESS, new DocumentReader(options.input(), () -> in), new Batch.Sink() {
            @Override
            public void begin(Source source) {}

            @Override
            public void write(EncodedRecords records) {}

            @Override
            public void end(Source source, Batch.SourceResult result) {}
          });
    } catch (Batch.OutputFailure e) {
      throw new IllegalStateException("the pre-pass writes nothing", e);
    }
    return profile;
  }

  private Status run(RunOptions options, List<String> header,
      Function<Document, EncodedRecords> work, String recordName) {
    long started = System.nanoTime();
    Failures failures = new Failures(options);
    Iterator<Source> sources = new SourceFinder(options.inputs(), options.walk(),
        new java.util.function.BiConsumer<String, String>() {
          @Override
          public void accept(String name, String reason) {
            failures.outside(name, reason);
          }
        });
    DocumentReader reader = new DocumentReader(options.input(), new java.util.function.Supplier<java.io.InputStream>() {
      @Override
      public java.io.InputStream get() {
        return in;
      }
    });
    Progress progress = options.progress() ? new Progress("quotesift") : null;
    Batch batch = new Batch(options.jobs(), options.timeout(), work, new Batch.Listener() {
      @Override
      public void failed(String name, String reason, Throwable cause) {
        failures.failed(name, reason, cause);
      }

      @Override
      public void progress(Batch.Counters counters) {
        if (progress != null) {
          progress.update(counters);
        }
      }
    });
    Batch.Counters counters;
    try {
      counters = execute(options, header, batch, sources, reader);
    } catch (Batch.OutputFailure | IOException e) {
      IOException cause = e instanceof Batch.OutputFailure f ? f.getCause() : (IOException) e;
      if (options.output().isEmpty() && options.outputDir().isEmpty() && isBrokenPipe(cause)) {
        return Status.OK; // the reader of standard output went away (| head): nothing more is wanted
      }
      failures.report(options.output().or(options::outputDir).map(Object::toString).orElse("output"),
          "cannot write output: " + outputReason(cause), cause);
      return Status.OUTPUT_FAILED;
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    RunSummary summary = new RunSummary(counters.processed, counters.skipped,
        counters.failed + failures.outsideBatch, counters.records, recordName,
        (System.nanoTime() - started) / 1e9, failures.list);
    return finish(options, summary);
  }

  private Status finish(RunOptions options, RunSummary summary) {
    if (summary.processed() == 0 && summary.failed() == 0 && summary.skipped() == 0) {
      err.println("quotesift: no input found");
    }
    if (options.summary()) {
      err.println("quotesift: " + summary.line());
    }
    err.flush();
    if (options.report().isPresent()) {
      try {
        writeReport(options.report().get(), summary);
      } catch (IOException e) {
        err.println("quotesift: " + options.report().get() + ": cannot write report: " + e.getMessage());
        err.flush();
        return Status.OUTPUT_FAILED;
      }
    }
    if (summary.processed() == 0 && summary.skipped() == 0) {
      return Status.NOTHING_PROCESSED;
    }
    return summary.failed() > 0 ? Status.PARTIAL : Status.OK;
  }

  private Batch.Counters execute(RunOptions options, List<String> header,
      Batch batch, Iterator<Source> sources, DocumentReader reader)
      throws IOException, Batch.OutputFailure {
    if (options.outputDir().isPresent()) {
      try (OutputTree tree = new OutputTree(options, options.outputDir().get(), header)) {
        return batch.run(sources, tree, reader, tree);
      }
    }
    if (options.output().isPresent()) {
      Path target = options.output().get();
      AtomicFile.deleteStale(target.toAbsolutePath().getParent(), false);
      try (AtomicFile file = AtomicFile.create(target)) {
        Batch.Counters counters = toStream(options, header, batch, sources, reader, file.stream());
        file.commit();
        return counters;
      }
    }
    Batch.Counters counters = toStream(options, header, batch, sources, reader, out);
    out.flush();
    return counters;
  }

  private static Batch.Counters toStream(RunOptions options,
      List<String> header, Batch batch, Iterator<Source> sources, DocumentReader reader,
      OutputStream target) throws IOException, Batch.OutputFailure {
    RecordWriter<OutputRecord> writer =
        RecordWriter.create(options.format(), target, header, options.explain());
    Batch.Counters counters = batch.run(sources, new Batch.Skipper() {
      @Override
      public Batch.Decision check(Source s) {
        return Batch.Skipper.PROCESS;
      }
    }, reader, new Batch.Sink() {
      @Override
      public void begin(Source source) {}

      @Override
      public void write(EncodedRecords records) throws IOException {
        writer.writeEncoded(records);
      }

      @Override
      public void end(Source source, Batch.SourceResult result) {}

      @Override
      public void beforeWaiting() throws IOException {
        writer.flush(); // a pipe reader sees the records written so far while the workers work
      }
    });
    writer.close();
    return counters;
  }

  private static void writeReport(Path path, RunSummary summary) throws IOException {
    try (AtomicFile file = AtomicFile.create(path)) {
      file.stream().write(ReportJson.MAPPER.writeValueAsBytes(summary));
      file.stream().write('\n');
      file.commit();
    }
  }

  /** Jackson for the report, loaded only when a report is asked for (start-up time). */
  private static final class ReportJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Why the output could not be written, in words: the file system's reason (No space left on
   * device, Read-only file system) or the kind of failure (access denied), not the path of the
   * temporary file the failure happened to name.
   */
  static String outputReason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException fse) {
      if (fse.getReason() != null) {
        return fse.getReason();
      }
      String kind = e.getClass().getSimpleName().replace("Exception", "")
          .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
      return kind.equals("file system") ? "cannot create a file there" : kind;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Whether an output error means the reader closed the pipe (EPIPE), as {@code head} does. */
  static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }

  /** Prints failures as they happen and keeps them for the report. */
  private final class Failures {
    final RunOptions options;
    final List<RunSummary.Failure> list = new ArrayList<>();
    long outsideBatch;

    Failures(RunOptions options) {
      this.options = options;
    }

    /** An input the source finder could not use (the batch never sees it). */
    void outside(String name, String reason) {
      outsideBatch++;
      report(name, reason, null);
    }

    void failed(String name, String reason, Throwable cause) {
      report(name, reason, cause);
    }

    void report(String name, String reason, Throwable cause) {
      list.add(new RunSummary.Failure(name, reason));
      err.println("quotesift: " + name + ": " + reason);
      if (options.verbose() && cause != null) {
        cause.printStackTrace(err);
      }
      err.flush();
    }
  }
}
