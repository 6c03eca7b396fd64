package org.quotesift.input;

import java.util.Locale;

/** How to read an input: decided by the user or guessed from the file. */
public enum InputFormat {
  /** By file extension, then by sniffing the first bytes. */
  AUTO,
  /** A plain-text dump: the whole file is one document. */
  TEXT,
  /** An HTML page: the whole file is one document. */
  HTML,
  /** JSON Lines: every non-blank line is a record holding one document. */
  JSONL;

  /** The format a file name suggests, or {@code AUTO} when its extension says nothing. */
  public static InputFormat fromFileName(String name) {
    String lower = stripCompression(name.toLowerCase(Locale.ROOT));
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSONL;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return TEXT;
    }
    return AUTO;
  }

  private static String stripCompression(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
