package org.quotesift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quotesift.clean.Block;
import org.quotesift.clean.CleanDocument;
import org.quotesift.clean.Cleaner;
import org.quotesift.input.Document;
import org.quotesift.input.InputException;
import org.quotesift.input.TextDecoder;
import org.quotesift.quote.Passage;
import org.quotesift.quote.Quote;
import org.quotesift.quote.QuoteExtractor;
import org.quotesift.run.Pipeline;

/**
 * Per-stage micro-benchmarks: one operation is one pass over a small sample of documents (see
 * {@link Samples}), so a score is the time per sample and a regression in one stage shows in its
 * own line. Run with {@code mvn -B -q -Pbench test-compile exec:exec} (see the README).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class StageBenchmarks {

  private List<Document> texts;
  private List<Document> pages;
  private List<byte[]> textBytes;
  /** The cleaner's output for the texts, and the passages the pipeline hands the quote stage. */
  private List<CleanDocument> cleanTexts;
  private List<List<Passage>> passages;

  /** Reads the samples and runs the stages before the measured one. */
  @Setup
  public void setup() {
    texts = Samples.texts();
    pages = Samples.pages();
    textBytes = Samples.textBytes();
    cleanTexts = new ArrayList<>();
    passages = new ArrayList<>();
    for (Document d : texts) {
      CleanDocument c = Cleaner.clean(d);
      cleanTexts.add(c);
      List<Passage> p = new ArrayList<>();
      for (Block b : c.blocks()) {
        if (b.isQuotable()) {
          p.add(new Passage(b.start(), b.end(),
              b.role() == Block.Role.TITLE || b.role() == Block.Role.SUBTITLE));
        }
      }
      passages.add(p);
    }
  }

  /** input: strict UTF-8 / Windows-1252 detection and decoding of the text files' bytes. */
  @Benchmark
  public void decodeText(Blackhole bh) throws InputException {
    for (byte[] b : textBytes) {
      bh.consume(TextDecoder.decode(b, Optional.empty()));
    }
  }

  /** clean: text cleaning (blocks, boilerplate, metadata) of plain-text articles. */
  @Benchmark
  public void cleanText(Blackhole bh) {
    for (Document d : texts) {
      bh.consume(Cleaner.clean(d));
    }
  }

  /** clean: HTML extraction (parse + blocks + metadata) of pages. */
  @Benchmark
  public void cleanHtml(Blackhole bh) {
    for (Document d : pages) {
      bh.consume(Cleaner.clean(d));
    }
  }

  /** The baseline for {@link #cleanHtml}: Jsoup's parse alone. */
  @Benchmark
  public void jsoupParseOnly(Blackhole bh) {
    for (Document d : pages) {
      bh.consume(Jsoup.parse(d.text()));
    }
  }

  /** quote: finding and attributing quotes in the passages (QuoteFindBenchmarks: finding alone). */
  @Benchmark
  public void quoteExtract(Blackhole bh) {
    for (int i = 0; i < cleanTexts.size(); i++) {
      List<Quote> q = QuoteExtractor.extract(cleanTexts.get(i).text(), passages.get(i));
      bh.consume(q);
    }
  }

  /** run: the whole extract pipeline per document (clean, quote, records), without IO. */
  @Benchmark
  public void pipelineExtract(Blackhole bh) {
    for (Document d : texts) {
      bh.consume(Pipeline.extract(d, false));
    }
  }

}
