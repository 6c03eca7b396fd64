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
 * 2024/**}{@code /*.txt} both work. A file is taken when it matches an include glob and no exclude
 * glob. With no include glob, every file is taken but those that document a collection rather than
 * belong to it: README, LICENSE (or LICENCE), COPYING, CHANGELOG and PROVENANCE, in any case and
 * with any extension (a downloaded dataset ships them beside its articles, and their text is no
 * news); an include glob that matches one takes it. Files named directly on the command line are
 * always taken.
 *
 * @param include globs a walked file must match (any of them); empty means all files but a
 *     collection's own documents (README, LICENSE, …)
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

  private static final java.util.Set<String> COLLECTION_DOCUMENTS =
      java.util.Set.of("readme", "license", "licence", "copying", "changelog", "provenance");

  /** Compiled include and exclude matchers. */
  record Filter(List<PathMatcher> include, List<PathMatcher> exclude) {

    boolean takesFile(Path relative) {
      boolean included = include.isEmpty() ? !documentsTheCollection(relative)
          : matchesAny(include, relative);
      return included && !matchesAny(exclude, relative);
    }

    /** README.txt, LICENSE, COPYING.md, PROVENANCE.md: the name before its first dot. */
    private static boolean documentsTheCollection(Path relative) {
      Path name = relative.getFileName();
      if (name == null) {
        return false;
      }
      String file = name.toString();
      int dot = file.indexOf('.');
      String base = (dot < 0 ? file : file.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
      return COLLECTION_DOCUMENTS.contains(base);
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
