package org.quotesift.cli;

import org.quotesift.output.OutputFormat;
import org.quotesift.run.RunOptions;
import picocli.CommandLine.Command;

/** {@code quotesift clean}: the article text and metadata, one record per document. */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {
      "Strips what a scraper dragged along (menus, captions, credits, bylines, footers, share lines)"
          + " and keeps the article.",
      "One record per document: doc, title, subtitle, byline, date, source, url, language, text (the"
          + " body, paragraphs separated by a blank line), removed (blocks dropped or moved to"
          + " metadata). --explain adds 'dropped': each dropped block with its reason.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  quotesift clean testdata/korea-herald-pompeo.txt | jq -r .text",
      "  quotesift clean --explain --format json page.html"
    })
final class CleanCommand extends StageCommand {

  CleanCommand(Streams streams) {
    super(streams);
  }

  @Override
  RunOptions.Command command() {
    return RunOptions.Command.CLEAN;
  }

  @Override
  OutputFormat defaultFormat() {
    return OutputFormat.JSONL;
  }
}
