package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.quotesift.bench.Samples;
import org.quotesift.clean.Block;
import org.quotesift.clean.CleanDocument;
import org.quotesift.clean.Cleaner;
import org.quotesift.input.Document;

/**
 * Quote finding alone ({@code QuoteSpans.find}, package-private, hence this package), to set against
 * {@code StageBenchmarks.quoteExtract} (finding + attribution): the difference is attribution.
 * Compiled only with {@code -Pbench}; if the quote stage renames its internals, adjust this class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class QuoteFindBenchmarks {

  private final List<String> texts = new ArrayList<>();
  private final List<List<Passage>> passages = new ArrayList<>();

  /** Cleans the sample texts and builds their passages as the pipeline does. */
  @Setup
  public void setup() {
    for (Document d : Samples.texts()) {
      CleanDocument c = Cleaner.clean(d);
      List<Passage> p = new ArrayList<>();
      for (Block b : c.blocks()) {
        if (b.isQuotable()) {
          p.add(new Passage(b.start(), b.end(),
              b.role() == Block.Role.TITLE || b.role() == Block.Role.SUBTITLE));
        }
      }
      texts.add(c.text());
      passages.add(p);
    }
  }

  /** quote: finding quote spans (marks, openers, closers) in the passages, no attribution. */
  @Benchmark
  public void quoteFind(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(QuoteSpans.find(texts.get(i), passages.get(i)));
    }
  }
}
