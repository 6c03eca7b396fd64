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
}
