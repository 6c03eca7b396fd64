package org.quotesift.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a file's bytes, decompressing gzip, with a hard size limit that also stops gzip bombs. */
final class FileBytes {

  private FileBytes() {}

  /** Whether the name says the file is gzip-compressed. */
  static boolean isGzip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** Opens the file, decompressing when its name ends in {@code .gz}. */
  static InputStream open(Path path) throws InputException {
    try {
      InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      return isGzip(path.toString()) ? new GZIPInputStream(raw, 1 << 16) : raw;
    } catch (NoSuchFileException e) {
      throw new InputException("no such file (it vanished during the run?)");
    } catch (AccessDeniedException e) {
      throw new InputException("permission denied");
    } catch (ZipException | EOFException e) {
      throw new InputException("not a valid gzip file");
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /** The whole (decompressed) content, refused when larger than {@code limit} bytes. */
  static byte[] read(Path path, long limit) throws InputException {
    try {
      if (!isGzip(path.toString()) && Files.size(path) > limit) {
        throw tooLarge(limit);
      }
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
    try (InputStream in = open(path)) {
      return readAll(in, limit);
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /** Reads a stream to its end, refusing more than {@code limit} bytes. */
  static byte[] readAll(InputStream in, long limit) throws InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
    } catch (ZipException e) {
      throw new InputException("corrupt gzip data");
    } catch (EOFException e) {
      throw new InputException("truncated file (unexpected end of compressed data)");
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
    return out.toByteArray();
  }

  static InputException tooLarge(long limit) {
    return new InputException("larger than the size limit of " + limit + " bytes (see --max-file-size)");
  }
}
