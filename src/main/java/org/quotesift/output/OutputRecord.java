package org.quotesift.output;

import java.util.List;

/** A record that can be written as a CSV row as well as a JSON object. */
public interface OutputRecord {

  /** The CSV header; {@code explain} adds the explanation column. */
  List<String> columns(boolean explain);

  /** The CSV cells in column order; an empty string stands for null. */
  List<String> values(boolean explain);
}
