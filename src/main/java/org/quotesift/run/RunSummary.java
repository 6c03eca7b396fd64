package org.quotesift.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * What a run did: the summary line and the {@code --report} file.
 *
 * @param processed documents read and processed
 * @param skipped inputs an output-folder run skipped as unchanged
 * @param failed documents or inputs that could not be processed
 * @param records output records written (quotes for {@code extract}, articles for {@code clean})
 * @param recordName what the records are ({@code quotes} or {@code articles})
 * @param seconds wall time of the run
 * @param failures each failure, in input order
 */
@JsonPropertyOrder({"processed", "skipped", "failed", "records", "record_name", "seconds", "failures"})
public record RunSummary(
    @JsonProperty("processed") long processed,
    @JsonProperty("skipped") long skipped,
    @JsonProperty("failed") long failed,
    @JsonProperty("records") long records,
    @JsonProperty("record_name") String recordName,
    @JsonProperty("seconds") double seconds,
    @JsonProperty("failures") List<Failure> failures) {

  /**
   * One input or document that failed.
   *
   * @param input its name
   * @param reason why, in one line
   */
  public record Failure(@JsonProperty("input") String input, @JsonProperty("reason") String reason) {}

  public RunSummary {
    failures = List.copyOf(failures);
  }

  /** One line such as {@code processed=12 skipped=0 failed=1 quotes=230 in 0.4s}. */
  public String line() {
    return String.format(Locale.ROOT, "processed=%d skipped=%d failed=%d %s=%d in %.1fs",
        processed, skipped, failed, recordName, records, seconds);
  }
}
