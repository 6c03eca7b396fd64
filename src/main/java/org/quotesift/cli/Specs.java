package org.quotesift.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli command models in code. Picocli's annotation model reads every {@code @Option}
 * by reflection and annotation proxies, which was about a third of a one-file run's start-up; a
 * model built with picocli's programmatic API gives the same parser and help without it.
 */
final class Specs {

  private Specs() {}

  /**
   * A command model for {@code command} (what picocli runs when the command is chosen) with the
   * standard {@code -h}/{@code -V} options, the version line and the shared help layout.
   */
  static CommandSpec command(Object command, String[] description, String[] footer) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.versionProvider(new VersionProvider());
    // The texts of picocli's own mixinStandardHelpOptions, which builds its mixin by reflection.
    spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
        .description("Print version information and exit.").build());
    UsageMessageSpec usage = spec.usageMessage();
    usage.description(description);
    usage.exitCodeListHeading("%nExit codes:%n");
    usage.footerHeading("%nExamples:%n");
    usage.footer(footer);
    return spec;
  }
}
