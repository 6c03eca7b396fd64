package org.quotesift.output;

import java.util.Objects;

/**
 * Some records already encoded in an output format (CSV rows, JSON Lines lines, or JSON objects
 * joined by the array's separators), ready to be appended to the output by a {@link RecordWriter}.
 *
 * <p>Workers encode the records of their own documents, so that the one thread that writes the
 * output in input order only copies bytes: rendering CSV on that thread was half of its time, and a
 * serial step every worker waits on caps how far {@code --jobs} scales. The bytes are not copied; do
 * not change the array after handing it over.
 *
 * @param bytes the encoded records, UTF-8; empty when there are none
 * @param count how many records the bytes hold
 */
public record EncodedRecords(byte[] bytes, int count) {

  /** No records. */
  public static final EncodedRecords NONE = new EncodedRecords(new byte[0], 0);

  /** Checks that the count is not negative and that no records means no bytes. */
  public EncodedRecords {
    Objects.requireNonNull(bytes, "bytes");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (count == 0 && bytes.length > 0) {
      throw new IllegalArgumentException("no records but " + bytes.length + " bytes");
    }
  }
}
