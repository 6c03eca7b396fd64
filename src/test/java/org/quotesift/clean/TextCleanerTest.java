package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotesift.input.Document;

class TextCleanerTest {

  private static final String P1 = "The committee met for three hours on Monday and agreed to publish its report before the end of the month.";
  private static final String P2 = "“We have listened to everyone who wrote to us,” the chairwoman said after the meeting in the town hall.";
  private static final String P3 = "The report will be discussed by the full council in March, when members are expected to vote on it.";

  private static CleanDocument clean(String text) {
    return Cleaner.clean(Document.of("t", text, Document.Kind.TEXT));
  }

  private static Block blockWith(CleanDocument c, String prefix) {
    return c.blocks().stream().filter(b -> b.text(c.text()).startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void blockOffsetsPointIntoTheInputAndExcludeCarriageReturns() {
    String text = "Home\r\nNews\r\n\r\nCommittee agrees to publish report\r\n\r\n" + P1 + "\r\n\r\n" + P2 + "\r\n";
    CleanDocument c = clean(text);
    assertThat(c.text()).isSameAs(text);
    Block p = blockWith(c, "The committee");
    assertThat(text.substring(p.start(), p.end())).isEqualTo(P1);
    for (Block b : c.blocks()) {
      assertThat(b.text(text)).doesNotContain("\r", "\n");
    }
  }

  @Test
  void dropsTheSecondCopyOfADuplicatedLineWithItsLineNumber() {
    String caption = "The chairwoman talks to the press after Monday's meeting.";
    CleanDocument c = clean("Committee agrees to publish report\n\n" + P1 + "\n" + caption + "\n" + caption + "\n" + P2 + "\n\n" + P3);
    List<Block> copies = c.blocks().stream().filter(b -> b.text(c.text()).equals(caption)).toList();
    assertThat(copies).hasSize(2);
    assertThat(copies.get(1).kept()).isFalse();
    assertThat(copies.get(1).reason()).isEqualTo("duplicate of line 4");
  }

  @Test
  void keepsTheSignatureLineUnderAQuoteEvenWhenItRepeats() {
    String quote1 = "\"Parents fear for the schools their children attend, and pay is flat.\"";
    String quote2 = "\"I co-wrote that law, and I would never close the clinics.\"";
    CleanDocument c = clean("Committee agrees to publish report\n\n" + P1 + "\n\n" + quote1 + "\n\n- Vidal.\n\n"
        + P2 + "\n\n" + quote2 + "\n\n- Vidal.\n\n" + P3);
    List<Block> signatures = c.blocks().stream().filter(b -> b.text(c.text()).equals("- Vidal.")).toList();
    assertThat(signatures).hasSize(2).allMatch(Block::kept);
    assertThat(TextCleaner.signature("- Menu")).isTrue();
    assertThat(TextCleaner.signature("- read more")).isFalse();
  }

  @Test
  void dropsCaptionsEndingInAPhotoCredit() {
    CleanDocument c = clean("Committee agrees to publish report\n\n" + P1 + "\n\nCouncillors leave the hall on Monday. Yonhap\n\n"
        + "Members of the committee at work (AP Photo/Jane Doe)\n\n" + P2 + "\n\n" + P3);
    assertThat(blockWith(c, "Councillors").reason()).isEqualTo("photo caption (credit)");
    assertThat(blockWith(c, "Members").reason()).isEqualTo("photo caption (credit)");
    assertThat(c.bodyText()).doesNotContain("Yonhap", "AP Photo");
  }

  @Test
  void aFollowWidgetInQuoteMarksIsStillAWidgetButAQuotedRemarkIsNot() {
    CleanDocument c = clean("Committee agrees to publish report\n\n" + P1 + "\n\n"
        + "\"Follow Ana Ruiz on Twitter @anaruiz.\"\n\n"
        + "\"Follow the money,\" the chairwoman said on Twitter.\n\n" + P2 + "\n\n" + P3);
    assertThat(blockWith(c, "\"Follow Ana").reason()).isEqualTo("share or follow widget");
    assertThat(blockWith(c, "\"Follow the money").kept()).isTrue();
  }

  @Test
  void aSentenceThatMentionsAnAgencyIsNotACaption() {
    assertThat(Boilerplate.endsWithAgency("the figures were first reported by yonhap.")).isFalse();
    assertThat(Boilerplate.endsWithAgency("the minister at the airport. yonhap")).isTrue();
    assertThat(Boilerplate.endsWithAgency("protesters in the square (reuters)")).isTrue();
  }

  @Test
  void takesTheBylineWithoutByAndTrailingJunk() {
    assertThat(Boilerplate.bylineName("By Yeo Jun-suk(", 3)).isEqualTo("Yeo Jun-suk");
    assertThat(Boilerplate.bylineName("By Tim Childers - Science Contributor 2019-11-19", 6)).isEqualTo("Tim Childers");
    assertThat(Boilerplate.bylineName("Posted on May 3, 2019 by Ann Lee", 8)).isEqualTo("Ann Lee");
    assertThat(Boilerplate.bylineName("By the way, nothing happened here today.", 7)).isNull();
  }

  @Test
  void findsTitleSubtitleBylineAndTheSiteFromAFooterLine() {
    String text = "Back To Top\n\nCommittee agrees to publish report\n\nMembers back the plan after a long debate.\n\n"
        + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nBy Kim Min-ji(\n\nExample Herald daum\n";
    CleanDocument c = clean(text);
    assertThat(c.metadata().title()).isEqualTo("Committee agrees to publish report");
    assertThat(c.metadata().subtitle()).isEqualTo("Members back the plan after a long debate.");
    assertThat(c.metadata().byline()).isEqualTo("Kim Min-ji");
    assertThat(c.metadata().source()).isEqualTo("Example Herald");
    assertThat(blockWith(c, "Example Herald").reason()).isEqualTo("site footer");
    assertThat(blockWith(c, "Back To Top").reason()).isEqualTo("navigation");
    assertThat(c.bodyText()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(blockWith(c, "Committee").isQuotable()).isTrue();
  }

  @Test
  void aCleanArticleKeepsEveryParagraphAndItsHeadlineEvenWithAFullStop() {
    String text = "Senator Says ‘No Deal’ on Budget Yet.\n\n" + P1 + "\n\n" + P2 + "\n\n\"No.\"\n\n" + P3;
    CleanDocument c = clean(text);
    assertThat(c.blocks().get(0).role()).isEqualTo(Block.Role.TITLE);
    assertThat(c.blocks()).filteredOn(b -> !b.kept()).isEmpty();
    assertThat(c.bodyText()).contains("\"No.\"");
  }

  @Test
  void endsTheArticleAtARelatedStoriesList() {
    String text = "Committee agrees to publish report\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
        + "\n\nRelated stories\n\nCouncil to vote on the budget next week after months of talks\n\nNew park opens";
    CleanDocument c = clean(text);
    assertThat(c.bodyText()).endsWith(P3);
    assertThat(blockWith(c, "New park").kept()).isFalse();
  }

  @Test
  void containerHintsFillMissingMetadata() {
    Document d = new Document("r1", P1 + "\n\n" + P2, Document.Kind.TEXT,
        Map.of("url", "https://example.org/a", "title", "From the record", "date", "2020-01-02"));
    CleanDocument c = Cleaner.clean(d);
    assertThat(c.metadata().url()).isEqualTo("https://example.org/a");
    assertThat(c.metadata().title()).isEqualTo("From the record");
    assertThat(c.metadata().date()).isEqualTo("2020-01-02");
  }

  @Test
  void emptyAndBlankDocumentsHaveNoBlocks() {
    assertThat(clean("").blocks()).isEmpty();
    assertThat(clean(" \r\n\n\t\n").blocks()).isEmpty();
    assertThat(clean("").bodyText()).isEmpty();
  }

  @Test
  void stripsTheSiteSuffixOfAPageTitle() {
    assertThat(TextCleaner.splitSiteSuffix("Bridge reopens | Example Gazette")).containsExactly("Bridge reopens", "Example Gazette");
    assertThat(TextCleaner.splitSiteSuffix("Bridge reopens")).containsExactly("Bridge reopens", null);
  }

  @Test
  void knowsTheCommonWidgetsInOtherLanguagesToo() {
    String pt1 = "A prefeitura anunciou nesta segunda-feira que a biblioteca municipal vai reabrir em março depois da reforma.";
    String pt2 = "Segundo a secretaria, o prédio ganhou uma nova sala de leitura e acesso para pessoas com deficiência.";
    CleanDocument c = clean("Início\nCompartilhar\n\nBiblioteca reabre em março\n\n" + pt1
        + "\n\nLeia também: Prefeitura amplia horário dos postos de saúde\n\n" + pt2 + "\n\nMais lidas\n");
    assertThat(c.bodyText()).contains(pt2).doesNotContain("Início", "Compartilhar", "Leia também", "Mais lidas");
    assertThat(blockWith(c, "A prefeitura").kept()).isTrue();
    assertThat(blockWith(c, "Leia também").reason()).isEqualTo("related-story link");
    assertThat(blockWith(c, "Compartilhar").reason()).isEqualTo("navigation");
  }

  @Test
  void aSavedArticleWithNoHeadlineKeepsItsLedeInTheBody() {
    String lede = "Former mayor Ann Roe said Friday that she does not understand how the council could vote"
        + " to close the library after the long campaign to save it.";
    CleanDocument c = clean(lede + "\n\n" + P1 + "\n\n" + P2);
    assertThat(c.metadata().title()).isNull();
    assertThat(c.bodyText()).startsWith(lede);
  }

  @Test
  void aLongTitleCaseHeadlineClosedWithAFullStopIsStillTheTitle() {
    String headline = "Council Votes To Close The Old Library After Long Campaign By Readers, Writers And"
        + " Local Teachers In The Northern Town Of Elm Creek Fails.";
    CleanDocument c = clean(headline + "\n\n" + P1 + "\n\n" + P2);
    assertThat(c.metadata().title()).isEqualTo(headline);
    assertThat(c.bodyText()).startsWith(P1);
  }
}
