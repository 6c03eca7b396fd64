package org.quotesift.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process with captured streams, as the tests' single entry point. */
record CliRun(int code, String out, String err) {

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

  /** The lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
