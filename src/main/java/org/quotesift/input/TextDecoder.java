package org.quotesift.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text or HTML file into a String, refusing what is not text.
 *
 * <p>Order of decisions: an explicit charset wins; then a byte-order mark (UTF-8, UTF-16 LE/BE, which
 * is stripped); then NUL bytes or a high share of control characters mean a binary file; then, for
 * HTML, the charset its {@code <meta>} declares; then strict UTF-8. Bytes that are not valid UTF-8 go
 * to a charset detector (juniversalchardet); what it cannot name is read as Windows-1252, the usual
 * legacy encoding of scraped English news (and, as in browsers, Windows-1252 stands in for a detected
 * ISO-8859-1). A file that holds valid multi-byte UTF-8 next to invalid bytes is corrupt, and guessing
 * would put wrong characters in the output, so it is refused with the byte position.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the whole file
   * @param forced the charset the user chose, or empty to detect
   * @throws InputException with a one-line reason when the bytes are empty, binary or undecodable
   */
  public static String decode(byte[] bytes, Optional<Charset> forced) throws InputException {
    return decode(bytes, forced, false);
  }

  /**
   * Decodes {@code bytes}, honouring an HTML {@code <meta charset>} when {@code html} is true.
   *
   * @throws InputException with a one-line reason when the bytes are empty, binary or undecodable
   */
  public static String decode(byte[] bytes, Optional<Charset> forced, boolean html)
      throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    if (forced.isPresent()) {
      return decodeStrict(bytes, 0, forced.get());
    }
    if (FileBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decodeStrict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (FileBytes.startsWith(bytes, 0xFF, 0xFE)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (FileBytes.startsWith(bytes, 0xFE, 0xFF)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    rejectBinary(bytes);
    if (html) {
      Optional<Charset> declared = HtmlCharset.declared(bytes);
      if (declared.isPresent()) {
        return new String(bytes, declared.get());
      }
    }
    String utf8 = decodeUtf8OrNull(bytes);
    if (utf8 != null) {
      return utf8;
    }
    int invalidAt = firstInvalidUtf8(bytes);
    if (hasMultiByteUtf8(bytes)) {
      throw new InputException("invalid UTF-8 at byte " + invalidAt
          + " in a file that also holds valid UTF-8 (mixed encodings?); use --encoding to force one");
    }
    return decodeStrict(bytes, 0, detectLegacy(bytes));
  }

  /** Strict UTF-8, or null when not valid UTF-8. */
  private static String decodeUtf8OrNull(byte[] bytes) {
    // String's own UTF-8 decoding (no intermediate char buffer and copy, Latin-1 storage for ASCII
    // straight away) is cheaper than a CharsetDecoder; it replaces malformed input by U+FFFD, so
    // only a result without U+FFFD proves the bytes valid. Text that has one goes to the strict
    // decoder, which tells a replaced byte from a U+FFFD that was in the file.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The legacy charset the detector names, Windows-1252 when it names none or a subset of it. */
  private static Charset detectLegacy(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null || name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("US-ASCII")
        || name.equalsIgnoreCase("UTF-8") || !Charset.isSupported(name)) {
      return WINDOWS_1252;
    }
    return Charset.forName(name);
  }

  /** Whether a file's first bytes look like text rather than binary data. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20) { // one comparison for the usual, printable byte
        if (b == 0) {
          return true;
        }
        if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
          control++;
        }
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static void rejectBinary(byte[] bytes) throws InputException {
    if (looksBinary(bytes)) {
      throw new InputException("binary file (not text)");
    }
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset charset)
      throws InputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new InputException("not valid " + charset.name() + " text");
    }
  }

  /** Index of the first byte that breaks UTF-8, or -1 when all of it is valid. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int len = utf8SequenceLength(b, i);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  private static boolean hasMultiByteUtf8(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0xFF) >= 0xC2 && utf8SequenceLength(b, i) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Length of the well-formed UTF-8 sequence starting at {@code i}, or -1 when there is none. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + len > b.length) {
      return -1;
    }
    int cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    boolean valid = cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    return valid ? len : -1;
  }
}
