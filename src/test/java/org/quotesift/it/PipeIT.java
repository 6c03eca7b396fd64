package org.quotesift.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that stops early ({@code | head -1}) ends the run quietly with exit 0. */
class PipeIT {

  @TempDir Path dir;

  @Test
  void headOneEndsTheRunQuietly() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/bin/bash"))).isTrue();
    Path big = Files.createDirectories(dir.resolve("big"));
    String article = Files.readString(Path.of("testdata/korea-herald-pompeo.txt"));
    for (int i = 0; i < 300; i++) { // far more output than a pipe buffer holds
      Files.writeString(big.resolve(String.format("a%03d.txt", i)), article);
    }
    for (String input : new String[] {"testdata/", big.toString()}) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String script = "'" + java + "' -jar '" + ProcessRun.jar() + "' extract '" + input
          + "' 2>'" + dir.resolve("err") + "' | head -1; echo \"exit=${PIPESTATUS[0]}\"";
      Process p = new ProcessBuilder("/bin/bash", "-c", script).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(out).as(input).isEqualTo(
          "doc,quote,start,end,speaker,speaker_mention,mention_start,mention_end,speaker_title,cue,"
              + "kind,paragraph,confidence\r\nexit=0\n"); // RFC 4180 line end
      assertThat(Files.readString(dir.resolve("err"))).as(input + " stderr").isEmpty();
    }
  }
}
