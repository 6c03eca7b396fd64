package org.quotesift.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A file written in full or not at all.
 *
 * <p>Bytes go to a temporary file in the target's own folder (so the final rename never crosses a
 * file system); {@link #commit()} forces them to disk and renames the temporary file onto the target
 * in one atomic step, so a reader sees either the old file or the complete new one, never a part.
 * {@link #close()} without a commit deletes the temporary file and leaves the target untouched. A
 * crash leaves at most a stale {@code .NAME.tmp-*} file, which {@link #deleteStale} removes.
 */
public final class AtomicFile implements AutoCloseable {

  private static final String TMP_MARK = ".tmp-";

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean committed;

  private AtomicFile(Path target) throws IOException {
    this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
    Path dir = this.target.getParent();
    Files.createDirectories(dir);
    this.temp = Files.createTempFile(dir,
        "." + this.target.getFileName() + TMP_MARK + ProcessHandle.current().pid() + "-", "");
    this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /** Starts writing a new version of {@code target}. */
  public static AtomicFile create(Path target) throws IOException {
    return new AtomicFile(target);
  }

  /** The stream to write the content to; do not close it. */
  public OutputStream stream() {
    return out;
  }

  /** Makes the written content the target's content. */
  public void commit() throws IOException {
    out.flush();
    channel.force(true);
    channel.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /**
   * Like {@link #commit()}, but when the target already holds exactly the written bytes it is left
   * alone (its modification time too) and the temporary file is discarded.
   *
   * @return whether the target was written
   */
  public boolean commitIfChanged() throws IOException {
    out.flush();
    if (Files.isRegularFile(target) && Files.size(target) == channel.size()
        && Files.mismatch(target, temp) == -1) {
      close();
      return false;
    }
    commit();
    return true;
  }

  /** Discards the temporary file unless committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static boolean writerIsAlive(Path temp) {
    String name = temp.getFileName().toString();
    String rest = name.substring(name.lastIndexOf(TMP_MARK) + TMP_MARK.length());
    int dash = rest.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
          .orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether {@code file} is a temporary file this class left behind (after a crash). */
  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.contains(TMP_MARK);
  }

  /**
   * Deletes the temporary files that crashed runs left in {@code dir} (and below it, for {@code
   * recursive}). A temporary file names the process that wrote it; those of processes still alive (a
   * concurrent run) are left alone. Returns how many were deleted.
   */
  public static int deleteStale(Path dir, boolean recursive) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int deleted = 0;
    try (var files = recursive ? Files.walk(dir) : Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p) && isTemporary(p) && !writerIsAlive(p)) {
          Files.deleteIfExists(p);
          deleted++;
        }
      }
    }
    return deleted;
  }
}
