package org.quotesift.cli;

import org.quotesift.run.ToolVersion;
import picocli.CommandLine;

/** Prints the tool version with the Java runtime it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "quotesift " + ToolVersion.get(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }
}
