package org.quotesift.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar. */
public final class ToolVersion {

  private static final String VERSION = load();

  private ToolVersion() {}

  /** The tool version, or {@code dev} when run from classes without the stamped resource. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/org/quotesift/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "dev";
    }
    return p.getProperty("version", "dev");
  }
}
