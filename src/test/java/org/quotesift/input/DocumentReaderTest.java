package org.quotesift.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  @TempDir Path dir;

  private final DocumentReader reader =
      new DocumentReader(InputOptions.defaults(), () -> new ByteArrayInputStream(new byte[0]));

  @Test
  void aFileThatVanishesAfterItWasFoundIsReportedWhenLoaded() throws Exception {
    Path file = Files.writeString(dir.resolve("gone.txt"), "“Hi,” she said.");
    List<PendingDocument> pending = new ArrayList<>();
    reader.read(Source.file(file), pending::add);
    Files.delete(file);

    assertThat(pending).hasSize(1);
    assertThatThrownBy(() -> pending.get(0).load())
        .isInstanceOf(InputException.class)
        .hasMessage("no such file (did it vanish during the run?)");
  }

  @Test
  void sniffingTellsHtmlJsonLinesWarcAndText() {
    assertThat(DocumentReader.sniff("  <!DOCTYPE html><p>x".getBytes())).isEqualTo(InputFormat.HTML);
    assertThat(DocumentReader.sniff("{\"id\": 1}\n".getBytes())).isEqualTo(InputFormat.JSONL);
    assertThat(DocumentReader.sniff("WARC/1.1\r\n".getBytes())).isEqualTo(InputFormat.WARC);
    assertThat(DocumentReader.sniff("Council votes <5>".getBytes())).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void jsonLinesRecordsKeepTheirIdsAndHints() throws IOException, InputException {
    Path dump = Files.writeString(dir.resolve("d.jsonl"),
        "{\"id\": \"a\", \"text\": \"x\", \"url\": \"https://e.example/a\"}\n\n{\"text\": \"y\"}\n");
    List<PendingDocument> pending = new ArrayList<>();
    reader.read(Source.file(dump), pending::add);
    assertThat(pending).hasSize(2);
    Document first = pending.get(0).load();
    assertThat(first.id()).isEqualTo("a");
    assertThat(first.hints()).containsEntry("url", "https://e.example/a");
    assertThat(pending.get(1).load().id()).as("no id: file and line").isEqualTo(dump + ":3");
  }
}
