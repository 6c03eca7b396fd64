package org.quotesift.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML page declares in its first kilobytes ({@code <meta charset>} or http-equiv). */
final class HtmlCharset {

  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\s[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})",
      Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES),
        StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As browsers do (WHATWG encoding standard): latin1 and ascii labels mean windows-1252, and a
    // page that says utf-16 in ASCII-compatible bytes cannot be utf-16.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")
        || name.equals("ascii")) {
      name = "windows-1252";
    } else if (name.startsWith("utf-16")) {
      name = "utf-8";
    }
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
