package org.quotesift.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Expands command-line operands into sources, lazily and in a stable order.
 *
 * <p>An operand is {@code -} (standard input), a file, or a directory, which is walked recursively:
 * the entries of each directory in sorted order, files and sub-directories interleaved as they sort,
 * so that output order never depends on the file system. Hidden entries (names starting with {@code
 * .}) are skipped; symbolic links are skipped unless {@link WalkOptions#followLinks()} (then a link
 * back into a directory already being walked is not followed again). Memory holds one listing per
 * directory level, never the whole tree. Problems (a missing operand, an unreadable directory, a
 * directory operand with no files) go to the error callback as {@code (name, reason)} and the walk
 * goes on.
 */
public final class SourceFinder implements Iterator<Source> {

  private final Iterator<String> operands;
  private final BiConsumer<String, String> onError;
  private final WalkOptions.Filter filter;
  private final LinkOption[] linkOptions;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private final Set<Path> walkedDirectories = new HashSet<>();
  private Path currentRoot;
  private String currentRootName;
  private int filesUnderCurrentRoot;
  private Source next;

  /** A finder that takes every file and does not follow links. */
  public SourceFinder(List<String> operands, BiConsumer<String, String> onError) {
    this(operands, WalkOptions.ALL, onError);
  }

  /**
   * @param operands the inputs as the user wrote them
   * @param walk which files a directory walk takes
   * @param onError called with an input's name and a one-line reason for each input that cannot be
   *     walked
   */
  public SourceFinder(List<String> operands, WalkOptions walk, BiConsumer<String, String> onError) {
    this.operands = List.copyOf(operands).iterator();
    this.onError = onError;
    this.filter = walk.filter();
    this.linkOptions = walk.followLinks() ? new LinkOption[0]
        : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Source next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Source s = next;
    next = null;
    return s;
  }

  private Source advance() {
    while (true) {
      Source fromWalk = nextFromWalk();
      if (fromWalk != null) {
        return fromWalk;
      }
      finishRoot();
      if (!operands.hasNext()) {
        return null;
      }
      Source direct = startOperand(operands.next());
      if (direct != null) {
        return direct;
      }
    }
  }

  private Source startOperand(String operand) {
    if (operand.equals(Source.STDIN_NAME)) {
      return Source.stdin();
    }
    Path path = Path.of(operand);
    if (Files.isDirectory(path)) {
      currentRoot = path;
      currentRootName = operand;
      filesUnderCurrentRoot = 0;
      walkedDirectories.clear();
      pushListing(path);
      return null;
    }
    if (Files.exists(path)) {
      return new Source(operand, path, path.getFileName() == null ? Path.of("input") : path.getFileName());
    }
    onError.accept(operand, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
        ? "broken symbolic link" : "no such file or directory");
    return null;
  }

  private Source nextFromWalk() {
    while (!stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path entry = top.next();
      Path relative = currentRoot.relativize(entry);
      BasicFileAttributes attributes = attributesOf(entry);
      if (attributes == null) {
        continue; // vanished, or a broken link: neither a directory nor a file, as before
      }
      if (attributes.isDirectory()) {
        if (filter.takesDirectory(relative)) {
          pushListing(entry);
        }
      } else if (attributes.isRegularFile() && filter.takesFile(relative)) {
        filesUnderCurrentRoot++;
        return Source.walked(currentRoot, entry);
      }
    }
    return null;
  }

  /** The entry's type in one system call (not one for "directory?" and one for "file?"), or null. */
  private BasicFileAttributes attributesOf(Path entry) {
    try {
      return Files.readAttributes(entry, BasicFileAttributes.class, linkOptions);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private void finishRoot() {
    if (currentRoot != null && filesUnderCurrentRoot == 0) {
      onError.accept(currentRootName, "directory holds no input files");
    }
    currentRoot = null;
  }

  private void pushListing(Path dir) {
    if (!walkedDirectories.add(realPath(dir))) {
      return; // a followed link led back into a directory already walked
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
      for (Path p : listing) {
        if (!p.getFileName().toString().startsWith(".")) {
          entries.add(p);
        }
      }
    } catch (IOException | SecurityException e) {
      onError.accept(dir.toString(), "cannot list directory: " + reason(e));
      return;
    }
    entries.sort(null);
    stack.push(entries.iterator());
  }

  private static Path realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  /** A short reason for an IO exception, such as {@code access denied (/x)}. */
  static String reason(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
        + (m == null ? "" : " (" + m + ")");
  }
}
