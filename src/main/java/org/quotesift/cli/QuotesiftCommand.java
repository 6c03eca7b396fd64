package org.quotesift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command: only dispatches to {@code extract} and {@code clean}. */
final class QuotesiftCommand implements Runnable {

  private final CommandSpec spec = Specs.command(this,
      new String[] {
        "Turns scraped news (text dumps, HTML pages, JSON Lines dumps) into clean, attributed quotes:"
            + " who said what.",
        ""
      },
      new String[] {
        "  quotesift extract testdata/                      quotes as CSV",
        "  quotesift extract --format jsonl dumps/ | jq .speaker",
        "  quotesift clean -o articles.jsonl pages/",
        "",
        "See 'quotesift COMMAND --help' for a command's options."
      });

  QuotesiftCommand() {
    spec.name("quotesift");
    spec.usageMessage().synopsisSubcommandLabel("COMMAND");
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    // No subcommand given: say so and show where help is, with the usage exit code.
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract or clean");
  }
}
