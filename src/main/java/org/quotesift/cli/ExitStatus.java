package org.quotesift.cli;

/** The exit codes of quotesift, as documented in {@code --help}. */
public enum ExitStatus {
  /** Every input was processed (finding no quotes is still success). */
  OK(0, "all inputs processed"),
  /** A bug or an output that could not be written. */
  SOFTWARE(1, "internal error, or the output could not be written"),
  /** The command line was wrong. */
  USAGE(2, "usage error (unknown option, bad value)"),
  /** Some inputs could not be processed; the others were, and their output is complete. */
  PARTIAL(3, "some inputs failed (each named on standard error); the rest were processed"),
  /** Nothing was processed: no input was found, or every input failed. */
  NO_INPUT(4, "no input found, or every input failed");

  private final int code;
  private final String meaning;

  ExitStatus(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }

  /** What the code means, as shown in the help. */
  public String meaning() {
    return meaning;
  }
}
