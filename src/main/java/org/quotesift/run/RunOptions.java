package org.quotesift.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quotesift.input.InputOptions;
import org.quotesift.output.OutputFormat;

/**
 * Everything a run needs to know, built once from the command line.
 *
 * @param command what to produce
 * @param inputs the operands as written ({@code -} for standard input); empty means standard input
 * @param input how inputs are read
 * @param format the output format
 * @param output the output file, or empty for standard output
 * @param jobs worker threads
 * @param explain whether records carry the reasons for each decision
 * @param verbose whether failures print stack traces
 * @param summary whether to print a one-line summary on standard error at the end
 */
public record RunOptions(
    Command command,
    List<String> inputs,
    InputOptions input,
    OutputFormat format,
    Optional<Path> output,
    int jobs,
    boolean explain,
    boolean verbose,
    boolean summary) {

  /** The two things quotesift makes. */
  public enum Command {
    /** Attributed quotes, one record per quote. */
    EXTRACT,
    /** Clean article text and metadata, one record per document. */
    CLEAN
  }

  public RunOptions {
    Objects.requireNonNull(command, "command");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
  }
}
