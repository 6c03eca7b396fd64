package org.quotesift.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pathological input on its own, in a 256 MB heap: one clear line naming the file, the
 * documented exit code, and never an OutOfMemoryError.
 */
class BadInputMemoryIT {

  private static final String SMALL_HEAP = "-Xmx256m";

  @TempDir Path dir;

  private ProcessRun extract(Path input) throws IOException, InterruptedException {
    return ProcessRun.run(dir, SMALL_HEAP, "extract", "--format", "jsonl", input.toString());
  }

  private static void assertOneLineFailure(ProcessRun run, Path input, String reason) {
    assertThat(run.code()).as(run.err()).isEqualTo(4);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("quotesift: " + input + ": ").contains(reason)
        .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
  }

  @Test
  void a200MegabyteSingleLineIsRefusedBySize() throws Exception {
    Path p = BadInputs.longLine(dir, "line.txt", 200);
    assertOneLineFailure(extract(p), p, "larger than the size limit");
  }

  @Test
  void a200MegabyteJsonRecordIsSkippedAndTheOthersProcessed() throws Exception {
    Path p = BadInputs.hugeRecord(dir, 200);
    ProcessRun run = extract(p);
    assertThat(run.code()).as(run.err()).isEqualTo(3);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("quotesift: " + p + ":2: record longer than the limit of ")
        .doesNotContain("OutOfMemoryError");
    assertThat(run.out()).contains("\"doc\":\"small\"");
  }

  @Test
  void a50MegabytePageIsRefusedBeforeItExhaustsMemory() throws Exception {
    Path p = BadInputs.bigHtml(dir, 50);
    assertOneLineFailure(extract(p), p, "too large to process in this run's memory");
  }

  @Test
  void aGzipBombStopsAtTheSizeLimit() throws Exception {
    Path p = BadInputs.gzipBomb(dir);
    assertOneLineFailure(extract(p), p, "larger than the size limit");
  }

  @Test
  void truncatedGzipBinaryEmptyAndMixedEncodings() throws Exception {
    assertOneLineFailure(extract(BadInputs.truncatedGzip(dir)), dir.resolve("truncated.txt.gz"),
        "truncated");
    assertOneLineFailure(extract(BadInputs.binary(dir)), dir.resolve("binary.txt"), "binary file");
    assertOneLineFailure(extract(BadInputs.empty(dir)), dir.resolve("empty.txt"), "empty file");
    assertOneLineFailure(extract(BadInputs.mixedEncoding(dir)), dir.resolve("mixed.txt"),
        "invalid UTF-8");
  }

  @Test
  void deeplyNestedHtmlAndUnbalancedQuotesAreProcessed() throws Exception {
    ProcessRun nested = extract(BadInputs.deeplyNested(dir, 100_000));
    assertThat(nested.code()).as(nested.err()).isZero();
    assertThat(nested.err()).isEmpty();
    ProcessRun unbalanced = extract(BadInputs.unbalancedQuotes(dir));
    assertThat(unbalanced.code()).as(unbalanced.err()).isZero();
    assertThat(unbalanced.err()).isEmpty();
  }
}
