package org.quotesift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only dispatches to {@code extract} and {@code clean}. */
@Command(
    name = "quotesift",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turns scraped news (text dumps, HTML pages, JSON Lines dumps) into clean, attributed quotes:"
          + " who said what.",
      ""
    },
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  quotesift extract testdata/                      quotes as CSV",
      "  quotesift extract --format jsonl dumps/ | jq .speaker",
      "  quotesift clean -o articles.jsonl pages/",
      "",
      "See 'quotesift COMMAND --help' for a command's options."
    })
final class QuotesiftCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    // No subcommand given: say so and show where help is, with the usage exit code.
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract or clean");
  }
}
