package org.quotesift.cli;

import org.quotesift.output.OutputFormat;
import org.quotesift.run.RunOptions;

/** {@code quotesift clean}: the article text and metadata, one record per document. */
final class CleanCommand extends StageCommand {

  private static final String[] DESCRIPTION = {
    "Strips what a scraper dragged along (menus, captions, credits, bylines, footers, share lines)"
        + " and keeps the article.",
    "One record per document: doc, title, subtitle, byline, date, source, url, language, text (the"
        + " body, paragraphs separated by a blank line), removed (blocks dropped or moved to"
        + " metadata). --explain adds 'dropped': each dropped block with its reason.",
    ""
  };

  private static final String[] EXAMPLES = {
    "  quotesift clean testdata/korea-herald-pompeo.txt | jq -r .text",
    "  quotesift clean --explain --format json page.html"
  };

  CleanCommand(Streams streams) {
    super(streams, DESCRIPTION, EXAMPLES, OutputFormat.JSONL);
  }

  @Override
  RunOptions.Command command() {
    return RunOptions.Command.CLEAN;
  }
}
