package org.quotesift.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Opens and reads input files, decompressing gzip, bzip2, xz and zstd by their magic bytes, with a
 * hard limit on the decompressed size that also stops decompression bombs.
 */
final class FileBytes {

  private static final String[] COMPRESSED_SUFFIXES = {".gz", ".bz2", ".xz", ".zst"};

  private FileBytes() {}

  /** The name without a compression suffix ({@code a.html.gz} → {@code a.html}). */
  static String withoutCompressionSuffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSED_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Opens the file, decompressing it when its first bytes say it is compressed. */
  static InputStream open(Path path) throws InputException {
    return decompressed(new BufferedInputStream(openRaw(path), 1 << 16));
  }

  /** Opens the file as it is on disk, unbuffered. */
  private static InputStream openRaw(Path path) throws InputException {
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file (did it vanish during the run?)");
    } catch (AccessDeniedException e) {
      throw new InputException("permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /**
   * Wraps {@code in} in a decompressor when its magic bytes name a supported compression. The four
   * signatures are checked here first, so that plain files never load commons-compress's detector
   * (which initialises every compressor it knows: start-up time of one-file runs).
   */
  static InputStream decompressed(BufferedInputStream in) throws InputException {
    String kind;
    try {
      kind = compressionOf(in);
    } catch (IOException e) {
      throw new InputException("cannot read: " + rootMessage(e));
    }
    if (kind == null) {
      return in;
    }
    try {
      return new BufferedInputStream(
          new CompressorStreamFactory(true).createCompressorInputStream(kind, in), 1 << 16);
    } catch (CompressorException e) {
      throw new InputException("corrupt " + kind + " data: " + rootMessage(e));
    }
  }

  /** The commons-compress name of the compression whose signature starts {@code in}, or null. */
  private static String compressionOf(BufferedInputStream in) throws IOException {
    in.mark(6);
    byte[] head = in.readNBytes(6);
    in.reset();
    return compressionOf(head);
  }

  /** The commons-compress name of the compression whose signature starts {@code head}, or null. */
  private static String compressionOf(byte[] head) {
    if (startsWith(head, 0x1F, 0x8B, 0x08)) {
      return CompressorStreamFactory.GZIP;
    }
    if (startsWith(head, 'B', 'Z', 'h') && head.length > 3 && head[3] >= '1' && head[3] <= '9') {
      return CompressorStreamFactory.BZIP2;
    }
    if (startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return CompressorStreamFactory.XZ;
    }
    if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
      return CompressorStreamFactory.ZSTANDARD;
    }
    return null;
  }

  /** Whether {@code bytes} begin with {@code signature} (byte values 0-255). */
  static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The whole (decompressed) content, refused when larger than {@code limit} bytes. {@code size} is
   * the file's {@link #size} as just taken by the caller (one system call per file, not two); a
   * file that grew or shrank since is still read whole.
   */
  static byte[] read(Path path, long limit, long size) throws InputException {
    if (size > limit) {
      throw tooLarge(limit);
    }
    // The file is read unbuffered into one array of its size, and its first bytes are checked for
    // a compression signature there: a buffered stream and a read buffer of 64 KB each, allocated
    // and zeroed for every file of a few KB, were a large part of the cost of reading a folder.
    try (InputStream in = openRaw(path)) {
      byte[] bytes = readExactly(in, (int) size);
      if (compressionOf(bytes) == null) {
        return withGrowth(bytes, in, limit);
      }
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(bytes), in);
      return readAll(decompressed(new BufferedInputStream(whole, 1 << 16)), limit);
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /** The size of the file at {@code path}, with the reasons {@link #read} gives when it fails. */
  static long size(Path path) throws InputException {
    try {
      return Files.size(path);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file (did it vanish during the run?)");
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /** Up to {@code size} bytes: fewer when the file shrank since its size was taken. */
  private static byte[] readExactly(InputStream in, int size) throws InputException {
    byte[] bytes = new byte[size];
    int n;
    try {
      n = in.readNBytes(bytes, 0, size);
    } catch (IOException e) {
      throw new InputException("cannot read: " + rootMessage(e));
    }
    return n == size ? bytes : java.util.Arrays.copyOf(bytes, n);
  }

  /** {@code bytes} and whatever follows them when the file grew as it was read (rare). */
  private static byte[] withGrowth(byte[] bytes, InputStream in, long limit) throws InputException {
    int next;
    try {
      next = in.read(); // one byte, not a 64 KB buffer, to find the usual end of the file
    } catch (IOException e) {
      throw new InputException("cannot read: " + rootMessage(e));
    }
    if (next < 0) {
      return bytes;
    }
    if (limit - bytes.length < 1) {
      throw tooLarge(limit);
    }
    byte[] grown = readAll(in, limit - bytes.length - 1);
    byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + 1 + grown.length);
    all[bytes.length] = (byte) next;
    System.arraycopy(grown, 0, all, bytes.length + 1, grown.length);
    return all;
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
    } catch (EOFException e) {
      throw new InputException("truncated file (unexpected end of compressed data)");
    } catch (IOException e) {
      throw new InputException("cannot read: " + rootMessage(e));
    }
    return out.toByteArray();
  }

  static InputException tooLarge(long limit) {
    return new InputException(
        "larger than the size limit of " + limit + " bytes (see --max-file-size)");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
