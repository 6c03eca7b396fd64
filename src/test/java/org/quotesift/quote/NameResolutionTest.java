package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical names: the head of a noun phrase, not a capitalised word that modifies it. */
class NameResolutionTest {

  /** One passage per line. */
  static List<Quote> extract(String text) {
    return extract(false, text);
  }

  /** One passage per line, the first a headline when {@code headline}. */
  private static List<Quote> extract(boolean headline, String text) {
    List<Passage> passages = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        passages.add(new Passage(start, start + line.length(), headline && passages.isEmpty()));
      }
      start += line.length() + 1;
    }
    return QuoteExtractor.extract(text, passages);
  }

  private static String speakerOf(List<Quote> quotes, String quoteStart) {
    return quotes.stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
        .map(q -> q.speaker() == null ? null : q.speaker().canonical()).orElseThrow();
  }

  @Test
  void heIsNoPlaceNorACommonWordOpeningASentence() {
    List<Quote> quotes = extract("""
        Tom Hale was asked about the budget.
        The Ohio senator’s answer was that “jobs come first.”
        “We will fight for them,” he said.
        Port planners met on Monday, and Ana Ruiz said the cost was rising.
        Cost estimates, she added, were “far too low.”
        Instead, Will called the plan bold, and it will pass. “It is sound,” he said.
        """);
    assertThat(speakerOf(quotes, "We will fight")).isEqualTo("Tom Hale");
    assertThat(speakerOf(quotes, "far too low")).isEqualTo("Ana Ruiz"); // not "Cost"
    assertThat(speakerOf(quotes, "It is sound")).isEqualTo("Will"); // a name mid-sentence
  }

  @Test
  void aRoleOwningTheAnswerIsTheDescriptionNotThePlace() {
    List<Quote> quotes = extract("""
        Tom Hale was asked about the budget.
        The Ohio senator’s answer was that “jobs come first.”
        The Jewish state's premier called it “a good day.”
        """);
    assertThat(speakerOf(quotes, "jobs come first")).isEqualTo("The Ohio senator");
    assertThat(speakerOf(quotes, "a good day")).isEqualTo("The Jewish state's premier");
  }

  @Test
  void sheIsNoManNamedLast() {
    List<Quote> quotes = extract("""
        Ana Ruiz stretched the truth on Monday, when she claimed that rivals had used Tom Hale in their ads.
        “He is their best recruiter,” she said.
        """);
    assertThat(speakerOf(quotes, "He is their best")).isEqualTo("Ana Ruiz");
    List<Quote> onlyMen = extract("""
        Tom Hale met the press on Monday.
        She dismissed it as “fiction.”
        """);
    assertThat(speakerOf(onlyMen, "fiction")).isEqualTo("She"); // no woman named: stays as written
  }

  @Test
  void aListOfNamesIsAllOfThem() {
    List<Quote> quotes = extract("""
        Port chief Ana Ruiz and Mayor Tom Hale met on Monday.
        “We agree,” Ruiz and Hale said.
        “We sell soap,” Procter and Gamble said.
        “Fine,” Ruiz and her aides said.
        """);
    assertThat(speakerOf(quotes, "We agree")).isEqualTo("Ana Ruiz and Tom Hale");
    assertThat(speakerOf(quotes, "We sell soap")).isEqualTo("Procter and Gamble"); // one company
    assertThat(speakerOf(quotes, "Fine")).isEqualTo("Ana Ruiz");
  }

  @Test
  void aNicknameInsideANameIsNotPartOfTheCanonicalName() {
    List<Quote> quotes = extract("""
        “We will win,” said Robert “Bobby” Lane, the campaign chief.
        Lane later called the plan “a mess.”
        """);
    assertThat(speakerOf(quotes, "We will win")).isEqualTo("Robert Lane");
    assertThat(speakerOf(quotes, "a mess")).isEqualTo("Robert Lane");
    assertThat(quotes.stream().filter(q -> q.text().equals("Bobby")).findFirst().orElseThrow().speaker())
        .isNull();
    List<Quote> unknownGivenName = extract("""
        Her aide, state Del. Marcia “Cia” Price, said the plan was “fine.”
        """);
    assertThat(unknownGivenName.stream().filter(q -> q.text().equals("Cia")).findFirst().orElseThrow()
        .speaker()).isNull(); // a short nickname, after a given name the lexicon does not know
    assertThat(speakerOf(unknownGivenName, "fine")).isEqualTo("Marcia Price");
  }

  @Test
  void namesWithDecomposedAccentsOrMojibakeStayWhole() {
    List<Quote> quotes = extract("""
        Ana Soto met the press on Friday.
        “We must defend ourselves,” French President FranÃ§ois Hollande said Friday.
        “We will see,” said José Ruiz, the mayor.
        """);
    assertThat(speakerOf(quotes, "We must defend")).isEqualTo("FranÃ§ois Hollande");
    assertThat(speakerOf(quotes, "We will see")).isEqualTo("José Ruiz");
    List<Quote> she = extract("""
        Ana Soto met the press on Friday.
        French President FranÃ§ois Hollande arrived later.
        She called the plan “a mess.”
        """);
    assertThat(speakerOf(she, "a mess")).isEqualTo("Ana Soto"); // not the man, garbled or not
    assertThat(Lexicon.plainLetters("FranÃÂ§ois")).isEqualTo("Francois"); // twice garbled
    assertThat(Lexicon.sexOfFirstName("FranÃ§ois Hollande")).isEqualTo('h');
  }

  @Test
  void namesJoinedBeforeOrAfterTheVerbAreOneSubject() {
    List<Quote> quotes = extract("""
        Port chief Ana Ruiz and Mayor Tom Hale met on Monday.
        Ruiz and Hale said the plan was “a mistake.”
        On Friday, Procter and Gamble said the plan was “costly.”
        “It is over,” said Ruiz, Hale, and Lane in a joint statement.
        “We disagree,” said Ed Lane, Research and Policy Director at the port.
        The Council on Energy, Environment and Water said the air was “cleaner.”
        """);
    assertThat(speakerOf(quotes, "a mistake")).isEqualTo("Ana Ruiz and Tom Hale");
    assertThat(speakerOf(quotes, "costly")).isEqualTo("Procter and Gamble");
    assertThat(speakerOf(quotes, "It is over")).isEqualTo("Ana Ruiz, Tom Hale and Ed Lane");
    assertThat(speakerOf(quotes, "We disagree")).isEqualTo("Ed Lane");
    assertThat(speakerOf(quotes, "cleaner")).isNotEqualTo("Environment and Water");
  }

  @Test
  void aCapitalisedModifierBeforeAJobTitleIsNotTheName() {
    List<Quote> quotes = extract("""
        Budget director Samuel Lee said taxes stay flat. “We found savings,” he said.
        White House spokesman Josh Byrne spoke next. “No comment,” Byrne said.
        """);
    assertThat(speakerOf(quotes, "We found")).isEqualTo("Samuel Lee");
    assertThat(speakerOf(quotes, "No comment")).isEqualTo("Josh Byrne");
  }

  @Test
  void aSurnameIsThePersonItEndsNotTheBodyItStarts() {
    // "Lang" ends "Ruth Lang" and starts "Lang Family Foundation": the surname is the person's;
    // a name with no such person keeps the first-word match (family name first: Kim Jong-un)
    List<Quote> quotes = extract("""
        The Lang Family Foundation gave the park its new gates.
        Mayor Ruth Lang opened them on Friday.
        “We waited ten years,” Lang said.
        Kim Jong-un visited the port. “The harbour will grow,” Kim said.
        """);
    assertThat(speakerOf(quotes, "We waited")).isEqualTo("Ruth Lang");
    assertThat(speakerOf(quotes, "The harbour")).isEqualTo("Kim Jong-un");
  }

  @Test
  void aSurnameWithNoPersonInTheArticleStaysASurnameNotABodyItStarts() {
    List<Quote> quotes = extract("""
        The Lang Family Foundation gave the park its new gates.
        “We waited ten years,” Lang said.
        """);
    assertThat(speakerOf(quotes, "We waited")).isEqualTo("Lang");
  }

  @Test
  void aParticipleOpeningTheSentenceBeforeAWeekdayIsNoAntecedent() {
    List<Quote> quotes = extract("""
        Tomas Reyes runs the port.
        Speaking Sunday on the “Harbour Hour,” Reyes admitted the course name was wrong, but said
        his office had found the paper.
        “We found the paper,” he said.
        """);
    assertThat(speakerOf(quotes, "We found")).isEqualTo("Tomas Reyes");
  }

  @Test
  void aWordCapitalisedOnlyByOpeningTheSentenceIsNoAntecedent() {
    List<Quote> quotes = extract("""
        Ruth Lang chairs the port board.
        At this point, the crowd grows quiet, and she begins to speak, shouting over the wind.
        She called the plan “a hard bargain.”
        """);
    assertThat(speakerOf(quotes, "a hard bargain")).isEqualTo("Ruth Lang");
  }

  @Test
  void aSentenceOpenerBeforeANameIsNotPartOfIt() {
    List<Quote> quotes = extract("""
        For Ruth Lang, the vote was closer than it looked.
        Maybe Tomas Novak knew it too.
        “We won by forty votes,” Lang said.
        “It was not enough,” Novak said.
        """);
    assertThat(speakerOf(quotes, "We won")).isEqualTo("Ruth Lang");
    assertThat(speakerOf(quotes, "It was not")).isEqualTo("Tomas Novak");
  }

  @Test
  void aPronounDoesNotReachBackToAHeadlineSubject() {
    List<Quote> quotes = extract(true, """
        Union Boss Slams Council Over Pier Vote
        Tomas Novak leads the dockworkers of the east harbour.
        He called the vote “a betrayal of the port.”
        """);
    assertThat(speakerOf(quotes, "a betrayal")).isEqualTo("Tomas Novak");
  }

  @Test
  void aSurnameResolvesPastASuffixAndADotlessHonorificIsATitle() {
    List<Quote> quotes = extract("""
        Tomas R. Novak Jr., the county prosecutor, filed the charges.
        “We will not allow threats,” Novak said.
        Mrs Ruth Lang chairs the board. “The vote stands,” Mrs Lang said.
        """);
    assertThat(speakerOf(quotes, "We will not")).isEqualTo("Tomas R. Novak Jr.");
    assertThat(speakerOf(quotes, "The vote stands")).isEqualTo("Ruth Lang");
  }

  @Test
  void anAcronymThatSpellsAPronounIsAName() {
    List<Quote> quotes = extract("""
        The outbreak spread to three towns, officials said.
        “Untreated, it is almost always fatal,” says WHO, the UN health agency.
        """);
    assertThat(speakerOf(quotes, "Untreated")).isEqualTo("WHO");
  }

  @Test
  void heOrSheSkipsABodyThatSpokeSinceForThePersonBefore() {
    List<Quote> quotes = extract("""
        Tomas Novak leads the dockworkers union.
        The Harbor Office said the talks had stalled.
        He called the offer “an insult to every docker.”
        """);
    assertThat(speakerOf(quotes, "an insult")).isEqualTo("Tomas Novak");
  }

  @Test
  void itIsTheDocumentOrBodyBeforeItNeverAPersonNamed() {
    List<Quote> quotes = extract("""
        Mayor Ruth Lang sent supporters an email on Monday.
        “Every vote counts,” it read. It added that donors would be “thanked in person.”
        The Harbor Office answered questions from Tomas Novak.
        “The pier reopens in May,” it said.
        Ana Ruiz spoke to reporters after the hearing on the validity of the inquiry.
        “We are done here,” it said.
        """);
    assertThat(speakerOf(quotes, "Every vote")).isEqualTo("an email");
    assertThat(speakerOf(quotes, "thanked")).isEqualTo("an email");
    assertThat(speakerOf(quotes, "The pier")).isEqualTo("Harbor Office");
    // only a person and a prepositional object before it: "it" stays "it", not Ana Ruiz
    assertThat(speakerOf(quotes, "We are done")).isEqualTo("it");
  }

  @Test
  void aPronounCanTakeTheSubjectAfterAnInvertedReportingVerb() {
    List<Quote> quotes = extract("""
        Mayor Ruth Lang opened the pier.
        Freight and ferries will feel it first, said Ana Ruiz, an economist at the port.
        “Prices rose,” she said.
        The berths are full, Tomas Novak, the harbour master, said Monday.
        “We turn ships away,” he said.
        """);
    assertThat(speakerOf(quotes, "Prices rose")).isEqualTo("Ana Ruiz");
    assertThat(speakerOf(quotes, "We turn")).isEqualTo("Tomas Novak"); // said Monday: no subject
  }

  @Test
  void headIsARoleInAnAppositiveAndBeforeAName() {
    List<Quote> quotes = extract("""
        Tomas Novak, Head of Research at Harbor Bank, pointed out that rates are flat.
        “Nobody is buying,” he said.
        Research team head Ana Ruiz says the plan “is not so crazy.”
        """);
    assertThat(speakerOf(quotes, "Nobody")).isEqualTo("Tomas Novak");
    assertThat(speakerOf(quotes, "is not so crazy")).isEqualTo("Ana Ruiz");
    assertThat(quotes.get(1).speaker().title()).isEqualTo("Research team head");
  }

  @Test
  void whatNewsCopyGluesToANameIsNotPartOfIt() {
    List<Quote> quotes = extract("""
        President-elect Ruth Lang took to Twitter Monday night to defend the pier fund.
        “Every cent went to the port,” she said.
        Tweeted Lang: “The pier is safe.”
        Despite Mr. Lang’s assertion that the fund is “closed,” donations went on.
        Tomas Novak, Harbor City University Law Professor, said the fund was “legal.”
        """);
    assertThat(speakerOf(quotes, "Every cent")).isEqualTo("Ruth Lang"); // not "Twitter Monday"
    assertThat(speakerOf(quotes, "The pier is safe")).isEqualTo("Ruth Lang"); // not "Tweeted Lang"
    assertThat(speakerOf(quotes, "closed")).isEqualTo("Ruth Lang"); // not "Despite Mr. Lang"
    assertThat(speakerOf(quotes, "legal")).isEqualTo("Tomas Novak");
  }

  @Test
  void heOrSheTakesTheNearestPersonOfTheirSexWhenBothFirstNamesTell() {
    List<Quote> quotes = extract("""
        Mary Okafor said the port would reopen.
        Thomas Reyes said the ships were waiting.
        She called the delay “a scandal.”
        Lang said the pier was safe.
        He called it “a gamble.”
        """);
    assertThat(speakerOf(quotes, "a scandal")).isEqualTo("Mary Okafor");
    // "Lang" has no given name: no evidence, so the nearest speaker stands
    assertThat(speakerOf(quotes, "a gamble")).isEqualTo("Lang");
  }

  @Test
  void heOrShePassesOverTheOtherSexForAFullNameThatSaysNothing() {
    List<Quote> quotes = extract("""
        “The pier is safe,” said Zara Quill, an engineer at the port.
        Thomas Reyes said the ships were waiting.
        She called the delay “a scandal.”
        """);
    // Zara Quill is the subject of the inverted "said" after the quote; Thomas is a man's name
    assertThat(speakerOf(quotes, "a scandal")).isEqualTo("Zara Quill");
  }

  @Test
  void aCapitalThatOnlyOpensTheSentenceIsNoAntecedent() {
    List<Quote> quotes = extract("""
        Tomas Reyes runs the port.
        Erroneous gossip claimed the pier was closed. Nobody asked the harbour master.
        “We never closed,” he said.
        """);
    assertThat(speakerOf(quotes, "We never closed")).isEqualTo("Tomas Reyes");
  }

  @Test
  void heOrSheSkipsAGroupThatSpokeSince() {
    List<Quote> quotes = extract("""
        Tomas Novak runs the dockworkers union.
        Republicans say the pier deal is dead.
        He called it “a fair deal.”
        """);
    assertThat(speakerOf(quotes, "a fair deal")).isEqualTo("Tomas Novak");
  }

  @Test
  void theyIsAPluralGroupBeforeItNeverOnePerson() {
    List<Quote> quotes = extract("""
        Tomas Novak met the harbour pilots on Friday.
        The port officials said the tides were “worse than ever.” They called it “reckless.”
        Ruth Lang spoke later.
        “We will strike,” they said.
        Tomas Novak stayed. They’ve called it “a lockout.”
        """);
    assertThat(speakerOf(quotes, "reckless")).isEqualTo("the port officials");
    assertThat(speakerOf(quotes, "We will strike")).isEqualTo("they");
    assertThat(speakerOf(quotes, "a lockout")).isEqualTo("They’ve"); // a contraction as well
  }

  @Test
  void aRelativePronounAfterAnOwnersPhraseNamesThatPhrase() {
    List<Quote> quotes = extract("""
        Mr. Lang’s campaign, which dismissed the audit as “silly,” did not answer.
        """);
    assertThat(speakerOf(quotes, "silly")).isEqualTo("Mr. Lang’s campaign");
  }

  @Test
  void aRelativePronounNamesWhatItFollows() {
    List<Quote> quotes = extract("""
        “The plan is sound,” Mayor Ruth Lang said on Friday.
        The council hired a retired judge who said the plan was “a fair deal.”
        Protest leader Sam Ortiz, who marched all day, called it “a betrayal.”
        The mayor then met critics who said the plan was “rushed.”
        """);
    assertThat(speakerOf(quotes, "a fair deal")).isEqualTo("a retired judge");
    assertThat(speakerOf(quotes, "a betrayal")).isEqualTo("Sam Ortiz");
    assertThat(speakerOf(quotes, "rushed")).isEqualTo("critics");
  }

  @Test
  void aTitledDescriptionNamesTheOnlyPersonWithThatTitle() {
    List<Quote> quotes = extract("""
        Sen. Ana Vidal defended her plan on Monday.
        “I apologize to nobody,” the senator said.
        Later, Gov. Tom Reyes and Gov. Lee Park met. “We agree,” the governor said.
        Sen. Ruth Lang spoke next, and then Moss took questions. “No comment,” the senator said.
        """);
    assertThat(speakerOf(quotes, "I apologize")).isEqualTo("Ana Vidal");
    assertThat(speakerOf(quotes, "We agree")).isEqualTo("the governor"); // two governors
    assertThat(speakerOf(quotes, "No comment")).isEqualTo("the senator"); // two senators by now
  }

  @Test
  void aNameInsideAPrepositionalPhraseIsNotTheSpeakersName() {
    List<Quote> quotes = extract("""
        “We will look at it,” a spokesman for Mayor Ruth Lang said.
        “Welcome, all,” master of ceremonies Tom Reyes said.
        According to some on Reddit, the plan was “doomed.”
        """);
    assertThat(speakerOf(quotes, "We will")).isEqualTo("a spokesman for Mayor Ruth Lang");
    assertThat(speakerOf(quotes, "Welcome")).isEqualTo("Tom Reyes");
    assertThat(speakerOf(quotes, "doomed")).isEqualTo("some on Reddit");
  }

  @Test
  void whoAfterAPrepositionalPhraseNamesThePersonItQualifies() {
    List<Quote> quotes = extract("""
        Mayor Ruth Lang spoke first.
        Her attacks were echoed by Democrats across the region, who said the plan was “a scam.”
        The mayor sat with one aide familiar with the talks, who said they were “stuck.”
        She quoted the memoirs of a retired judge, who said it was “hopeless.”
        """);
    assertThat(speakerOf(quotes, "a scam")).isEqualTo("Democrats");
    assertThat(speakerOf(quotes, "stuck")).isEqualTo("one aide familiar with the talks");
    assertThat(speakerOf(quotes, "hopeless")).isEqualTo("a retired judge");
  }

  @Test
  void whichAndThatNameTheThingTheyFollow() {
    List<Quote> quotes = extract("""
        Mayor Ruth Lang spoke first.
        A boy lifted the sign — which read “Kids 4 Cole” — over his head.
        The council issued a report, which said the plan was “sound.”
        """);
    assertThat(speakerOf(quotes, "Kids 4 Cole")).isEqualTo("the sign");
    assertThat(speakerOf(quotes, "sound")).isEqualTo("a report");
  }

  @Test
  void aNameModifyingACommonNounIsNotTheSpeaker() {
    List<Quote> quotes = extract("“We will keep knocking on doors,” a Moreno aide said on Monday.\n");
    assertThat(speakerOf(quotes, "We will")).isEqualTo("a Moreno aide");
  }

  @Test
  void aNameLinkedByAFunctionWordStaysTheName() {
    List<Quote> quotes = extract("“We will vote no,” Democrats in Congress said on Monday.\n");
    assertThat(speakerOf(quotes, "We will")).isEqualTo("Democrats");
  }

  @Test
  void aPronounWithNoEarlierReportingVerbTakesTheLastPersonNamed() {
    List<Quote> quotes = extract("""
        Nadia Ferreira is a trade negotiator, and the Labour Party backs her.
        “We will get a deal,” she said.
        """);
    assertThat(speakerOf(quotes, "We will")).isEqualTo("Nadia Ferreira");
  }

  @Test
  void aTitleCaseHeadlineInsideTheTextIsNotTakenForAName() {
    List<Quote> quotes = extract("""
        Ministry To Release New Figures
        “The numbers are final,” Ministry sources said.
        """);
    assertThat(speakerOf(quotes, "The numbers")).isNotEqualTo("Ministry To Release");
  }

  @Test
  void aFullNameSeenOnlyBeforeAPossessiveStillExpandsTheSurname() {
    List<Quote> quotes = extract("""
        The fight over the harbour plan hurt Ana Vidal’s standing with the council.
        “We will win the vote,” Vidal said on Monday.
        """);
    assertThat(speakerOf(quotes, "We will")).isEqualTo("Ana Vidal");
  }

  @Test
  void aSurnameRightAfterATitleIsNoFullNameOfItsOwn() {
    List<Quote> quotes = extract("""
        Sen. Tom Moss spoke first. Later the Ohio Sen. Moss took questions.
        “It passed,” Moss said.
        """);
    assertThat(speakerOf(quotes, "It passed")).isEqualTo("Tom Moss");
  }

  @Test
  void aTitleCaseHeadlineIsNoSourceOfNamesWhenTheBodyNamesThePerson() {
    List<Quote> quotes = extract(true, """
        Mayor Lang Vows Quick Fix
        Ruth Lang spoke on Monday. “We will fix it,” Lang said.
        """);
    assertThat(speakerOf(quotes, "We will")).isEqualTo("Ruth Lang");
  }

  @Test
  void aHeadlineStillNamesInFullSomeoneTheBodyNamesOnlyBySurname() {
    List<Quote> quotes = extract(true, """
        Victory for Ann Moss
        Voters backed the plan. “It is a good day,” Moss said.
        """);
    assertThat(speakerOf(quotes, "It is")).isEqualTo("Ann Moss");
  }
}
