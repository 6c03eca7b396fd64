package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes inside quotes: the outer quote runs to its own closing mark. */
class NestedQuotesTest {

  private static List<String> quotes(String text) {
    return QuoteExtractor.extract(text, List.of(new Passage(0, text.length(), false))).stream()
        .map(Quote::text).toList();
  }

  @Test
  void straightMarksInsideCurlyMarksDoNotEndTheOuterQuote() {
    assertThat(quotes("“They call it \"progress\" but it is not,” the mayor said."))
        .first().isEqualTo("They call it \"progress\" but it is not,");
  }

  @Test
  void singleCurlyMarksInsideDoubleOnesDoNotEndTheOuterQuote() {
    assertThat(quotes("“They call it ‘progress’ but it is not,” the mayor said."))
        .first().isEqualTo("They call it ‘progress’ but it is not,");
  }

  @Test
  void aStraightMarkClosingACurlyQuoteStillCloses() {
    assertThat(quotes("“We are ready,\" the captain said. Then we left."))
        .containsExactly("We are ready,");
  }

  @Test
  void twoSingleClosingMarksCloseADoubleQuoteAsWireCopyWritesIt() {
    String text = "“It was a trick,’’ Ana Ruiz told the council. “And a ‘fair’ one, she says.’’";
    List<Quote> found = QuoteExtractor.extract(text, List.of(new Passage(0, text.length(), false)));
    assertThat(found).extracting(Quote::text)
        .containsExactly("It was a trick,", "And a ‘fair’ one, she says.");
    assertThat(found.get(0).speaker().canonical()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aStraightSingleQuoteInsideAnUnclosedDoubleOneDoesNotCloseIt() {
    assertThat(quotes("Ana Ruiz said: \"There's no call for the word 'crisis.' It's a slogan. It's not a plan."))
        .containsExactly("There's no call for the word 'crisis.' It's a slogan. It's not a plan.");
  }

  @Test
  void aSingleMarkClosingADoubleQuoteEndsItBeforeTheNextQuote() {
    assertThat(quotes("“The pier is not safe for anyone,’ Ruiz said on Monday. Her deputy disagreed: “It is"
        + " safe.”")).containsExactly("The pier is not safe for anyone,", "It is safe.");
  }
}
