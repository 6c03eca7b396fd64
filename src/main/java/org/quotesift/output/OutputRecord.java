package org.quotesift.output;

import java.util.List;

/**
 * A record that can be written as a CSV row as well as a JSON object. Each record type gives its
 * CSV header as a static {@code header(boolean explain)}, needed before the first record.
 */
public interface OutputRecord {

  /** The CSV cells in column order; an empty string stands for null. */
  List<String> values(boolean explain);
}
