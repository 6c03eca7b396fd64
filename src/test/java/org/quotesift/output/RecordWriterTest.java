package org.quotesift.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RecordWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static QuoteRecord quote(String text, String speaker) {
    return new QuoteRecord("dir/a.txt", text, 10, 10 + text.length(), speaker,
        speaker == null ? null : "she", speaker == null ? null : 3,
        speaker == null ? null : 6, null, "said", "direct", 2, 0.875, null);
  }

  private static String write(OutputFormat format, List<QuoteRecord> records, boolean explain)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> header = QuoteRecord.COLUMNS;
    try (RecordWriter<QuoteRecord> w = RecordWriter.create(format, out, header, explain)) {
      for (QuoteRecord r : records) {
        w.write(r);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> parseCsv(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
  }

  @Test
  void csvHasHeaderAndReadsBackWithAnIndependentParser() throws IOException {
    String tricky = "He said, \"no\"\nthen \u201Cyes\u201D, twice";
    String csv = write(OutputFormat.CSV, List.of(quote(tricky, "Kang Kyung-wha"), quote("ok", null)),
        false);

    List<CSVRecord> rows = parseCsv(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).values()).containsExactlyElementsOf(QuoteRecord.COLUMNS);
    assertThat(rows.get(1).get(1)).isEqualTo(tricky);
    assertThat(rows.get(1).get(4)).isEqualTo("Kang Kyung-wha");
    assertThat(rows.get(1).get(12)).isEqualTo("0.875");
    assertThat(rows.get(2).get(4)).as("null speaker is an empty cell").isEmpty();
    assertThat(csv).as("RFC 4180 line ends").contains("confidence\r\n");
    assertThat(csv).as("no BOM").doesNotStartWith("\uFEFF");
  }

  @Test
  void csvWithNoRecordsIsJustTheHeader() throws IOException {
    assertThat(write(OutputFormat.CSV, List.of(), false))
        .isEqualTo(String.join(",", QuoteRecord.COLUMNS) + "\r\n");
  }

  @Test
  void explainAddsALastColumn() throws IOException {
    QuoteRecord r = new QuoteRecord("d", "q", 0, 1, null, null, null, null, null, null, "partial", 0,
        0.1, "no cue near the quote");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<QuoteRecord> w = RecordWriter.create(OutputFormat.CSV, out,
        QuoteRecord.withExplanation(QuoteRecord.COLUMNS, true), true)) {
      w.write(r);
    }
    List<CSVRecord> rows = parseCsv(out.toString(StandardCharsets.UTF_8));
    assertThat(rows.get(0).get(13)).isEqualTo("explanation");
    assertThat(rows.get(1).get(13)).isEqualTo("no cue near the quote");
  }

  @Test
  void jsonLinesHasOneObjectPerLineWithContractNamesAndNulls() throws IOException {
    String jsonl = write(OutputFormat.JSONL, List.of(quote("a", "X Y"), quote("b", null)), false);

    String[] lines = jsonl.split("\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[2]).as("trailing newline").isEmpty();
    JsonNode first = JSON.readTree(lines[0]);
    assertThat(first.get("speaker_mention").asText()).isEqualTo("she");
    assertThat(first.get("mention_start").asInt()).isEqualTo(3);
    assertThat(first.has("explanation")).isFalse();
    JsonNode second = JSON.readTree(lines[1]);
    assertThat(second.get("speaker").isNull()).isTrue();
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(QuoteRecord.COLUMNS);
  }

  @Test
  void jsonIsOneArray() throws IOException {
    JsonNode empty = JSON.readTree(write(OutputFormat.JSON, List.of(), false));
    assertThat(empty.isArray()).isTrue();
    assertThat(empty).isEmpty();
    JsonNode two = JSON.readTree(write(OutputFormat.JSON, List.of(quote("a", null), quote("b", null)),
        false));
    assertThat(two).hasSize(2);
    assertThat(two.get(1).get("quote").asText()).isEqualTo("b");
  }

  @Property(tries = 500)
  void theFastCsvWriterWritesWhatOpenCsvsOwnWrites(
      @ForAll @StringLength(max = 40) @Chars({',', '"', '\n', '\r', '\'', ' ', '\u201C', '\u201D', '\\'})
          @CharRange(from = 'a', to = 'e') String a,
      @ForAll @StringLength(max = 12) @Chars({',', '"', '\n', 'x'}) String b) {
    String[] row = {a, null, b, "", a + b};
    java.io.StringWriter plain = new java.io.StringWriter();
    com.opencsv.CSVWriter openCsv = new com.opencsv.CSVWriter(plain, ',', '"', '"', "\r\n");
    openCsv.writeNext(row, false);
    java.io.StringWriter fast = new java.io.StringWriter();
    new RecordEncoder.Rfc4180Writer(fast).writeNext(row, false);
    assertThat(fast.toString()).isEqualTo(plain.toString());
  }

  @Property(tries = 300)
  void anyTextSurvivesCsvAndJson(
      @ForAll @StringLength(max = 40) @Chars({',', '"', '\n', '\r', '\'', ' ', '\u201C', '\u201D'})
          @CharRange(from = 'a', to = 'e') String text) throws IOException {
    List<CSVRecord> rows = parseCsv(write(OutputFormat.CSV, List.of(quote(text, text)), false));
    assertThat(rows.get(1).get(1)).isEqualTo(text);
    assertThat(rows.get(1).get(4)).isEqualTo(text);
    JsonNode json = JSON.readTree(write(OutputFormat.JSONL, List.of(quote(text, text)), false));
    assertThat(json.get("quote").asText()).isEqualTo(text);
  }

  /** What a run writes: the records encoded in batches (one per document) on other threads. */
  private static String writeEncoded(OutputFormat format, List<List<QuoteRecord>> batches)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordEncoder<QuoteRecord> encoder = RecordEncoder.of(format, false);
    try (RecordWriter<QuoteRecord> w = RecordWriter.create(format, out, QuoteRecord.COLUMNS, false)) {
      for (List<QuoteRecord> batch : batches) {
        w.writeEncoded(encoder.encode(batch));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Property(tries = 200)
  void recordsEncodedInBatchesWriteWhatOneAtATimeWrites(
      @ForAll @IntRange(min = 0, max = 6) int first, @ForAll @IntRange(min = 0, max = 6) int second,
      @ForAll @IntRange(min = 0, max = 6) int third, @ForAll OutputFormat format) throws IOException {
    List<List<QuoteRecord>> batches = new ArrayList<>();
    List<QuoteRecord> all = new ArrayList<>();
    int n = 0;
    for (int size : new int[] {first, second, third}) {
      List<QuoteRecord> batch = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        QuoteRecord r = quote("q" + n++ + ", \"x\"\n", i % 2 == 0 ? "A B" : null);
        batch.add(r);
        all.add(r);
      }
      batches.add(batch);
    }
    assertThat(writeEncoded(format, batches)).isEqualTo(write(format, all, false));
    if (format == OutputFormat.JSON) {
      assertThat(JSON.readTree(writeEncoded(format, batches))).hasSize(n);
    }
  }

  @Test
  void anEncodingOfNoRecordsIsEmptyAndCountsNone() {
    EncodedRecords none = RecordEncoder.<QuoteRecord>of(OutputFormat.JSON, false).encode(List.of());
    assertThat(none.count()).isZero();
    assertThat(none.bytes()).isEmpty();
    EncodedRecords two = RecordEncoder.<QuoteRecord>of(OutputFormat.CSV, false)
        .encode(List.of(quote("a", null), quote("b", null)));
    assertThat(two.count()).isEqualTo(2);
    assertThat(new String(two.bytes(), StandardCharsets.UTF_8)).endsWith("\r\n").contains("\r\ndir/a.txt,b,");
  }
}
