package org.quotesift.output;

/** The shape of the output. */
public enum OutputFormat {
  /** RFC 4180 CSV with a header row, UTF-8, empty cell for null. */
  CSV,
  /** One JSON array of objects. */
  JSON,
  /** JSON Lines: one JSON object per line. */
  JSONL
}
