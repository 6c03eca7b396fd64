package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quotesift.input.Document;

class CorpusProfileTest {

  private static Document dump(int i) {
    return Document.of("d" + i, "Example Herald daum\n\nStory number " + i + " about the harbour\n\n"
        + "The council met on day " + i + " and agreed to spend more on the harbour, officials said in a statement.\n\n"
        + "“We will not wait any longer,” the mayor said, and the same quote appears in every copy of this story.\n\n"
        + "Copy desk note " + (i % 2) + "\n", Document.Kind.TEXT);
  }

  @Test
  void linesRecurringAcrossDocumentsBecomeTemplateLines() {
    CorpusProfile p = new CorpusProfile(1000, 3);
    for (int i = 0; i < 5; i++) {
      p.observe(dump(i));
    }
    assertThat(p.documents()).isEqualTo(5);
    assertThat(p.isTemplate("Example Herald daum")).isTrue();
    assertThat(p.isTemplate("  example herald DAUM ")).as("compared by key").isTrue();
    assertThat(p.isTemplate("Story number 3 about the harbour")).isFalse();
    assertThat(p.isTemplate("Copy desk note 1")).as("in 2 of 5 documents only").isFalse();

    CleanDocument c = Cleaner.clean(dump(7), p);
    Block footer = c.blocks().get(0);
    assertThat(footer.kept()).isFalse();
    assertThat(footer.reason()).isEqualTo("site template (recurs across documents)");
  }

  @Test
  void quotesAndLongLinesAreNeverTemplateLines() {
    CorpusProfile p = new CorpusProfile(1000, 2);
    for (int i = 0; i < 4; i++) {
      p.observe(dump(i));
    }
    assertThat(p.isTemplate("“We will not wait any longer,” the mayor said, and the same quote appears in every copy of this story."))
        .isFalse();
    assertThat(Cleaner.clean(dump(9), p).bodyText()).contains("We will not wait any longer");
  }

  @Test
  void memoryStaysWithinTheCapacity() {
    CorpusProfile p = new CorpusProfile(64, 2);
    for (int i = 0; i < 500; i++) {
      p.observe(Document.of("d", "unique line " + i + "\nshared footer line\n", Document.Kind.TEXT));
      assertThat(p.size()).isLessThanOrEqualTo(64);
    }
    assertThat(p.isTemplate("shared footer line")).as("frequent lines survive eviction").isTrue();
  }

  @Test
  void learnsFromHtmlPagesToo() {
    CorpusProfile p = new CorpusProfile(1000, 3);
    for (int i = 0; i < 3; i++) {
      p.observe(Document.of("p" + i, "<html><body><div class='x'>Follow <b>The Example</b> everywhere</div><p>Story "
          + i + "</p><script>var a = 'Follow';</script></body></html>", Document.Kind.HTML));
    }
    assertThat(p.isTemplate("Follow The Example everywhere")).isTrue();
    assertThat(p.isTemplate("var a = 'Follow';")).isFalse();
  }

  @Test
  void rejectsSillySizes() {
    assertThatThrownBy(() -> new CorpusProfile(8, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CorpusProfile(100, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
