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
 * @param relative where the file sits below the directory operand it was found in (just its file
 *     name when it was named directly; {@code stdin} for standard input): the path an output tree
 *     mirrors
 */
public record Source(String name, Path path, Path relative) {

  /** The name used for standard input. */
  public static final String STDIN_NAME = "-";

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relative, "relative");
    if (relative.isAbsolute() || relative.getNameCount() == 0
        || relative.normalize().startsWith("..")) {
      throw new IllegalArgumentException("relative path must stay below its root: " + relative);
    }
  }

  /** Standard input. */
  public static Source stdin() {
    return new Source(STDIN_NAME, null, Path.of("stdin"));
  }

  /** A file named directly, by its path as written. */
  public static Source file(Path path) {
    return new Source(path.toString(), path, path.getFileName());
  }

  /** A file found below {@code root} by a walk. */
  public static Source walked(Path root, Path path) {
    return new Source(path.toString(), path, root.relativize(path));
  }

  /** The file, or empty for standard input. */
  public Optional<Path> file() {
    return Optional.ofNullable(path);
  }

  public boolean isStdin() {
    return path == null;
  }
}
