package org.quotesift.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotesift.input.Source;
import org.quotesift.output.AtomicFile;
import org.quotesift.output.EncodedRecords;
import org.quotesift.output.OutputRecord;
import org.quotesift.output.RecordWriter;

/**
 * An output folder that gets one output file per input, mirroring the input tree: {@code
 * IN/2024/a.html.gz} walked from {@code IN} becomes {@code OUT/2024/a.html.jsonl} (a compression
 * suffix is dropped, the format's extension added).
 *
 * <p>Each output file is written atomically and only when its bytes change, so readers never see a
 * half file and unchanged outputs keep their modification time. An input that fails as a whole
 * leaves its previous output alone. Every finished input is recorded in the folder's {@link
 * Manifest}, which decides what a rerun skips.
 */
final class OutputTree implements Batch.Sink, Batch.Skipper, AutoCloseable {

  private static final String[] COMPRESSION_SUFFIXES = {".gz", ".bz2", ".xz", ".zst"};

  private final RunOptions options;
  private final Path root;
  private final List<String> header;
  private final Manifest manifest;
  private final String settings;
  private final Map<Path, String> claimed = new HashMap<>();
  private final Map<String, FileState> statesBeforeRead = new HashMap<>();
  private AtomicFile file;
  private RecordWriter<OutputRecord> writer;
  private Path target;

  OutputTree(RunOptions options, Path root, List<String> header) throws IOException {
    this.options = options;
    this.root = root;
    this.header = header;
    Files.createDirectories(root);
    AtomicFile.deleteStale(root, true);
    this.manifest = Manifest.load(root);
    this.settings = options.settingsKey(ToolVersion.get());
  }

  /** The output file for a source. */
  Path targetOf(Source source) {
    String name = source.relative().getFileName().toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    Path parent = source.relative().getParent();
    Path relative = parent == null ? Path.of(name + "." + options.extension())
        : parent.resolve(name + "." + options.extension());
    return root.resolve(relative);
  }

  @Override
  public Batch.Decision check(Source source) {
    Path out = targetOf(source);
    String previous = claimed.putIfAbsent(out, source.name());
    if (previous != null) {
      return Batch.Decision.refuse(
          "its output " + out + " is already " + previous + "'s; rename one of them");
    }
    if (skip(source, out)) {
      return SKIP;
    }
    if (!source.isStdin()) {
      // size and time as they were before the input is read, so a change made while it is being
      // processed shows up as a change at the next run
      statesBeforeRead.put(source.name(), FileState.ofOrNull(source.path()));
    }
    return PROCESS;
  }

  private boolean skip(Source source, Path out) {
    if (source.isStdin() || options.rerun() == RunOptions.Rerun.ALL) {
      return false;
    }
    try {
      if (options.rerun() == RunOptions.Rerun.MISSING_OR_OLDER) {
        return Files.isRegularFile(out)
            && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(source.path())) >= 0;
      }
      return unchangedSinceLastRun(source, out);
    } catch (IOException e) {
      return false; // let the reader report what is wrong with the input
    }
  }

  private boolean unchangedSinceLastRun(Source source, Path out) throws IOException {
    Manifest.Entry last = manifest.get(source.name());
    if (last == null || last.status().equals("failed") || !settings.equals(last.settings())
        || !Files.isRegularFile(out)) {
      return false;
    }
    FileState now = FileState.of(source.path());
    if (now.size() == last.size() && now.mtime() == last.mtime()) {
      return true;
    }
    if (now.size() == last.size() && Manifest.sha256(source.path()).equals(last.sha256())) {
      // touched but not changed: remember the new time so the next run need not hash it again
      manifest.record(new Manifest.Entry(last.input(), now.size(), now.mtime(), last.sha256(),
          last.status(), last.reason(), last.output(), last.version(), last.settings()));
      return true;
    }
    return false;
  }

  @Override
  public void begin(Source source) throws IOException {
    target = targetOf(source);
    file = AtomicFile.create(target);
    writer = RecordWriter.create(options.format(), file.stream(), header, options.explain());
  }

  @Override
  public void write(EncodedRecords records) throws IOException {
    writer.writeEncoded(records);
  }

  @Override
  public void end(Source source, Batch.SourceResult result) throws IOException {
    writer.close();
    String status = result.status();
    if (status.equals("failed")) {
      file.close(); // keep what an earlier run made
    } else {
      file.commitIfChanged();
    }
    file = null;
    FileState inputBefore = statesBeforeRead.remove(source.name());
    if (inputBefore != null) {
      String hash = Manifest.sha256(source.path());
      manifest.record(new Manifest.Entry(source.name(), inputBefore.size(), inputBefore.mtime(), hash,
          status, result.error(), root.relativize(target).toString(), ToolVersion.get(), settings));
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
    manifest.close();
  }

  /** Size and modification time of a file. */
  private record FileState(long size, long mtime) {
    static FileState of(Path p) throws IOException {
      FileTime t = Files.getLastModifiedTime(p);
      return new FileState(Files.size(p), t.toMillis());
    }

    static FileState ofOrNull(Path p) {
      try {
        return of(p);
      } catch (IOException e) {
        return null;
      }
    }
  }
}
