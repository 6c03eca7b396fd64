package org.quotesift.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes records in one {@link OutputFormat}: CSV rows (RFC 4180: comma, fields quoted only when
 * they need it, a double quote doubled, CRLF after every row), JSON Lines (one object and a newline
 * per record) or the objects of a JSON array (joined by {@code ",\n"}; the brackets and the
 * separator before each batch are the {@link RecordWriter}'s).
 *
 * <p>Immutable and safe to share between threads: each call works on its own buffers.
 *
 * @param <T> the record type
 */
public abstract class RecordEncoder<T extends OutputRecord> {

  private RecordEncoder() {}

  /**
   * An encoder for {@code format}.
   *
   * @param explain whether records carry their explanation field
   */
  public static <T extends OutputRecord> RecordEncoder<T> of(OutputFormat format, boolean explain) {
    return switch (format) {
      case CSV -> new Csv<>(explain);
      case JSON -> new Json<>(true);
      case JSONL -> new Json<>(false);
    };
  }

  /** The records, encoded in order; {@link EncodedRecords#NONE} for none. */
  public final EncodedRecords encode(List<? extends T> records) {
    return records.isEmpty() ? EncodedRecords.NONE
        : new EncodedRecords(encodeAll(records), records.size());
  }

  /** The bytes of one or more records, in order. */
  abstract byte[] encodeAll(List<? extends T> records);

  /** The CSV header row for {@code columns}, encoded as {@link #encode} encodes a record. */
  static byte[] csvRow(List<String> columns) {
    StringWriter row = new StringWriter();
    new Rfc4180Writer(row).writeNext(columns.toArray(new String[0]), false);
    return row.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final class Csv<T extends OutputRecord> extends RecordEncoder<T> {
    private final boolean explain;

    Csv(boolean explain) {
      this.explain = explain;
    }

    @Override
    byte[] encodeAll(List<? extends T> records) {
      StringWriter rows = new StringWriter(records.size() * 256);
      // a writer per call: OpenCSV's writers are not meant to be shared between threads
      Rfc4180Writer csv = new Rfc4180Writer(rows);
      for (T record : records) {
        csv.writeNext(record.values(explain).toArray(new String[0]), false);
      }
      return rows.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final class Json<T extends OutputRecord> extends RecordEncoder<T> {
    private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.US_ASCII);
    /** Made on first use: CSV runs never load Jackson, which saves start-up time. */
    private static final ObjectWriter WRITER = new ObjectMapper()
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false).writer();

    private final boolean array;

    Json(boolean array) {
      this.array = array;
    }

    @Override
    byte[] encodeAll(List<? extends T> records) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() * 512);
      try {
        for (int i = 0; i < records.size(); i++) {
          if (array && i > 0) {
            out.write(ARRAY_SEPARATOR);
          }
          WRITER.writeValue(out, records.get(i));
          if (!array) {
            out.write('\n');
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot encode a record as JSON", e); // not from memory
      }
      return out.toByteArray();
    }
  }

  /**
   * OpenCSV's writer for RFC 4180 (comma, double quote as its own escape, CRLF), with its two
   * per-character steps done more cheaply: finding whether a field needs quoting (one char scan
   * instead of three plus two substring searches) and doubling the quotes inside a quoted
   * field (whole runs appended instead of one call per character). The output is the same byte
   * for byte ({@code RecordWriterTest}); on a 100 MB run, when the main thread still wrote the
   * CSV, these two steps were about a third of its time.
   */
  static final class Rfc4180Writer extends CSVWriter {
    Rfc4180Writer(Writer writer) {
      super(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
          ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.RFC4180_LINE_END);
    }

    /**
     * Whether the field has a double quote, comma, LF or CR, found in one scan: all four are at or
     * below {@code ','}, so most chars are passed over by one comparison (four {@code indexOf}
     * scans of each field were a quarter of the encoder's time).
     */
    @Override
    protected boolean stringContainsSpecialCharacters(String field) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c <= ',' && (c == '"' || c == ',' || c == '\n' || c == '\r')) {
          return true;
        }
      }
      return false;
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
}
