package org.quotesift.input;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A place documents are read from: a file found on the command line or in a walked directory, or
 * standard input.
 *
 * @param name how the source is named in output and diagnostics: the path as given (joined with the
 *     walked relative path for files found in a directory), or {@code -} for standard input
 * @param path the file, or {@code null} for standard input
 */
public record Source(String name, Path path) {

  /** The name used for standard input. */
  public static final String STDIN_NAME = "-";

  public Source {
    Objects.requireNonNull(name, "name");
  }

  /** Standard input. */
  public static Source stdin() {
    return new Source(STDIN_NAME, null);
  }

  /** A file, named by its path as written. */
  public static Source file(Path path) {
    return new Source(path.toString(), path);
  }

  /** The file, or empty for standard input. */
  public Optional<Path> file() {
    return Optional.ofNullable(path);
  }

  public boolean isStdin() {
    return path == null;
  }
}
