package org.quotesift.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quotesift.input.Document;
import org.quotesift.output.ArticleRecord;
import org.quotesift.output.OutputFormat;
import org.quotesift.output.QuoteRecord;
import org.quotesift.output.RecordWriter;
import org.quotesift.run.Pipeline;

/**
 * Output-stage micro-benchmarks: the records of the {@link Samples} texts written through
 * {@link RecordWriter} in each format to a counting sink (one operation = all records once).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class WriteBenchmarks {

  /** Output format. */
  @Param({"CSV", "JSON", "JSONL"})
  public String format;

  private List<QuoteRecord> quoteRecords;
  private List<ArticleRecord> articleRecords;

  /** Builds the records with the real pipeline. */
  @Setup
  public void setup() {
    quoteRecords = new ArrayList<>();
    articleRecords = new ArrayList<>();
    for (Document d : Samples.texts()) {
      quoteRecords.addAll(Pipeline.extract(d, false));
      articleRecords.add(Pipeline.article(d, false));
    }
  }

  /** output: writing the texts' quote records (format from {@link #format}). */
  @Benchmark
  public void writeQuotes(Blackhole bh) throws IOException {
    CountingStream out = new CountingStream();
    try (RecordWriter<QuoteRecord> w = RecordWriter.create(OutputFormat.valueOf(format), out,
        QuoteRecord.COLUMNS, false)) {
      for (QuoteRecord r : quoteRecords) {
        w.write(r);
      }
    }
    bh.consume(out.count);
  }

  /** output: writing the texts' article records (format from {@link #format}). */
  @Benchmark
  public void writeArticles(Blackhole bh) throws IOException {
    CountingStream out = new CountingStream();
    try (RecordWriter<ArticleRecord> w = RecordWriter.create(OutputFormat.valueOf(format), out,
        ArticleRecord.COLUMNS, false)) {
      for (ArticleRecord r : articleRecords) {
        w.write(r);
      }
    }
    bh.consume(out.count);
  }

  /** Discards bytes, counting them, so the writers' work is not dead code. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
