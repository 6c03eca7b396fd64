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
    try {
      return decompressed(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
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

  /** The whole (decompressed) content, refused when larger than {@code limit} bytes. */
  static byte[] read(Path path, long limit) throws InputException {
    long size;
    try {
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file (did it vanish during the run?)");
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
    if (size > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = open(path)) {
      if (in instanceof BufferedInputStream plain && !isCompressed(path)) {
        return readExactly(plain, size, limit); // one array of the right size, no copies
      }
      return readAll(in, limit);
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  private static boolean isCompressed(Path path) {
    String name = path.getFileName().toString();
    return !withoutCompressionSuffix(name).equals(name);
  }

  private static byte[] readExactly(InputStream in, long size, long limit) throws InputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) size);
    } catch (IOException e) {
      throw new InputException("cannot read: " + rootMessage(e));
    }
    byte[] grown = readAll(in, limit - bytes.length); // empty unless the file grew as we read it
    if (grown.length == 0) {
      return bytes;
    }
    byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + grown.length);
    System.arraycopy(grown, 0, all, bytes.length, grown.length);
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
