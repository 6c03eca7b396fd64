package org.quotesift.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.quotesift.input.Document;
import org.quotesift.input.DocumentReader;
import org.quotesift.input.Source;
import org.quotesift.input.SourceFinder;
import org.quotesift.output.ArticleRecord;
import org.quotesift.output.AtomicFile;
import org.quotesift.output.OutputRecord;
import org.quotesift.output.QuoteRecord;
import org.quotesift.output.RecordWriter;

/**
 * Carries out one run: finds the inputs, runs the pipeline over them and writes the output, with
 * injected streams so that it can run in-process under test.
 *
 * <p>Diagnostics are one line each on {@code err}: {@code quotesift: NAME: reason}. Output to a file is
 * atomic: the file appears complete when the run ends, or not at all when the output failed. When
 * standard output is closed by its reader (as in {@code | head}), the run stops quietly.
 */
public final class Runner {

  private final InputStream in;
  private final OutputStream out;
  private final PrintWriter err;

  /**
   * @param in standard input
   * @param out standard output; records are written here unless an output file is given
   * @param err standard error, for diagnostics and the summary
   */
  public Runner(InputStream in, OutputStream out, PrintWriter err) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** The outcome of a run. */
  public enum Status {
    /** Every input was processed. */
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
    return options.command() == RunOptions.Command.EXTRACT
        ? run(options, QuoteRecord.COLUMNS, d -> Pipeline.extract(d, options.explain()), "quotes")
        : run(options, ArticleRecord.COLUMNS, d -> List.of(Pipeline.article(d, options.explain())),
            "articles");
  }

  private <R extends OutputRecord> Status run(RunOptions options, List<String> columns,
      Function<Document, List<R>> work, String recordName) {
    List<String> header = new ArrayList<>(columns);
    if (options.explain()) {
      header.add(options.command() == RunOptions.Command.EXTRACT ? "explanation" : "dropped");
    }
    long[] findFailures = {0};
    List<String> operands = options.inputs().isEmpty() ? List.of(Source.STDIN_NAME) : options.inputs();
    Iterator<Source> sources = new SourceFinder(operands, (name, reason) -> {
      findFailures[0]++;
      report(name, reason, null, options);
    });
    DocumentReader reader = new DocumentReader(options.input(), () -> in);
    Batch<R> batch = new Batch<>(options.jobs(), work, (name, reason, cause) ->
        report(name, reason, cause, options));
    RunSummary summary;
    try {
      summary = options.output().isPresent()
          ? runToFile(options, header, batch, sources, reader, findFailures)
          : runToStdout(options, header, batch, sources, reader, findFailures);
    } catch (Batch.OutputFailure | IOException e) {
      IOException cause = e instanceof Batch.OutputFailure f ? f.getCause() : (IOException) e;
      if (options.output().isEmpty() && isBrokenPipe(cause)) {
        return Status.OK; // the reader of standard output went away (| head): nothing more is wanted
      }
      report(options.output().map(Object::toString).orElse("output"),
          "cannot write output: " + cause.getMessage(), cause, options);
      return Status.OUTPUT_FAILED;
    }
    if (summary.processed() == 0 && summary.failed() == 0) {
      err.println("quotesift: no input found");
    }
    if (options.summary()) {
      err.println("quotesift: " + summary.line(recordName));
    }
    err.flush();
    if (summary.processed() == 0) {
      return Status.NOTHING_PROCESSED;
    }
    return summary.failed() > 0 ? Status.PARTIAL : Status.OK;
  }

  private <R extends OutputRecord> RunSummary runToFile(RunOptions options, List<String> header,
      Batch<R> batch, Iterator<Source> sources, DocumentReader reader, long[] findFailures)
      throws IOException, Batch.OutputFailure {
    try (AtomicFile file = AtomicFile.create(options.output().get())) {
      RecordWriter<R> writer =
          RecordWriter.create(options.format(), file.stream(), header, options.explain());
      RunSummary summary = batch.run(sources, reader, writer, 0);
      writer.close();
      file.commit();
      return withFindFailures(summary, findFailures[0]);
    }
  }

  private <R extends OutputRecord> RunSummary runToStdout(RunOptions options, List<String> header,
      Batch<R> batch, Iterator<Source> sources, DocumentReader reader, long[] findFailures)
      throws IOException, Batch.OutputFailure {
    RecordWriter<R> writer = RecordWriter.create(options.format(), out, header, options.explain());
    RunSummary summary = batch.run(sources, reader, writer, 0);
    writer.close();
    out.flush();
    return withFindFailures(summary, findFailures[0]);
  }

  /** Whether an output error means the reader closed the pipe (EPIPE), as {@code head} does. */
  static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return message.contains("broken pipe") || message.contains("stream closed");
  }

  private static RunSummary withFindFailures(RunSummary s, long findFailures) {
    return new RunSummary(s.processed(), s.failed() + findFailures, s.records(), s.millis(),
        s.outputClosed());
  }

  private void report(String name, String reason, Throwable cause, RunOptions options) {
    err.println("quotesift: " + name + ": " + reason);
    if (options.verbose() && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }
}
