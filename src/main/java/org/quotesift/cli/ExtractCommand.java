package org.quotesift.cli;

import org.quotesift.output.OutputFormat;
import org.quotesift.run.RunOptions;

/** {@code quotesift extract}: attributed quotes, one record per quote. */
final class ExtractCommand extends StageCommand {

  private static final String[] DESCRIPTION = {
    "Finds every quotation in the inputs and attributes it to its speaker.",
    "One record per quote, in document order: doc, quote, start, end (Unicode code points into the"
        + " document text; for HTML into the text 'clean' outputs), speaker, speaker_mention,"
        + " mention_start, mention_end, speaker_title, cue, kind (direct|partial), paragraph,"
        + " confidence.",
    ""
  };

  private static final String[] EXAMPLES = {
    "  quotesift extract testdata/",
    "  quotesift extract --format jsonl news/ | jq -r .speaker | sort | uniq -c | sort -rn",
    "  quotesift extract --input-format jsonl --text-field body dump.jsonl -o quotes.csv"
  };

  ExtractCommand(Streams streams) {
    super(streams, DESCRIPTION, EXAMPLES, OutputFormat.CSV);
  }

  @Override
  RunOptions.Command command() {
    return RunOptions.Command.EXTRACT;
  }
}
