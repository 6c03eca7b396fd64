package org.quotesift.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quotesift.input.InputFormat;
import org.quotesift.input.InputOptions;
import org.quotesift.input.WalkOptions;
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
      description = "A file, a directory (walked recursively, files in sorted order, hidden entries"
          + " skipped), or - for standard input. @FILE reads more inputs from FILE, one per line."
          + " With no INPUT, standard input is read unless it is a terminal.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--files-from", paramLabel = "FILE",
      description = "Read more inputs from FILE (- for standard input), one per line, or separated"
          + " by NUL bytes as 'find -print0' writes them.")
  String filesFrom;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "In walked directories, take only files matching GLOB (by name or path below"
          + " the directory; repeatable), e.g. --include '*.html'.")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "In walked directories, skip files and folders matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--follow-links",
      description = "Follow symbolic links when walking directories (not followed by default).")
  boolean followLinks;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output. The file appears complete when the"
          + " run ends, or is left as it was when the run fails.")
  Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write one output file per input into DIR, mirroring the input tree"
          + " (a/b.txt -> DIR/a/b.txt.csv). Each file is written atomically and only when it"
          + " changes; a manifest in DIR makes a rerun process only new, changed or failed inputs.")
  Path outputDir;

  @Option(names = "--skip-existing",
      description = "With --output-dir: skip inputs whose output exists and is newer than the input"
          + " (instead of consulting the manifest).")
  boolean skipExisting;

  @Option(names = "--force", description = "With --output-dir: process every input again.")
  boolean force;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the run's figures and every failure to FILE as JSON, for monitoring.")
  Path report;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      converter = InputFormatConverter.class,
      description = "How to read inputs: auto, text, html, jsonl, warc (default: ${DEFAULT-VALUE};"
          + " auto goes by extension, then by the first bytes). Inputs may be gzip, bzip2, xz or"
          + " zstd compressed.")
  InputFormat inputFormat;

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "JSON Lines input: the field holding the document id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "JSON Lines input: the field holding plain text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--html-field", paramLabel = "NAME", defaultValue = "html",
      description = "JSON Lines input: the field holding HTML, used when a record has no text field"
          + " (default: ${DEFAULT-VALUE}).")
  String htmlField;

  @Option(names = "--url-field", paramLabel = "NAME", defaultValue = "url",
      description = "JSON Lines input: the field holding the page URL (default: ${DEFAULT-VALUE}).")
  String urlField;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read text inputs in CHARSET instead of detecting (BOM, HTML meta, UTF-8, then a"
          + " charset detector).")
  String encoding;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
      description = "Refuse inputs and records larger than BYTES after decompression"
          + " (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a document that takes longer than SECONDS; it is reported and the"
          + " run goes on (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
      description = "extract: leave out quotes whose confidence is below X (0..1). Unattributed"
          + " scare quotes and titles have confidence 0.1, so 0.2 keeps attributed quotes only"
          + " (default: ${DEFAULT-VALUE}, keep all).")
  double minConfidence;

  @Option(names = "--learn-templates",
      description = "Read the inputs twice: first to learn the lines that recur across many"
          + " documents (a site's menus, footers, 'follow us' lines; at least 5 documents, short"
          + " lines without quote marks, at most 200,000 remembered), then to clean them away."
          + " For folders of pages from the same sites. Not with standard input.")
  boolean learnTemplates;

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
      description = "Print the one-line summary (processed, skipped, failed, records, time) at the"
          + " end even when standard error is not a terminal; it is printed to a terminal by"
          + " default and left out of cron mails and logs otherwise.")
  boolean summary;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar on standard error when it is a terminal and the data does"
          + " not go to the same terminal (default: on; --no-progress turns it off).")
  boolean progress;

  StageCommand(Streams streams) {
    this.streams = streams;
  }

  /** What this command produces. */
  abstract RunOptions.Command command();

  /** The output format when none is given. */
  abstract OutputFormat defaultFormat();

  @Override
  public Integer call() {
    if (inputs.isEmpty() && filesFrom == null && streams.terminals().stdin()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no INPUT given and standard input is a terminal");
    }
    RunOptions options = toOptions();
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
    if (output != null && outputDir != null) {
      throw usage("--output and --output-dir cannot be used together");
    }
    if ((skipExisting || force) && outputDir == null) {
      throw usage((skipExisting ? "--skip-existing" : "--force") + " needs --output-dir");
    }
    if (skipExisting && force) {
      throw usage("--skip-existing and --force cannot be used together");
    }
    if (timeoutSeconds <= 0) {
      throw usage("--timeout must be a positive number of seconds, not " + timeoutSeconds);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw usage("--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    List<String> all = allInputs();
    if (learnTemplates && all.contains("-")) {
      throw usage("--learn-templates reads the inputs twice, which standard input cannot do");
    }
    WalkOptions walk;
    try {
      walk = new WalkOptions(include, exclude, followLinks);
    } catch (IllegalArgumentException e) {
      throw usage("--include/--exclude: " + e.getMessage());
    }
    InputOptions input = new InputOptions(inputFormat, idField, textField, htmlField, urlField,
        charset(), maxFileSize);
    RunOptions.Rerun rerun = force ? RunOptions.Rerun.ALL
        : skipExisting ? RunOptions.Rerun.MISSING_OR_OLDER : RunOptions.Rerun.CHANGED;
    Main.Terminals t = streams.terminals();
    boolean dataOnTerminal = t.stdout() && output == null && outputDir == null;
    return new RunOptions(command(), all, walk, input,
        format == null ? defaultFormat() : format, Optional.ofNullable(output),
        Optional.ofNullable(outputDir), rerun, workers, Duration.ofSeconds(timeoutSeconds), explain,
        verbose, !quiet && (summary || t.stderr()), progress && !quiet && t.stderr() && !dataOnTerminal,
        Optional.ofNullable(report), learnTemplates, minConfidence);
  }

  /** The operands plus what --files-from names; standard input when there is neither. */
  private List<String> allInputs() {
    if (filesFrom == null) {
      return inputs.isEmpty() ? List.of("-") : inputs;
    }
    List<String> all = new ArrayList<>(inputs);
    try {
      byte[] list = filesFrom.equals("-") ? streams.in().readAllBytes()
          : Files.readAllBytes(Path.of(filesFrom));
      String text = new String(list, StandardCharsets.UTF_8);
      String separator = text.indexOf('\0') >= 0 ? "\0" : "\r?\n";
      for (String name : text.split(separator)) {
        if (!name.isBlank()) {
          all.add(name);
        }
      }
    } catch (IOException e) {
      throw usage("--files-from " + filesFrom + ": cannot read (" + e.getMessage() + ")");
    }
    return all;
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
            "'" + value + "' is not one of auto, text, html, jsonl, warc");
      }
    }
  }
}
