package org.quotesift.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams records to an output stream in one of the {@link OutputFormat}s.
 *
 * <p>Records are written as they come; nothing is buffered beyond the stream's own buffer, so output
 * of any size needs constant memory. {@link #close()} finishes the format (the closing bracket of a
 * JSON array, the CSV header of an empty result) and flushes, but does not close the underlying
 * stream, which belongs to the caller. IO errors surface as {@link IOException}: a caller writing to a
 * pipe treats them as the reader having gone away.
 *
 * @param <T> the record type
 */
public abstract class RecordWriter<T extends OutputRecord> implements Closeable {

  /** Writes one record. */
  public abstract void write(T record) throws IOException;

  /** Flushes what has been written so far to the underlying stream. */
  public abstract void flush() throws IOException;

  /**
   * A writer for {@code format}.
   *
   * @param format the output format
   * @param out where to write; not closed by the writer
   * @param columns the CSV header, written even when no record comes
   * @param explain whether records carry their explanation field
   */
  public static <T extends OutputRecord> RecordWriter<T> create(
      OutputFormat format, OutputStream out, List<String> columns, boolean explain)
      throws IOException {
    return switch (format) {
      case CSV -> new Csv<>(out, columns, explain);
      case JSON -> new Json<>(out, true);
      case JSONL -> new Json<>(out, false);
    };
  }

  private static final class Csv<T extends OutputRecord> extends RecordWriter<T> {
    private final Writer writer;
    private final ICSVWriter csv;
    private final boolean explain;

    Csv(OutputStream out, List<String> columns, boolean explain) throws IOException {
      this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      // RFC 4180: CRLF record ends, fields quoted only when they need it (like xsv and csvkit).
      this.csv = new Rfc4180Writer(writer);
      this.explain = explain;
      csv.writeNext(columns.toArray(new String[0]), false); // no method reference: start-up
      check();
    }

    @Override
    public void write(T record) throws IOException {
      csv.writeNext(record.values(explain).toArray(new String[0]), false);
      check();
    }

    /**
     * Throws the error of a failed write, if any. Not {@code csv.checkError()}: that flushes the
     * stream, which made one write system call per record (192,000 of them on a 100 MB run).
     * Errors the buffers hold back surface at {@link #flush()}, once per document.
     */
    private void check() throws IOException {
      IOException e = csv.getException();
      if (e != null) {
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      csv.flush();
    }

    @Override
    public void close() throws IOException {
      csv.flush();
      writer.flush();
      check();
    }
  }

  /**
   * OpenCSV's writer for RFC 4180 (comma, double quote as its own escape, CRLF), with its two
   * per-character steps done a run at a time: finding whether a field needs quoting (four char
   * scans instead of three plus two substring searches) and doubling the quotes inside a quoted
   * field (whole runs appended instead of one call per character). The output is the same byte
   * for byte ({@code RecordWriterTest}); on a 100 MB run these two steps were about a third of
   * the main thread's time.
   */
  static final class Rfc4180Writer extends CSVWriter {
    Rfc4180Writer(Writer writer) {
      super(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
          ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.RFC4180_LINE_END);
    }

    @Override
    protected boolean stringContainsSpecialCharacters(String field) {
      return field.indexOf('"') >= 0 || field.indexOf(',') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0;
    }

    @Override
    protected void processLine(String field, Appendable out) throws IOException {
      int from = 0;
      for (int q = field.indexOf('"'); q >= 0; q = field.indexOf('"', q + 1)) {
        out.append(field, from, q + 1).append('"'); // a quote inside a quoted field is doubled
        from = q + 1;
      }
      out.append(field, from, field.length());
    }
  }

  /**
   * JSON and JSON Lines. Each record is serialised on its own and written whole, so a reader of a
   * pipe sees complete lines as soon as they are flushed. The JSON array puts one record on each line.
   */
  private static final class Json<T extends OutputRecord> extends RecordWriter<T> {
    private static final byte[] ARRAY_OPEN = "[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_NEXT = ",\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_FIRST = "\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_CLOSE = "\n]\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_ARRAY_CLOSE = "]\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final boolean array;
    /** Made on first use: CSV runs never load Jackson, which saves start-up time. */
    private static final ObjectWriter WRITER = new ObjectMapper()
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false).writer();
    private long written;

    Json(OutputStream out, boolean array) throws IOException {
      this.out = out;
      this.array = array;
      if (array) {
        out.write(ARRAY_OPEN);
      }
    }

    @Override
    public void write(T record) throws IOException {
      if (array) {
        out.write(written == 0 ? ARRAY_FIRST : ARRAY_NEXT);
      }
      out.write(WRITER.writeValueAsBytes(record));
      if (!array) {
        out.write('\n');
      }
      written++;
    }

    @Override
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
}
