package org.quotesift.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotesift.input.Document;

class HtmlCleanerTest {

  private static final String ARTICLE = "<p>The museum will reopen next month after a two-year renovation that doubled the space for exhibitions.</p>"
      + "<p>“We wanted people to see the whole collection at last,” the director said on Tuesday at a press preview.</p>"
      + "<p>Tickets go on sale on Friday, and entry will be free for children under twelve throughout the first year.</p>";

  private static CleanDocument clean(String html) {
    return Cleaner.clean(Document.of("p.html", html, Document.Kind.HTML));
  }

  @Test
  void quotesInCaptionsAndRelatedListsAreNotQuotable() {
    CleanDocument c = clean("<html><body><article><h1>Museum to reopen</h1>" + ARTICLE
        + "<figure><figcaption>“A jewel,” says a visitor. (Photo: Example)</figcaption></figure></article>"
        + "<div class='related-links'><ul><li><a href='/x'>“Never again,” says critic of museum plan</a></li></ul></div>"
        + "</body></html>");
    String quotable = c.blocks().stream().filter(Block::isQuotable).map(b -> b.text(c.text())).reduce("", String::concat);
    assertThat(quotable).contains("We wanted people").doesNotContain("A jewel", "Never again");
  }

  @Test
  void keepsParagraphsSplitOverSiblingBlocksAndHeadingsInside() {
    CleanDocument c = clean("<html><body><div class='story'><div class='part'>" + ARTICLE + "</div>"
        + "<div class='ad-unit'>Advertisement</div><div class='part'><h2>What changes</h2>" + ARTICLE.replace("museum", "gallery")
        + "</div></div><div class='footer-nav'><a href='/'>Home</a></div></body></html>");
    assertThat(c.bodyText()).contains("The museum will reopen", "What changes", "The gallery will reopen")
        .doesNotContain("Advertisement", "Home");
    assertThat(c.body()).anyMatch(b -> b.role() == Block.Role.HEADING);
  }

  @Test
  void bodyTextIsBlocksJoinedByBlankLines() {
    CleanDocument c = clean("<html><body><article>" + ARTICLE + "</article></body></html>");
    assertThat(c.bodyText().split("\n\n")).hasSize(3);
    assertThat(c.bodyText()).doesNotContain("<p>");
  }

  @Test
  void neverTakesEmailTheAuthorForAByline() {
    assertThat(HtmlMetadata.author("Email the author")).isNull();
    assertThat(HtmlMetadata.author("https://example.org/staff/ann")).isNull();
    assertThat(HtmlMetadata.author("By Ann Lee, Staff Writer")).isEqualTo("Ann Lee");
    assertThat(HtmlMetadata.author("Analysis by Ann Lee")).isEqualTo("Ann Lee");
    assertThat(HtmlMetadata.author("Ann Lee Monday")).isEqualTo("Ann Lee");
  }

  @Test
  void stripsTheSiteNameFromTheTitle() {
    assertThat(HtmlMetadata.stripSite("Museum to reopen - Example Times", "Example Times")).isEqualTo("Museum to reopen");
    assertThat(HtmlMetadata.stripSite("Trump - Ukraine call explained", null)).isEqualTo("Trump - Ukraine call explained");
  }

  @Test
  void emptyPagesGiveNoBody() {
    assertThat(clean("").bodyText()).isEmpty();
    assertThat(clean("<html><body><nav><a href='/'>Home</a></nav></body></html>").bodyText()).isEmpty();
  }

  @Test
  void teaserCardsOfOtherStoriesAreDroppedAndAShortBriefStays() {
    String card = "<article class='card'><p>Another story about something else entirely, told in one short summary sentence.</p></article>";
    CleanDocument c = clean("<html><body><h1>Museum to reopen</h1><article class='main'>"
        + "<p>The museum will reopen next month after a two-year renovation, the city said on Tuesday.</p></article>"
        + "<div class='list'>" + card + card.replace("Another", "A second") + card.replace("Another", "A third") + "</div></body></html>");
    assertThat(c.bodyText()).contains("The museum will reopen next month").doesNotContain("Another story", "A second", "A third");
  }

  @Test
  void tableRowsAndLinesOfABrokenParagraphAreArticleText() {
    CleanDocument c = clean("<html><body><article><h1>Season results</h1>" + ARTICLE
        + "<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Ann Lee</td><td>5040</td></tr>"
        + "<tr><td>2</td><td>Bo Chen</td><td>5035</td></tr></table>"
        + "<p>Round 1: 10 March, Northfield<br>Round 2: 8 April, Eastport<br>Round 3: 22 April, Westvale<br>"
        + "Round 4: 6 May, Southby<br>Round 5: 20 May, Lakeside<br>Round 6: 5 August, Hillcrest</p>"
        + ARTICLE.replace("museum", "circuit") + "</article></body></html>");
    assertThat(c.bodyText()).contains("1 Ann Lee 5040", "2 Bo Chen 5035", "Round 3: 22 April, Westvale");
  }

  @Test
  void placeholderDatesAndEscapedEntitiesAreCleanedUp() {
    CleanDocument c = clean("<html><head><meta property='og:title' content='It doesn&amp;#8217;t stop'>"
        + "<meta property='article:published_time' content='0001-01-01T00:00:00Z'></head><body><article>"
        + "<time datetime='2020-05-06'>6 May</time>" + ARTICLE + "</article></body></html>");
    assertThat(c.metadata().title()).isEqualTo("It doesn’t stop");
    assertThat(c.metadata().date()).isEqualTo("2020-05-06");
  }
}
