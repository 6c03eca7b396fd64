package org.quotesift.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotesift.input.InputFormat;
import org.quotesift.input.InputOptions;
import org.quotesift.output.OutputFormat;
import org.quotesift.run.RunOptions;
import org.quotesift.run.Runner;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Options and behaviour shared by {@code extract} and {@code clean}. Turning the parsed flags into
 * one immutable {@link RunOptions} ({@link #toOptions()}) is the only bridge to the core.
 */
abstract class StageCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  private final Streams streams;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "A file, a directory (walked recursively, files in sorted order), or - for"
          + " standard input. @FILE reads more inputs from FILE, one per line. With no INPUT,"
          + " standard input is read unless it is a terminal.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output. The file appears complete when the"
          + " run ends, or is left as it was when the run fails.")
  Path output;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      converter = InputFormatConverter.class,
      description = "How to read inputs: auto, text, html, jsonl (default: ${DEFAULT-VALUE}; auto"
          + " goes by extension, then by the first bytes).")
  InputFormat inputFormat;

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "JSON Lines input: the field holding the document id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "JSON Lines input: the field holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read text inputs in CHARSET instead of detecting (BOM, UTF-8, Windows-1252).")
  String encoding;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
      description = "Refuse inputs larger than BYTES after decompression (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Worker threads (default: the number of cores). Output order does not depend on N.")
  Integer jobs;

  @Option(names = "--explain", description = "Add the reason for each decision to the output.")
  boolean explain;

  @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"},
      description = "Print nothing on standard error but the errors themselves.")
  boolean quiet;

  @Option(names = "--summary",
      description = "Print the one-line summary (processed, failed, records, time) at the end even"
          + " when standard error is not a terminal; it is printed to a terminal by default and left"
          + " out of cron mails and logs otherwise.")
  boolean summary;

  StageCommand(Streams streams) {
    this.streams = streams;
  }

  /** What this command produces. */
  abstract RunOptions.Command command();

  /** The output format when none is given. */
  abstract OutputFormat defaultFormat();

  @Override
  public Integer call() {
    RunOptions options = toOptions();
    if (options.inputs().isEmpty() && streams.terminals().stdin()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no INPUT given and standard input is a terminal");
    }
    PrintWriter err = spec.commandLine().getErr();
    Runner.Status status = new Runner(streams.in(), streams.out(), err).run(options);
    return switch (status) {
      case OK -> ExitStatus.OK.code();
      case PARTIAL -> ExitStatus.PARTIAL.code();
      case NOTHING_PROCESSED -> ExitStatus.NO_INPUT.code();
      case OUTPUT_FAILED -> ExitStatus.SOFTWARE.code();
    };
  }

  /** Validates the flags together and builds the run's options. */
  RunOptions toOptions() {
    if (verbose && quiet) {
      throw usage("--verbose and --quiet cannot be used together");
    }
    if (summary && quiet) {
      throw usage("--summary and --quiet cannot be used together");
    }
    if (maxFileSize <= 0) {
      throw usage("--max-file-size must be a positive number of bytes, not " + maxFileSize);
    }
    int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (workers < 1) {
      throw usage("--jobs must be at least 1, not " + workers);
    }
    InputOptions input = new InputOptions(inputFormat, idField, textField, charset(), maxFileSize);
    return new RunOptions(command(), inputs, input, format == null ? defaultFormat() : format,
        Optional.ofNullable(output), workers, explain, verbose,
        !quiet && (summary || streams.terminals().stderr()));
  }

  private Optional<Charset> charset() {
    if (encoding == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(encoding));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage("--encoding: unknown charset '" + encoding + "'");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Accepts input formats in any case ({@code jsonl}, {@code JSONL}). */
  static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      try {
        return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not one of auto, text, html, jsonl");
      }
    }
  }
}
