package org.quotesift.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams records to an output stream in one of the {@link OutputFormat}s.
 *
 * <p>Records are written as they come, either one at a time or already encoded by a {@link
 * RecordEncoder} of the same format and explain setting (as the workers of a run encode theirs);
 * nothing is buffered beyond the stream's own buffer, so output of any size needs constant memory.
 * {@link #close()} finishes the format (the closing bracket of a JSON array; the CSV header is
 * written when the writer is made, so an empty result still has it) and flushes, but does not close
 * the underlying stream, which belongs to the caller. IO errors surface as {@link IOException}: a
 * caller writing to a pipe treats them as the reader having gone away.
 *
 * @param <T> the record type
 */
public final class RecordWriter<T extends OutputRecord> implements Closeable {
  private static final byte[] ARRAY_OPEN = "[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_NEXT = ",\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_FIRST = "\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_CLOSE = "\n]\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_ARRAY_CLOSE = "]\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final RecordEncoder<T> encoder;
  private final boolean array;
  private long written;

  private RecordWriter(OutputStream out, RecordEncoder<T> encoder, boolean array) {
    this.out = out;
    this.encoder = encoder;
    this.array = array;
  }

  /**
   * A writer for {@code format}; writes the CSV header or the JSON array's opening bracket.
   *
   * @param format the output format
   * @param out where to write; not closed by the writer
   * @param columns the CSV header, written even when no record comes
   * @param explain whether records carry their explanation field
   */
  public static <T extends OutputRecord> RecordWriter<T> create(
      OutputFormat format, OutputStream out, List<String> columns, boolean explain)
      throws IOException {
    RecordWriter<T> writer = new RecordWriter<>(out, RecordEncoder.of(format, explain),
        format == OutputFormat.JSON);
    if (format == OutputFormat.CSV) {
      out.write(RecordEncoder.csvRow(columns));
    } else if (writer.array) {
      out.write(ARRAY_OPEN);
    }
    return writer;
  }

  /** Writes one record. */
  public void write(T record) throws IOException {
    writeEncoded(encoder.encode(List.of(record)));
  }

  /**
   * Writes records encoded by a {@link RecordEncoder} of this writer's format and explain setting.
   */
  public void writeEncoded(EncodedRecords records) throws IOException {
    if (records.count() == 0) {
      return;
    }
    if (array) {
      out.write(written == 0 ? ARRAY_FIRST : ARRAY_NEXT);
    }
    out.write(records.bytes());
    written += records.count();
  }

  /** Flushes what has been written so far to the underlying stream. */
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (array) {
      out.write(written == 0 ? EMPTY_ARRAY_CLOSE : ARRAY_CLOSE);
    }
    out.flush();
  }
}
