package org.quotesift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process with captured streams, as the tests' single entry point. */
record CliRun(int code, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CliRun run(String... args) {
    return withStdin("", Main.Terminals.NONE, args);
  }

  static CliRun withStdin(String stdin, Main.Terminals terminals, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(out, stdin, terminals, args);
  }

  static CliRun run(OutputStream out, String stdin, Main.Terminals terminals, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintWriter(err, true), terminals);
    String printed = out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    return new CliRun(code, printed, err.toString());
  }

  /** Standard output read as JSON Lines. */
  static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  /** The lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
