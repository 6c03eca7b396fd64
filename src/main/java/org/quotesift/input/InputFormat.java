package org.quotesift.input;

import java.util.Locale;

/** How to read an input: decided by the user or guessed from the file. */
public enum InputFormat {
  /** By file extension (ignoring a compression suffix), then by sniffing the first bytes. */
  AUTO,
  /** A plain-text dump: the whole file is one document. */
  TEXT,
  /** An HTML page: the whole file is one document. */
  HTML,
  /** JSON Lines: every non-blank line is a record holding one document. */
  JSONL,
  /** A WARC web archive (plain or gzip): every HTML response record is one document. */
  WARC;

  /** The format a file name suggests, or {@code AUTO} when its extension says nothing. */
  public static InputFormat fromFileName(String name) {
    String lower = FileBytes.withoutCompressionSuffix(name).toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return JSONL; // a .json file of one record per line; a pretty-printed one is one clear error
    }
    if (lower.endsWith(".warc") || lower.endsWith(".arc")) {
      return WARC;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return TEXT;
    }
    return AUTO;
  }
}
