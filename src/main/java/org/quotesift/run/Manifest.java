package org.quotesift.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.quotesift.output.AtomicFile;

/**
 * What an output folder holds: for each input, its size, modification time, content hash, the status
 * of its last run, the output made from it, and the tool version and settings that made it.
 *
 * <p>Stored as JSON Lines in {@code .quotesift-manifest.jsonl} inside the output folder. During a run
 * every finished input is appended at once (a kill loses at most the line being written, which the
 * next load ignores); at the end the file is rewritten compactly, atomically. The manifest lets a
 * rerun skip inputs that are unchanged and were processed with the same settings, and retry those
 * that failed. Memory: one small entry per input ever recorded in the folder.
 */
final class Manifest implements AutoCloseable {

  static final String FILE_NAME = ".quotesift-manifest.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One input's line.
   *
   * @param input the input's name as given and walked
   * @param size its size in bytes
   * @param mtime its modification time, milliseconds since the epoch
   * @param sha256 the hash of its bytes
   * @param status ok, partial or failed
   * @param reason why it failed or was partial, or null
   * @param output the output file, relative to the folder, or null
   * @param version the tool version that processed it
   * @param settings the settings it was processed with
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(
      @JsonProperty("input") String input,
      @JsonProperty("size") long size,
      @JsonProperty("mtime") long mtime,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("status") String status,
      @JsonProperty("reason") String reason,
      @JsonProperty("output") String output,
      @JsonProperty("version") String version,
      @JsonProperty("settings") String settings) {

    Entry {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(status, "status");
    }
  }

  private final Path file;
  private final Map<String, Entry> entries;
  private OutputStream journal;

  private Manifest(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** Loads the manifest of {@code outputDir}, empty when there is none. */
  static Manifest load(Path outputDir) throws IOException {
    Path file = outputDir.resolve(FILE_NAME);
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        try {
          Entry e = JSON.readValue(line, Entry.class);
          entries.put(e.input(), e);
        } catch (IOException | RuntimeException malformed) {
          // a line cut short by a kill: the input will simply be processed again
        }
      }
    } catch (NoSuchFileException e) {
      // a new output folder
    }
    return new Manifest(file, entries);
  }

  /** The entry of {@code input}, or null. */
  Entry get(String input) {
    return entries.get(input);
  }

  /** Records an input's outcome, durably enough to survive a kill of this process. */
  void record(Entry entry) throws IOException {
    entries.put(entry.input(), entry);
    if (journal == null) {
      Files.createDirectories(file.getParent());
      journal = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    journal.write(JSON.writeValueAsBytes(entry));
    journal.write('\n');
    journal.flush();
  }

  /** Rewrites the manifest with one line per input, atomically. */
  @Override
  public void close() throws IOException {
    if (journal == null) {
      return;
    }
    journal.close();
    journal = null;
    try (AtomicFile compact = AtomicFile.create(file)) {
      for (Entry e : entries.values()) {
        compact.stream().write(JSON.writeValueAsBytes(e));
        compact.stream().write('\n');
      }
      compact.commit();
    }
  }

  /** The SHA-256 of a file's bytes, in hex. */
  static String sha256(Path path) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
