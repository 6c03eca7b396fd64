package org.quotesift.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files a directory walk takes.
 *
 * <p>Globs use {@link java.nio.file.FileSystem#getPathMatcher} syntax and are matched against both
 * the file name and the path relative to the directory operand, so {@code *.html} and {@code
 * 2024/**}{@code /*.txt} both work. A file is taken when it matches an include glob (or there is
 * none) and no exclude glob. Files named directly on the command line are always taken.
 *
 * @param include globs a walked file must match (any of them); empty means all files
 * @param exclude globs that drop a walked file or directory
 * @param followLinks whether symbolic links to files and directories are followed
 */
public record WalkOptions(List<String> include, List<String> exclude, boolean followLinks) {

  /** Every file, links not followed. */
  public static final WalkOptions ALL = new WalkOptions(List.of(), List.of(), false);

  public WalkOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    for (String glob : include) {
      matcher(glob); // fail early on a malformed glob
    }
    for (String glob : exclude) {
      matcher(glob);
    }
  }

  static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /** The globs compiled once, for a walk. */
  Filter filter() {
    return new Filter(matchers(include), matchers(exclude));
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new java.util.ArrayList<>(globs.size());
    for (String g : globs) {
      out.add(matcher(g));
    }
    return List.copyOf(out);
  }

  /** Compiled include and exclude matchers. */
  record Filter(List<PathMatcher> include, List<PathMatcher> exclude) {

    boolean takesFile(Path relative) {
      return (include.isEmpty() || matchesAny(include, relative)) && !matchesAny(exclude, relative);
    }

    boolean takesDirectory(Path relative) {
      return !matchesAny(exclude, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
      Path name = relative.getFileName();
      for (PathMatcher m : matchers) {
        if (m.matches(relative) || (name != null && m.matches(name))) {
          return true;
        }
      }
      return false;
    }
  }
}
