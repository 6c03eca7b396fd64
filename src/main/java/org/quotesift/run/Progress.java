package org.quotesift.run;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress line on standard error while a run goes on (documents done, failures, rate). Only
 * created when standard error is a terminal, so the library's classes are never loaded otherwise.
 */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;

  Progress(String task) {
    this.bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1) // the walk is lazy: the total is unknown
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .continuousUpdate()
        .clearDisplayOnFinish()
        .build();
  }

  void update(Batch.Counters c) {
    bar.stepTo(c.processed + c.failed + c.skipped);
    bar.setExtraMessage(" failed " + c.failed + (c.skipped > 0 ? ", skipped " + c.skipped : ""));
  }

  @Override
  public void close() {
    bar.close();
  }
}
