package org.quotesift.it;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as its own process, as a user's shell would. */
record ProcessRun(int code, String out, String err) {

  static Path jar() {
    String jar = System.getProperty("quotesift.jar", "target/quotesift.jar");
    Path path = Path.of(jar);
    assumeThat(Files.isRegularFile(path)).as("packaged jar at " + path).isTrue();
    return path;
  }

  static List<String> command(String heap, String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-jar",
        jar().toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static ProcessRun run(Path work, String heap, String... args) throws IOException,
      InterruptedException {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder(command(heap, args))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", args));
    }
    ProcessRun run = new ProcessRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
