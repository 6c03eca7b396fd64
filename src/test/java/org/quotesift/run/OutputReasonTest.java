package org.quotesift.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The reason an output failure prints: words for the user, not the temporary file's path. */
class OutputReasonTest {

  @Test
  void theFileSystemsReasonWhenItGivesOne() {
    IOException full = new FileSystemException("/data/.q.csv.tmp-1", null, "No space left on device");
    assertThat(Runner.outputReason(full)).isEqualTo("No space left on device");
  }

  @Test
  void theKindOfFailureInWordsOtherwise() {
    assertThat(Runner.outputReason(new AccessDeniedException("/data/.q.csv.tmp-1"))).isEqualTo("access denied");
    assertThat(Runner.outputReason(new NoSuchFileException("/data/.q.csv.tmp-1"))).isEqualTo("no such file");
    assertThat(Runner.outputReason(new FileSystemException("/proc/.q.csv.tmp-1")))
        .isEqualTo("cannot create a file there");
  }

  @Test
  void otherErrorsKeepTheirMessage() {
    assertThat(Runner.outputReason(new IOException("Stream closed"))).isEqualTo("Stream closed");
    assertThat(Runner.outputReason(new IOException())).isEqualTo("IOException");
  }
}
