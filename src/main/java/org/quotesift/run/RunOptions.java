package org.quotesift.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotesift.input.InputOptions;
import org.quotesift.input.WalkOptions;
import org.quotesift.output.OutputFormat;

/**
 * Everything a run needs to know, built once from the command line.
 *
 * @param command what to produce
 * @param inputs the operands as written ({@code -} for standard input)
 * @param walk which files directory walks take
 * @param input how inputs are read
 * @param format the output format
 * @param output the output file, or empty; exclusive with {@code outputDir}
 * @param outputDir the folder that gets one output file per input, mirroring the input tree, or empty
 * @param rerun which inputs an output folder run skips
 * @param jobs worker threads
 * @param timeout the longest one document may take before it is reported and abandoned
 * @param explain whether records carry the reasons for each decision
 * @param verbose whether failures print stack traces
 * @param summary whether to print a one-line summary on standard error at the end
 * @param progress whether to show a progress bar on standard error
 * @param report a file to write the run's summary and failures to as JSON, or empty
 * @param learnTemplates whether a pre-pass over the inputs learns the lines that recur across many
 *     documents (a site's menus and footers) so that cleaning drops them
 * @param minConfidence quotes below this confidence are left out of {@code extract}'s output (0
 *     keeps all, including unattributed scare quotes and titles)
 * @param pairedSingles whether {@code extract} reads two straight single marks ('') as a double
 *     quote mark, as in archive text typed without one
 */
public record RunOptions(
    Command command,
    List<String> inputs,
    WalkOptions walk,
    InputOptions input,
    OutputFormat format,
    Optional<Path> output,
    Optional<Path> outputDir,
    Rerun rerun,
    int jobs,
    Duration timeout,
    boolean explain,
    boolean verbose,
    boolean summary,
    boolean progress,
    Optional<Path> report,
    boolean learnTemplates,
    double minConfidence,
    boolean pairedSingles) {

  /** The two things quotesift makes. */
  public enum Command {
    /** Attributed quotes, one record per quote. */
    EXTRACT,
    /** Clean article text and metadata, one record per document. */
    CLEAN
  }

  /** Which inputs a run into an output folder processes again. */
  public enum Rerun {
    /** New inputs, changed inputs (by size, time and content hash), and inputs that failed. */
    CHANGED,
    /** Only inputs whose output is missing or older than the input. */
    MISSING_OR_OLDER,
    /** Every input. */
    ALL
  }

  public RunOptions {
    Objects.requireNonNull(command, "command");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(walk, "walk");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(rerun, "rerun");
    Objects.requireNonNull(report, "report");
    if (output.isPresent() && outputDir.isPresent()) {
      throw new IllegalArgumentException("an output file and an output folder exclude each other");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
    }
    if (learnTemplates && inputs.contains("-")) {
      throw new IllegalArgumentException("standard input cannot be read twice to learn templates");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** The file name extension of the output format ({@code csv}, {@code json}, {@code jsonl}). */
  public String extension() {
    return format.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * What an output folder's manifest remembers of the settings: outputs made with other settings are
   * made again.
   */
  String settingsKey(String toolVersion) {
    return String.join("|", toolVersion, command.name(), format.name(), Boolean.toString(explain),
        Boolean.toString(learnTemplates), Double.toString(minConfidence), Boolean.toString(pairedSingles),
        input.format().name(), input.idField(), input.textField(), input.htmlField(),
        input.urlField(), input.encoding().map(Object::toString).orElse(""));
  }
}
