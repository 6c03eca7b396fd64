package org.quotesift.run;

/**
 * What a run did.
 *
 * @param processed documents read and processed
 * @param failed documents or inputs that could not be processed
 * @param records output records written (quotes for {@code extract}, articles for {@code clean})
 * @param millis wall time of the run
 * @param outputClosed whether the run stopped early because the reader of standard output went away
 */
public record RunSummary(long processed, long failed, long records, long millis, boolean outputClosed) {

  /** One line for standard error, such as {@code processed=12 failed=1 quotes=230 in 0.4s}. */
  public String line(String recordName) {
    return String.format(java.util.Locale.ROOT, "processed=%d failed=%d %s=%d in %.1fs",
        processed, failed, recordName, records, millis / 1000.0);
  }
}
