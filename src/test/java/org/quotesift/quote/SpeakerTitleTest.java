package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code speaker_title}: the role the article gives the speaker, before or after the name. */
class SpeakerTitleTest {

  private static List<Quote> extract(String text) {
    return NameResolutionTest.extract(text); // one passage per line
  }

  private static Speaker speakerOf(List<Quote> quotes, String quoteStart) {
    return quotes.stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
        .map(Quote::speaker).orElseThrow();
  }

  @Test
  void aLowerCaseRoleBeforeTheNameIsTheTitle() {
    List<Quote> quotes = extract("""
        “The deal is fair,” union leader Tomas Novak said on Monday.
        “We will see,” White House press secretary Sara Dunn told reporters.
        “Vote early,” said the county election director Amy Ruiz.
        """);
    assertThat(speakerOf(quotes, "The deal").canonical()).isEqualTo("Tomas Novak");
    assertThat(speakerOf(quotes, "The deal").title()).isEqualTo("union leader");
    assertThat(speakerOf(quotes, "We will").title()).isEqualTo("White House press secretary");
    assertThat(speakerOf(quotes, "Vote early").title()).isEqualTo("county election director");
  }

  @Test
  void anOwnersRoleAndCommonOccupationsBeforeTheNameAreTheTitle() {
    List<Quote> quotes = extract("""
        “The deal is fair,” Hale’s senior policy aide Ana Ruiz said on Monday.
        “We will see,” screenwriter Tom Lane told reporters.
        “Vote early,” said public defender Amy Cole.
        “It is done,” said a spokesman for candidate Ed Moss.
        """);
    assertThat(speakerOf(quotes, "The deal").canonical()).isEqualTo("Ana Ruiz");
    assertThat(speakerOf(quotes, "The deal").title()).isEqualTo("Hale’s senior policy aide");
    assertThat(speakerOf(quotes, "We will").title()).isEqualTo("screenwriter");
    assertThat(speakerOf(quotes, "Vote early").title()).isEqualTo("public defender");
    assertThat(speakerOf(quotes, "It is done").title()).isNotEqualTo("a spokesman for candidate");
    List<Quote> capitalised = extract("""
        “We cooked all night,” Chef Ed Lane said.
        Screenwriter Cole Haddon called it “a mess.”
        """);
    assertThat(speakerOf(capitalised, "We cooked").canonical()).isEqualTo("Ed Lane");
    assertThat(speakerOf(capitalised, "We cooked").title()).isEqualTo("Chef");
    assertThat(speakerOf(capitalised, "a mess").canonical()).isEqualTo("Cole Haddon");
  }

  @Test
  void aRelativeAfterAQuoteSpeaks() {
    List<Quote> quotes = extract("""
        “This is a big year!” Hale's niece, Ana Price, shouted to the crowd.
        “This is a big day!” Hale's nephew shouted back.
        """);
    assertThat(speakerOf(quotes, "This is a big year").canonical()).isEqualTo("Ana Price");
    assertThat(speakerOf(quotes, "This is a big year").title()).isEqualTo("Hale's niece");
    assertThat(speakerOf(quotes, "This is a big day").mention()).isEqualTo("Hale's nephew");
  }

  @Test
  void aRoleSetOffBeforeTheNameIsTheTitle() {
    List<Quote> quotes = extract("""
        Its spokesman, Ed Lane, said the plan “stands.”
        Hale’s longtime aide, Ana Ruiz, said it was “dead.”
        Hale met with his lawyer, Ann Moss, who called it “fine.”
        The company, Acme, said it was “sound.”
        """);
    assertThat(speakerOf(quotes, "stands").title()).isEqualTo("spokesman");
    assertThat(speakerOf(quotes, "dead").title()).isEqualTo("Hale’s longtime aide");
    assertThat(speakerOf(quotes, "fine").title()).isNull(); // an object of "met with", not a subject's role
    assertThat(speakerOf(quotes, "sound").title()).isNull(); // a body has no title
  }

  @Test
  void anOccupationWrittenLikeATitleIsTheTitleNotPartOfTheName() {
    List<Quote> quotes = extract("""
        Comedian Ana Ruiz opened the festival on Friday.
        “The crowd was kind,” Ruiz said.
        “Tickets sold out,” said Democrat Ivo Brandt.
        """);
    assertThat(speakerOf(quotes, "The crowd").canonical()).isEqualTo("Ana Ruiz");
    assertThat(speakerOf(quotes, "The crowd").title()).isEqualTo("Comedian");
    assertThat(speakerOf(quotes, "Tickets").canonical()).isEqualTo("Ivo Brandt");
    assertThat(speakerOf(quotes, "Tickets").title()).isEqualTo("Democrat");
  }

