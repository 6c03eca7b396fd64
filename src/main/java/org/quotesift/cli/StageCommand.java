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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Options and behaviour shared by {@code extract} and {@code clean}. Turning the parsed flags into
 * one immutable {@link RunOptions} ({@link #toOptions()}) is the only bridge to the core.
 *
 * <p>The options are declared with picocli's programmatic API (see {@link Specs} for why); picocli
 * keeps each parsed value in its option, and {@link #toOptions()} reads them from there by name.
 */
abstract class StageCommand implements Callable<Integer> {

  private final Streams streams;
  private final CommandSpec spec;
  /** The output format when none is given. */
  private final OutputFormat defaultFormat;

  StageCommand(Streams streams, String[] description, String[] footer, OutputFormat defaultFormat) {
    this.streams = streams;
    this.defaultFormat = defaultFormat;
    this.spec = Specs.command(this, description, footer);
    declareOptions(spec, defaultFormat);
  }

  /** The command's picocli model. */
  final CommandSpec spec() {
    return spec;
  }

  private static void declareOptions(CommandSpec spec, OutputFormat defaultFormat) {
    spec.addPositional(PositionalParamSpec.builder().paramLabel("INPUT").arity("0..*")
        .type(List.class).auxiliaryTypes(String.class)
        .description("A file, a directory (walked recursively, files in sorted order, hidden entries"
            + " skipped), or - for standard input. @FILE reads more inputs from FILE, one per line."
            + " With no INPUT, standard input is read unless it is a terminal.").build());
    spec.addOption(withValue(String.class, "FILE", "--files-from")
        .description("Read more inputs from FILE (- for standard input), one per line, or separated"
            + " by NUL bytes as 'find -print0' writes them.").build());
    spec.addOption(repeatable("GLOB", "--include")
        .description("In walked directories, take only files matching GLOB (by name or path below"
            + " the directory; repeatable), e.g. --include '*.html'. Without it, every file is taken"
            + " except a collection's README, LICENSE, COPYING, CHANGELOG and PROVENANCE files.")
        .build());
    spec.addOption(repeatable("GLOB", "--exclude")
        .description("In walked directories, skip files and folders matching GLOB (repeatable).")
        .build());
    spec.addOption(switchOption("--follow-links")
        .description("Follow symbolic links when walking directories (not followed by default).")
        .build());
    spec.addOption(withValue(OutputFormat.class, "FORMAT", "-f", "--format")
        .description("Output format: ${COMPLETION-CANDIDATES} (default: "
            + defaultFormat.name().toLowerCase(java.util.Locale.ROOT) + ").").build());
    spec.addOption(withValue(Path.class, "FILE", "-o", "--output")
        .description("Write to FILE instead of standard output. The file appears complete when the"
            + " run ends, or is left as it was when the run fails.").build());
    spec.addOption(withValue(Path.class, "DIR", "--output-dir")
        .description("Write one output file per input into DIR, mirroring the input tree"
            + " (a/b.txt -> DIR/a/b.txt.csv). Each file is written atomically and only when it"
            + " changes; a manifest in DIR makes a rerun process only new, changed or failed inputs.")
        .build());
    spec.addOption(switchOption("--skip-existing")
        .description("With --output-dir: skip inputs whose output exists and is newer than the input"
            + " (instead of consulting the manifest).").build());
    spec.addOption(switchOption("--force")
        .description("With --output-dir: process every input again.").build());
    spec.addOption(withValue(Path.class, "FILE", "--report")
        .description("Write the run's figures and every failure to FILE as JSON, for monitoring.")
        .build());
    spec.addOption(withValue(InputFormat.class, "FORMAT", "--input-format").defaultValue("auto")
        .converters(new InputFormatConverter())
        .description("How to read inputs: auto, text, html, jsonl, warc (default: ${DEFAULT-VALUE};"
            + " auto goes by extension, then by the first bytes). Inputs may be gzip, bzip2, xz or"
            + " zstd compressed.").build());
    spec.addOption(withValue(String.class, "NAME", "--id-field").defaultValue("id")
        .description("JSON Lines input: the field holding the document id (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(withValue(String.class, "NAME", "--text-field").defaultValue("text")
        .description("JSON Lines input: the field holding plain text (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(withValue(String.class, "NAME", "--html-field").defaultValue("html")
        .description("JSON Lines input: the field holding HTML, used when a record has no text field"
            + " (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(withValue(String.class, "NAME", "--url-field").defaultValue("url")
        .description("JSON Lines input: the field holding the page URL (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(withValue(String.class, "CHARSET", "--encoding")
        .description("Read text inputs in CHARSET instead of detecting (BOM, HTML meta, UTF-8, then a"
            + " charset detector).").build());
    spec.addOption(withValue(long.class, "BYTES", "--max-file-size").defaultValue("67108864")
        .description("Refuse inputs and records larger than BYTES after decompression"
            + " (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(withValue(long.class, "SECONDS", "--timeout").defaultValue("60")
        .description("Give up on a document that takes longer than SECONDS; it is reported and the"
            + " run goes on (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(withValue(double.class, "X", "--min-confidence").defaultValue("0")
        .description("extract: leave out quotes whose confidence is below X (0..1). Unattributed"
            + " scare quotes and titles have confidence 0.1, so 0.2 keeps attributed quotes only"
            + " (default: ${DEFAULT-VALUE}, keep all).").build());
    spec.addOption(switchOption("--paired-singles")
        .description("extract: read two straight single marks as a double quote mark"
            + " (''We're done,'' said Mr. Lee), as in archive text typed without one. Off by default.")
        .build());
    spec.addOption(switchOption("--learn-templates")
        .description("Read the inputs twice: first to learn the lines that recur across many"
            + " documents (a site's menus, footers, 'follow us' lines; at least 5 documents, short"
            + " lines without quote marks, at most 200,000 remembered), then to clean them away."
            + " For folders of pages from the same sites. Not with standard input.").build());
    spec.addOption(withValue(Integer.class, "N", "-j", "--jobs")
        .description("Worker threads (default: the number of cores). Output order does not depend on N.")
        .build());
    spec.addOption(switchOption("--explain")
        .description("Add the reason for each decision to the output.").build());
    spec.addOption(switchOption("-v", "--verbose")
        .description("Print stack traces with errors.").build());
    spec.addOption(switchOption("-q", "--quiet")
        .description("Print nothing on standard error but the errors themselves.").build());
    spec.addOption(switchOption("--summary")
        .description("Print the one-line summary (processed, skipped, failed, records, time) at the"
            + " end even when standard error is not a terminal; it is printed to a terminal by"
            + " default and left out of cron mails and logs otherwise.").build());
    spec.addOption(switchOption("--progress").negatable(true).defaultValue("true").fallbackValue("true")
        .description("Show a progress bar on standard error when it is a terminal and the data does"
            + " not go to the same terminal (default: on; --no-progress turns it off).").build());
  }

  /** An option that takes one value of {@code type}. */
  private static OptionSpec.Builder withValue(Class<?> type, String label, String... names) {
    return OptionSpec.builder(names).type(type).paramLabel(label);
  }

  /** An option that may be given many times, each with one value. */
  private static OptionSpec.Builder repeatable(String label, String... names) {
    return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).paramLabel(label);
  }

  /** An option without a value: on when given. */
  private static OptionSpec.Builder switchOption(String... names) {
    // The initial value is what an unset boolean field held under the annotation model.
    return OptionSpec.builder(names).type(boolean.class).initialValue(false);
  }

  /** What this command produces. */
  abstract RunOptions.Command command();

  @Override
  public Integer call() {
    if (inputs().isEmpty() && value("--files-from") == null && streams.terminals().stdin()) {
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
    boolean verbose = on("--verbose");
    boolean quiet = on("--quiet");
    boolean summary = on("--summary");
    if (verbose && quiet) {
      throw usage("--verbose and --quiet cannot be used together");
    }
    if (summary && quiet) {
      throw usage("--summary and --quiet cannot be used together");
    }
    long maxFileSize = value("--max-file-size");
    if (maxFileSize <= 0) {
      throw usage("--max-file-size must be a positive number of bytes, not " + maxFileSize);
    }
    Integer jobs = value("--jobs");
    int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (workers < 1) {
      throw usage("--jobs must be at least 1, not " + workers);
    }
    Path output = value("--output");
    Path outputDir = value("--output-dir");
    if (output != null && outputDir != null) {
      throw usage("--output and --output-dir cannot be used together");
    }
    RunOptions.Rerun rerun = rerun(outputDir != null);
    long timeoutSeconds = value("--timeout");
    if (timeoutSeconds <= 0) {
      throw usage("--timeout must be a positive number of seconds, not " + timeoutSeconds);
    }
    double minConfidence = value("--min-confidence");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw usage("--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    List<String> all = allInputs();
    boolean learnTemplates = on("--learn-templates");
    if (learnTemplates && all.contains("-")) {
      throw usage("--learn-templates reads the inputs twice, which standard input cannot do");
    }
    WalkOptions walk = walk();
    InputOptions input = new InputOptions(value("--input-format"), value("--id-field"),
        value("--text-field"), value("--html-field"), value("--url-field"), charset(), maxFileSize);
    OutputFormat format = value("--format");
    Main.Terminals t = streams.terminals();
    boolean dataOnTerminal = t.stdout() && output == null && outputDir == null;
    return new RunOptions(command(), all, walk, input,
        format == null ? defaultFormat : format, Optional.ofNullable(output),
        Optional.ofNullable(outputDir), rerun, workers, Duration.ofSeconds(timeoutSeconds),
        on("--explain"), verbose, !quiet && (summary || t.stderr()),
        on("--progress") && !quiet && t.stderr() && !dataOnTerminal,
        Optional.ofNullable(value("--report")), learnTemplates, minConfidence, on("--paired-singles"));
  }

  /** Which inputs an output folder run skips; checks the flags that choose it. */
  private RunOptions.Rerun rerun(boolean hasOutputDir) {
    boolean skipExisting = on("--skip-existing");
    boolean force = on("--force");
    if ((skipExisting || force) && !hasOutputDir) {
      throw usage((skipExisting ? "--skip-existing" : "--force") + " needs --output-dir");
    }
    if (skipExisting && force) {
      throw usage("--skip-existing and --force cannot be used together");
    }
    return force ? RunOptions.Rerun.ALL
        : skipExisting ? RunOptions.Rerun.MISSING_OR_OLDER : RunOptions.Rerun.CHANGED;
  }

  private WalkOptions walk() {
    try {
      return new WalkOptions(list("--include"), list("--exclude"), on("--follow-links"));
    } catch (IllegalArgumentException e) {
      throw usage("--include/--exclude: " + e.getMessage());
    }
  }

  /** The operands plus what --files-from names; standard input when there is neither. */
  private List<String> allInputs() {
    String filesFrom = value("--files-from");
    List<String> inputs = inputs();
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
    String encoding = value("--encoding");
    if (encoding == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(encoding));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage("--encoding: unknown charset '" + encoding + "'");
    }
  }

  /** The parsed value of an option, its default when not given, or null when it has neither. */
  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  private boolean on(String option) {
    return this.<Boolean>value(option);
  }

  /** The values of a repeatable option, in the order given. */
  private List<String> list(String option) {
    List<String> values = value(option);
    return values == null ? List.of() : values;
  }

  /** The INPUT operands, in the order given. */
  private List<String> inputs() {
    List<String> values = spec.positionalParameters().get(0).getValue();
    return values == null ? List.of() : values;
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
