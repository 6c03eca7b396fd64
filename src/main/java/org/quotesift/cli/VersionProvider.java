package org.quotesift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Prints the tool version with the Java runtime it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "quotesift " + toolVersion(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }

  /** The version Maven stamped into the jar, or {@code dev} when run from an IDE without it. */
  static String toolVersion() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/quotesift/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "dev";
    }
    return p.getProperty("version", "dev");
  }
}