  @Test
  void aPlaceWordIsATitleOnlyBeforeATitle() {
    List<Quote> quotes = extract("""
        “The guidance is clear,” German Chancellor Eva Brandt said.
        “Members should stay home,” the American Legion said in a statement.
        """);
    assertThat(speakerOf(quotes, "The guidance").canonical()).isEqualTo("Eva Brandt");
    assertThat(speakerOf(quotes, "The guidance").title()).isEqualTo("German Chancellor");
    assertThat(speakerOf(quotes, "Members").canonical()).isEqualTo("American Legion");
    assertThat(speakerOf(quotes, "Members").title()).isNull();
  }

  @Test
  void aTitleWithOfRunsToTheName() {
    List<Quote> quotes = extract("""
        City Hall Chief of Staff Ana Ruiz spoke first.
        “The budget is tight,” Ruiz said.
        """);
    assertThat(speakerOf(quotes, "The budget").canonical()).isEqualTo("Ana Ruiz");
    assertThat(speakerOf(quotes, "The budget").title()).isEqualTo("City Hall Chief of Staff");
  }

  @Test
  void wordsBeforeTheNameThatAreNoRoleAreNoTitle() {
    List<Quote> quotes = extract("""
        “I was scared,” 14-year-old Ann Lee said.
        “It rained,” local farmer’s son Bo Tran said.
        """);
    assertThat(speakerOf(quotes, "I was").canonical()).isEqualTo("Ann Lee");
    assertThat(speakerOf(quotes, "I was").title()).isNull();
    assertThat(speakerOf(quotes, "It rained").title()).isNull();
  }

  @Test
  void capitalisedTitlesAndAppositivesKeepTheirTitles() {
    List<Quote> quotes = extract("""
        “No comment,” Foreign Minister Ana Vidal said.
        “Soon,” said John Park, the mayor of Springfield.
        """);
    assertThat(speakerOf(quotes, "No comment").title()).isEqualTo("Foreign Minister");
    assertThat(speakerOf(quotes, "Soon").title()).isEqualTo("mayor of Springfield");
  }

  @Test
  void aPlaceBeforeATitleIsPartOfTheTitleNotOfTheName() {
    List<Quote> quotes = extract("""
        “Taxes stay flat,” said Ohio Gov. Ruth Lang.
        “Not now,” former NATO Secretary General Per Holm told reporters.
        """);
    assertThat(speakerOf(quotes, "Taxes").canonical()).isEqualTo("Ruth Lang");
    assertThat(speakerOf(quotes, "Taxes").title()).isEqualTo("Ohio Gov.");
    assertThat(speakerOf(quotes, "Not now").canonical()).isEqualTo("Per Holm");
    assertThat(speakerOf(quotes, "Not now").title()).isEqualTo("former NATO Secretary General");
  }

  @Test
  void aDescriptionFollowedByTheNameItDescribesNamesThatPerson() {
    List<Quote> quotes = extract("""
        “We beat the forecast,” the company’s chief executive, Ann Lee, said.
        “It will pass,” his lawyer, Dan Roth, told the court.
        “Wait,” a neighbour said, pointing at the smoke.
        """);
    assertThat(speakerOf(quotes, "We beat").canonical()).isEqualTo("Ann Lee");
    assertThat(speakerOf(quotes, "We beat").title()).isEqualTo("company’s chief executive");
    assertThat(speakerOf(quotes, "It will").canonical()).isEqualTo("Dan Roth");
    assertThat(speakerOf(quotes, "Wait").canonical()).isEqualTo("a neighbour");
  }

  @Test
  void aBodyKeepsTheWordsThatWouldBeAPersonsTitle() {
    List<Quote> quotes = extract("""
        “We object,” the National Ferry Association said in a statement.
        “Rules are rules,” said the Federal Harbor Commission.
        “Fine,” said Sen. Tom Church.
        """);
    assertThat(speakerOf(quotes, "We object").canonical()).isEqualTo("National Ferry Association");
    assertThat(speakerOf(quotes, "We object").title()).isNull();
    assertThat(speakerOf(quotes, "Rules").canonical()).isEqualTo("Federal Harbor Commission");
    assertThat(speakerOf(quotes, "Fine").canonical()).isEqualTo("Tom Church");
    assertThat(speakerOf(quotes, "Fine").title()).isEqualTo("Sen.");
  }

  @Test
  void aMentionStopsBeforeAnIrregularPastVerb() {
    List<Quote> quotes = extract("""
        The mayor's campaign sent out a mailer calling the plan “a costly mistake.”
        """);
    assertThat(speakerOf(quotes, "a costly").mention()).isEqualTo("The mayor's campaign");
  }
}
