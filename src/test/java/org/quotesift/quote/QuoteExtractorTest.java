package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per phenomenon, on short sentences written for these tests. */
class QuoteExtractorTest {

  /** An article: paragraphs separated by blank lines; a leading {@code #} marks a headline. */
  record Doc(String text, List<Passage> passages, List<Quote> quotes) {
    Quote quote(String words) {
      return quotes.stream().filter(q -> q.text().equals(words)).findFirst()
          .orElseThrow(() -> new AssertionError("no quote “" + words + "” in " + quotes));
    }

    String speaker(String words) {
      Speaker s = quote(words).speaker();
      return s == null ? null : s.canonical();
    }

    String mention(String words) {
      Speaker s = quote(words).speaker();
      return s == null ? null : s.mention();
    }
  }

  static Doc doc(String... paragraphs) {
    return doc(false, paragraphs);
  }

  /** {@link #doc(String...)} with two straight single marks read as a double mark, or not. */
  static Doc doc(boolean pairedSingles, String... paragraphs) {
    StringBuilder b = new StringBuilder();
    List<Passage> ps = new ArrayList<>();
    for (String p : paragraphs) {
      boolean headline = p.startsWith("#");
      String body = headline ? p.substring(1) : p;
      int start = b.length();
      b.append(body);
      ps.add(new Passage(start, b.length(), headline));
      b.append("\n\n");
    }
    String text = b.toString();
    List<Quote> quotes = QuoteExtractor.extract(text, ps, pairedSingles);
    for (Quote q : quotes) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      if (q.speaker() != null) {
        Speaker s = q.speaker();
        assertThat(text.substring(s.mentionStart(), s.mentionEnd())).isEqualTo(s.mention());
      }
    }
    return new Doc(text, ps, quotes);
  }

  @Nested
  class Spans {
    @Test
    void curlyAndStraightDoubleQuotes() {
      Doc d = doc("“Rain is coming,” Ana Silva said.", "\"The roads will close,\" Ana Silva added.");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("Rain is coming,", "The roads will close,");
    }

    @Test
    void guillemetsAndLowHighMarks() {
      Doc d = doc("«We stay open,» the baker said.", "„We close at six,“ the grocer said.");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("We stay open,", "We close at six,");
    }

    @Test
    void singleQuotesInHeadlinesOnly() {
      Doc d = doc("#Bridge to reopen ‘within weeks’ : Okafor",
          "Transport Minister Grace Okafor spoke on Monday about the bridge’s ‘temporary’ repairs.");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("within weeks");
      assertThat(d.speaker("within weeks")).isEqualTo("Grace Okafor");
    }

    @Test
    void britishSingleQuotesStraightOrCurly() {
      Doc straight = doc("'It's a disgrace,' said Tom Hale. 'The port's future is at stake.'",
          "Ruiz called the plan 'reckless' and 'ill-judged'. It was the '90s, and rock 'n' roll ruled.");
      assertThat(straight.quotes()).extracting(Quote::text).containsExactly("It's a disgrace,",
          "The port's future is at stake.", "reckless", "ill-judged");
      assertThat(straight.speaker("It's a disgrace,")).isEqualTo("Tom Hale");
      Doc curly = doc("Ruiz called the plan ‘reckless’ and ‘ill-judged’, and said ‘no’.");
      assertThat(curly.quotes()).extracting(Quote::text).containsExactly("reckless", "ill-judged", "no");
    }

    @Test
    void twoStraightSinglesForADoubleMarkDoNotMakeSinglesQuote() {
      // ''…'' stands for a double mark in some archives; not read yet, and no single quotes either
      Doc d = doc("''It's late,'' said Mr. Lee. ''We're 'done' here,'' he added.");
      assertThat(d.quotes()).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotes() {
      Doc d = doc("#Japan’s exporters and the countries’ ’80s pact: Japan`s view",
          "Japan’s exporters said the countries’ deal from the ’80s still stands.");
      assertThat(d.quotes()).isEmpty();
    }

    @Test
    void mismatchedClosingMark() {
      Doc d = doc("“It is a plain, two-faced act.’ the weekly said. Then it stopped.");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("It is a plain, two-faced act.");
    }

    @Test
    void nestedSingleQuotesStayInside() {
      Doc d = doc("“He told me ‘never again,’ and he meant it,” Ruiz said.");
      assertThat(d.quotes()).extracting(Quote::text)
          .containsExactly("He told me ‘never again,’ and he meant it,");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraphAndTheNextReopens() {
      Doc d = doc("Coach Dana Reyes said: “We trained all winter.",
          "“Now we are ready for the final.”");
      assertThat(d.quotes()).extracting(Quote::text)
          .containsExactly("We trained all winter.", "Now we are ready for the final.");
      assertThat(d.quote("We trained all winter.").paragraph()).isZero();
      assertThat(d.quote("Now we are ready for the final.").paragraph()).isEqualTo(1);
      assertThat(d.speaker("Now we are ready for the final.")).isEqualTo("Dana Reyes");
    }

    @Test
    void aQuoteLeftOpenTakesTheSpeakerNamedWhereItGoesOn() {
      Doc d = doc("\"The pier needs work,\" Ruiz said.",
          "\"We worked all winter on the plans.",
          "\"Now we are ready to build,\" Mayor Tom Hale said.",
          "\"A block quote of a report runs on.",
          "“We can wait,” Ruiz said.");
      assertThat(d.speaker("We worked all winter on the plans.")).isEqualTo("Tom Hale");
      assertThat(d.speaker("Now we are ready to build,")).isEqualTo("Tom Hale");
      // another mark opens the next paragraph: a new quote, not this one going on
      assertThat(d.speaker("A block quote of a report runs on.")).isNotEqualTo("Ruiz");
    }

    @Test
    void onlyPassagesAreSearched() {
      String text = "“Caption words,” Photo Desk said.\n“Body words,” Lin Mei said.";
      List<Quote> qs = QuoteExtractor.extract(text, List.of(new Passage(text.indexOf('\n') + 1, text.length(), false)));
      assertThat(qs).extracting(Quote::text).containsExactly("Body words,");
      assertThat(qs.get(0).paragraph()).isZero();
    }

    @Test
    void emptyQuotesAndNoMarks() {
      assertThat(doc("Nothing “” to see here.", "Plain text only.").quotes()).isEmpty();
    }

    @Test
    void openingCurlyMarkUsedAsCloser() {
      Doc d = doc("“It is unusual,“ said Noor Saleh. “It rarely works.”");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("It is unusual,", "It rarely works.");
      assertThat(d.speaker("It rarely works.")).isEqualTo("Noor Saleh");
    }

    @Test
    void strayStraightMarkBeforeACurlyQuote() {
      Doc d = doc("\"Tom Ray laughed it off, saying “Not today.” The crowd cheered.");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("Not today.");
      assertThat(d.speaker("Not today.")).isEqualTo("Tom Ray");
    }

    @Test
    void markupAttributesAreNotQuotes() {
      Doc d = doc("<post id=\"8812\" author=\"@ana\">Ana Lutz wrote that the fair was “a joy.”</post>");
      assertThat(d.quotes()).extracting(Quote::text).containsExactly("a joy.");
    }

    @Test
    void inchMarksAreNotQuotes() {
      assertThat(doc("The shelf is 5'2\" tall and 3' wide.").quotes()).isEmpty();
    }
  }

  @Nested
  class Cues {
    @Test
    void speakerThenCueAfterQuote() {
      Doc d = doc("“The budget is balanced,” Omar Haddad said.");
      assertThat(d.speaker("The budget is balanced,")).isEqualTo("Omar Haddad");
      assertThat(d.quote("The budget is balanced,").cue()).isEqualTo("said");
    }

    @Test
    void cueThenSpeakerAfterQuote() {
      Doc d = doc("“We will appeal,” said Sen. Rosa Delgado, D-N.M.");
      assertThat(d.speaker("We will appeal,")).isEqualTo("Rosa Delgado");
      assertThat(d.mention("We will appeal,")).startsWith("Sen. Rosa Delgado");
    }

    @Test
    void appositiveBetweenSpeakerAndCue() {
      Doc d = doc("“Talks went well,” Lars Berg, the senior adviser to the mayor, said on Tuesday.");
      assertThat(d.speaker("Talks went well,")).isEqualTo("Lars Berg");
      assertThat(d.quote("Talks went well,").speaker().title()).isEqualTo("senior adviser to the mayor");
    }

    @Test
    void theListenerAfterToldIsNoSpeaker() {
      Doc d = doc("“It was a trick,” a council member who was there, told the Courier.");
      assertThat(d.speaker("It was a trick,")).isEqualTo("a council member");
    }

    @Test
    void aTitleCaseAppositiveAndACompanySuffixAreNotTheSubject() {
      Doc d = doc("Ana Vidal, Senior Vice President of Sales for Harbor Tools, Inc., says: “Ships wait.”",
          "In Port Lamb, Secretary of State Tomas Novak said: “The pier stays shut.”",
          "Rob Hale, President Harbor Tools Europe, says: “We ship on time.”");
      assertThat(d.speaker("Ships wait.")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("The pier stays shut.")).isEqualTo("Tomas Novak");
      assertThat(d.speaker("We ship on time.")).isEqualTo("Rob Hale");
    }

    @Test
    void aCapitalOpeningTheSentenceBeforeARoleNounIsNoName() {
      Doc d = doc("Former harbour officials called the plan “reckless.”",
          "Outside the Lang campaign, critics called it “a gamble.”",
          "Novak’s aides called it “fair.”");
      assertThat(d.speaker("reckless.")).isEqualTo("Former harbour officials");
      assertThat(d.speaker("a gamble.")).isEqualTo("critics");
      assertThat(d.speaker("fair.")).isEqualTo("Novak’s aides"); // not widened past the owner
    }

    @Test
    void aQuoteOpeningItsSentenceAfterASentenceAboutSomeoneIsTheirs() {
      Doc d = doc("Tomas Novak expects three more ships this week. “The pier will hold.”",
          "Continue reading below. “Nobody said so.”");
      assertThat(d.speaker("The pier will hold.")).isEqualTo("Tomas Novak");
      assertThat(d.quote("The pier will hold.").confidence()).isLessThan(0.5); // a guess, and says so
      assertThat(d.speaker("Nobody said so.")).isNull(); // an imperative names nobody
    }

    @Test
    void aPresentTenseVerbEndsTheSubjectPhrase() {
      Doc d = doc("The harbour group seeks to call the plan “reckless.”",
          "The authors of the audit called it “a gamble.”");
      assertThat(d.mention("reckless.")).isEqualTo("The harbour group");
      assertThat(d.mention("a gamble.")).isEqualTo("The authors of the audit"); // a plural noun
    }

    @Test
    void aContractedThereOrThatIsNoSpeaker() {
      Doc d = doc("There’s still time for Ana Ruiz to mend fences, even after dismissing them as"
          + " the “harbour cartel.”");
      assertThat(d.speaker("harbour cartel.")).isNotEqualTo("There");
    }

    @Test
    void aFirstNameThatSpellsAModalStillOpensTheSpeaker() {
      Doc d = doc("“It was a trick,” Will Moy, the council leader, said.",
          "“We are ready,” May Lee said.");
      assertThat(d.speaker("It was a trick,")).isEqualTo("Will Moy");
      assertThat(d.speaker("We are ready,")).isEqualTo("May Lee");
    }

    @Test
    void cueBeforeQuote() {
      Doc d = doc("Nina Park told reporters, “The vote is final.”");
      assertThat(d.speaker("The vote is final.")).isEqualTo("Nina Park");
      assertThat(d.quote("The vote is final.").cue()).isEqualTo("told");
    }

    @Test
    void colonAfterName() {
      Doc d = doc("Mayor Ivo Kranj: “We will rebuild the harbour.”");
      assertThat(d.speaker("We will rebuild the harbour.")).isEqualTo("Ivo Kranj");
    }

    @Test
    void dashAttribution() {
      Doc d = doc("“Nothing worth having comes easy.” — Theo Marsh");
      assertThat(d.speaker("Nothing worth having comes easy.")).isEqualTo("Theo Marsh");
    }

    @Test
    void accordingTo() {
      Doc d = doc("“Supplies are low,” according to the relief agency.");
      assertThat(d.mention("Supplies are low,")).isEqualTo("the relief agency");
      assertThat(d.quote("Supplies are low,").cue()).isEqualTo("according to");
    }

    @Test
    void anyVerbAfterAQuoteEndingInAComma() {
      Doc d = doc("“That is not true,” Bea Quinn shot back.");
      assertThat(d.speaker("That is not true,")).isEqualTo("Bea Quinn");
    }

    @Test
    void horizontalBarAttribution() {
      Doc d = doc("“The buses never come on time.” ― Lena Ortiz");
      assertThat(d.speaker("The buses never come on time.")).isEqualTo("Lena Ortiz");
    }

    @Test
    void transcriptLabelInsideTheQuote() {
      Doc d = doc("Host Mara Quist pressed the senator.", "\"QUIST: Will you vote for the bill?\"",
          "\"Crooked Roads: A History of the County Fair,\" the book, came out in May.");
      assertThat(d.mention("QUIST: Will you vote for the bill?")).isEqualTo("QUIST");
      assertThat(d.speaker("QUIST: Will you vote for the bill?")).isEqualTo("Mara Quist");
      assertThat(d.speaker("Crooked Roads: A History of the County Fair,")).isNull();
    }

    @Test
    void sentenceFinalAttributionCoversEveryQuote() {
      Doc d = doc("The “fair share” rule is about “people paying what they owe,” Dev Patel said.");
      assertThat(d.speaker("fair share")).isEqualTo("Dev Patel");
      assertThat(d.speaker("people paying what they owe,")).isEqualTo("Dev Patel");
    }

    @Test
    void paragraphEndingInAColonIntroducesTheQuote() {
      Doc d = doc("Councillor Ayo Bello answered the critics:", "“We kept every promise we made.”");
      assertThat(d.speaker("We kept every promise we made.")).isEqualTo("Ayo Bello");
    }

    @Test
    void verbAfterAFinishedQuoteIntroducesTheNextOne() {
      Doc d = doc("Rita Moss said, “The plan is sound.” He added, “We start in June.”");
      assertThat(d.mention("The plan is sound.")).isEqualTo("Rita Moss");
      assertThat(d.mention("We start in June.")).isEqualTo("He");
    }

    @Test
    void participleHangsOffTheMainClause() {
      Doc d = doc("Felix Ortega attacked the plan on Monday, calling it “a costly mistake.”");
      assertThat(d.speaker("a costly mistake.")).isEqualTo("Felix Ortega");
    }

    @Test
    void reportedSpeechKeepsTheReportingSpeaker() {
      Doc d = doc("Hana Kim said she thinks the proposal is “bold but fair.”");
      assertThat(d.mention("bold but fair.")).isEqualTo("Hana Kim");
    }

    @Test
    void agreedReportsButAgreedToDoesNot() {
      Doc d = doc("Professor Ines Vale agreed. “The data are clear.”",
          "Mark Eze agreed to a second debate and called it “overdue.”");
      assertThat(d.speaker("The data are clear.")).isEqualTo("Ines Vale");
      assertThat(d.quote("overdue.").cue()).isEqualTo("called");
    }

    @Test
    void documentsAndBareQuantifiersSpeak() {
      Doc d = doc("The email said, “Effective today, the club closes.”",
          "Residents were split. Many said, “The plan was rushed.”");
      assertThat(d.mention("Effective today, the club closes.")).isEqualTo("The email");
      assertThat(d.mention("The plan was rushed.")).isEqualTo("Many");
    }

    @Test
    void accordingToAtTheEndOutranksTheReportedVerb() {
      Doc d = doc("The clerk said the vote was “a formality,” according to the minutes.");
      assertThat(d.mention("a formality,")).isEqualTo("the minutes");
      // "report" reads as a noun after an article at the end of the phrase
      assertThat(doc("The fee was “a mere token,” according to the report.").mention("a mere token,"))
          .isEqualTo("the report");
    }

    @Test
    void aSourceNamedAfterTheSpeakerReportsThatTheySaidIt() {
      // who said what: Lang said it; the Gazette (or the minutes) only reports that she did
      Doc d = doc("“We are short of beds,” Ruth Lang said at a briefing, according to the Harbor Gazette.",
          "“Can the plan work by May?” Tomas Novak asked, according to the hearing's minutes.",
          "The fee was “a mere token” for the town, according to the audit.");
      assertThat(d.mention("We are short of beds,")).isEqualTo("Ruth Lang");
      assertThat(d.mention("Can the plan work by May?")).isEqualTo("Tomas Novak");
      assertThat(d.mention("a mere token")).isEqualTo("the audit");
    }

    @Test
    void aReportClosingTheSentenceLeavesTheSpeakerFoundInIt() {
      Doc d = doc("Mayor Ruth Lang told the council the budget was “a fair deal,” the Valley Herald reported.",
          "“We will appeal,” said Tomas Novak, the union's lawyer, reports the Daily Courier.",
          "“We won,” Ana Moss wrote in a letter, which was later reported by the Courier.");
      assertThat(d.mention("a fair deal,")).isEqualTo("Mayor Ruth Lang");
      assertThat(d.mention("We will appeal,")).isEqualTo("Tomas Novak");
      assertThat(d.mention("We won,")).isEqualTo("Ana Moss");
    }

    @Test
    void aCueInsideAClosedWhoClauseLeavesTheQuoteAfterItToTheMainClause() {
      Doc d = doc("Tom Hale, who has often described the mayor as “a bully,” clearly wanted the council"
              + " to “look away” from the plan.",
          "Lang was asked by the reporter Ana Moss whether the levy, which the Harbor Institute"
              + " estimates would cost millions, would risk “breaking the town budget.”");
      assertThat(d.mention("a bully,")).isEqualTo("who");
      assertThat(d.mention("look away")).isEqualTo("Tom Hale");
      assertThat(d.mention("breaking the town budget.")).isEqualTo("the reporter Ana Moss");
    }

    @Test
    void aParticipleAfterWithHasItsOwnSubjectNotTheMainClauses() {
      Doc d = doc("The union denied the report, with Lang calling it “a stunt” on the radio.",
          "The board denied it happened, with Moss taking to the radio to call Hale “totally confused.”");
      assertThat(d.mention("a stunt")).isEqualTo("Lang");
      assertThat(d.mention("totally confused.")).isEqualTo("Moss");
    }

    @Test
    void aVerbThatTakesWhoItAddressesIsNeverInvertedAfterAQuote() {
      // “…,” said Lang inverts; “Harbor Nights,” thanked Lang does not: Lang is thanked
      Doc d = doc("Ana Ruiz, star of the local show “Harbor Nights,” thanked Lang for “keeping the beaches clean.”");
      assertThat(d.mention("keeping the beaches clean.")).isEqualTo("star of the local show");
    }

    @Test
    void aDocumentAfterAPrepositionSpeaksThroughTheParticipleAfterIt() {
      Doc d = doc("Lang visited the port, but not until a week after the paper's editorial telling her to"
          + " leave her “office for the rich” and see the docks.");
      assertThat(d.mention("office for the rich")).isEqualTo("the paper's editorial");
    }

    @Test
    void aVerbFormBetweenTheOwnerAndTheSpeechNounIsAnAdjective() {
      Doc d = doc("Moss listed what critics believe went wrong: the late budget and Lang's confusing"
          + " argument in favor of “free parking.”");
      assertThat(d.mention("free parking.")).isEqualTo("Lang's");
    }

    @Test
    void aByAgentAfterAQuoteInAPlacePhraseDidNotSayIt() {
      Doc d = doc("Hale called it a “paperwork slip” that was reported in a “smear piece” by the Daily Courier.",
          "The pier was labeled “unsafe” by the harbor board.");
      assertThat(d.mention("smear piece")).isEqualTo("Hale");
      assertThat(d.mention("unsafe")).isEqualTo("the harbor board");
    }

    @Test
    void aWeakCueWhoseSubjectStandsBeforeAStrongOneIsNotWhatItReports() {
      Doc d = doc("She has proposed hiring a “harbor prosecutor” who reports directly to the mayor, and"
          + " called for doubling “the number of inspectors on the docks.”");
      assertThat(d.mention("the number of inspectors on the docks.")).isEqualTo("She");
    }

    @Test
    void aPerfectParticipleHangsOffTheMainClauseLikeAnIngForm() {
      Doc d = doc("Critics list two errors. That Lang misjudged the harbor chief, having referred to him"
          + " as a “reformer.”");
      assertThat(d.mention("reformer.")).isEqualTo("Lang");
    }

    @Test
    void aBaseFormAfterAndSharesTheSubjectOfTheInfinitiveItJoins() {
      Doc d = doc("That prompted Moss to make a joke about boats and call Lang “very flexible,” a nod to the vote.",
          "Ruiz urged Moss to resign and said the plan was “dead.”");
      assertThat(d.mention("very flexible,")).isEqualTo("Moss");
      assertThat(d.mention("dead.")).isEqualTo("Ruiz");
    }

    @Test
    void aPlaceSetOffByCommasBelongsToTheNounBeforeIt() {
      Doc d = doc("Kasich is telling voters he is tough after a woman in Dayton, Ohio, told him she worries"
              + " he is “too soft” to lead.",
          "Vidal, at a picnic in Toledo, Ohio, said the plan was “dead.”");
      assertThat(d.mention("too soft")).isEqualTo("a woman in Dayton");
      assertThat(d.mention("dead.")).isEqualTo("Vidal");
    }

    @Test
    void respondentsSpeakThroughThePoll() {
      Doc d = doc("In a June poll by the Harbor Institute, 40 percent of renters said rents were “out of reach.”",
          "The survey also finds that most farmers say the new levy is “a burden.”",
          "Most farmers say the new levy is “unfair.”");
      assertThat(d.mention("out of reach.")).isEqualTo("a June poll");
      assertThat(d.mention("a burden.")).isEqualTo("The survey");
      assertThat(d.mention("unfair.")).isEqualTo("Most farmers");
    }

    @Test
    void accordingToOpeningTheSentenceIsTheSourceOfADirectQuote() {
      Doc d = doc("According to the Harbor Gazette, a sign at the ferry gate read, “Closed until spring.”");
      assertThat(d.mention("Closed until spring.")).isEqualTo("the Harbor Gazette");
    }

    @Test
    void aPossessiveRightAfterTheVerbIsTheSubjectsOwn() {
      Doc d = doc("Ruth Lang defended her remarks as “a joke.”",
          "Tomas Novak stood by his claim that the dam was “safe.”",
          "She later defended his remarks as “fair.”");
      assertThat(d.mention("a joke.")).isEqualTo("Ruth Lang");
      assertThat(d.mention("safe.")).isEqualTo("Tomas Novak");
      assertThat(d.mention("fair.")).isEqualTo("She"); // she calls them fair
    }

    @Test
    void indicateAndPortrayReport() {
      Doc d = doc("The review, which ran to 40 pages, indicated the pumps were “beyond repair.”",
          "On Friday, Ruth Lang went on the attack, portraying Tomas Novak as reckless because he had"
              + " backed “a costly plan.”");
      assertThat(d.mention("beyond repair.")).isEqualTo("The review");
      assertThat(d.mention("a costly plan.")).isEqualTo("Ruth Lang");
    }

    @Test
    void framingSomeoneAsSomethingReportsEvenATitleCaseQuote() {
      Doc d = doc("Ruth Lang has framed herself as the best hope for the “Save the Pier” crowd.");
      assertThat(d.mention("Save the Pier")).isEqualTo("Ruth Lang");
    }

    @Test
    void aVerbCoordinatedInsideARelativeClauseTakesThatClausesSubject() {
      Doc d = doc("The old dam, which Lang had called a “relic” and vowed to “replace,” still stands.");
      assertThat(d.mention("replace,")).isEqualTo("Lang");
    }

    @Test
    void pointIsAReportingVerbOnlyWhenItPointsOutOrTo() {
      Doc d = doc("Ruth Lang repeated her view that Tomas Novak recites the same talking points, calling"
          + " him a “fine actor.”", "Ruth Lang pointed out that the pier was “unsafe.”");
      assertThat(d.mention("fine actor.")).isEqualTo("Ruth Lang");
      assertThat(d.mention("unsafe.")).isEqualTo("Ruth Lang");
    }

    @Test
    void theSubjectAfterWhyOrHowReportsTheClause() {
      Doc d = doc("That is why critics say she had planned to “sell off” the harbor.");
      assertThat(d.mention("sell off")).isEqualTo("critics");
    }

    @Test
    void tellingSomeoneAClauseReportsIt() {
      Doc d = doc("Tomas Novak told the board he had described the budget as “a mess.”",
          "At the rally, Ruth Lang assured her audience she had described the developers as “greedy.”");
      assertThat(d.mention("a mess.")).isEqualTo("Tomas Novak");
      assertThat(d.mention("greedy.")).isEqualTo("Ruth Lang");
    }

    @Test
    void reportedSpeechInsideReportedSpeechBelongsToTheOutermostSpeaker() {
      Doc d = doc("Ruth Lang admitted that she had erred when she claimed that the auditor had described"
          + " the books as “clean.”");
      assertThat(d.mention("clean.")).isEqualTo("Ruth Lang");
    }

    @Test
    void anAsideOpenedByWhichInsideReportedSpeechHasItsOwnSpeaker() {
      Doc d = doc("Ruth Lang stated that the council had approved the pier plan, which she described as"
          + " “a fine start.”");
      assertThat(d.mention("a fine start.")).isEqualTo("she");
    }

    @Test
    void aNameAfterAndOpensAClauseOfItsOwnEvenForABeliefVerb() {
      Doc d = doc("Both issued a statement, Ruth Lang saying she was “pleased” and Tomas Novak calling it"
          + " a “good talk.”");
      assertThat(d.mention("pleased")).isEqualTo("Ruth Lang");
      assertThat(d.mention("good talk.")).isEqualTo("Tomas Novak");
    }

    @Test
    void aLowerCaseWordBeforeARoleAfterACapitalisedOneStaysInTheSubject() {
      Doc d = doc("\"We will win,\" the Green vice-presidential nominee riffed on the crowd.",
          "Veteran harbor reporter Ana Ruiz once said: “The pier was built in May. The road came later.”");
      assertThat(d.mention("We will win,")).isEqualTo("the Green vice-presidential nominee");
      assertThat(d.mention("The pier was built in May. The road came later."))
          .isEqualTo("Veteran harbor reporter Ana Ruiz");
    }

    @Test
    void peopleNamedByTheirWorkCanSpeak() {
      Doc d = doc("The retired neurosurgeon has given no details about the clinic, saying only that she was"
          + " “refining some practices.”", "\"We are still counting,\" one harbor insider said.");
      assertThat(d.mention("refining some practices.")).isEqualTo("The retired neurosurgeon");
      assertThat(d.mention("We are still counting,")).isEqualTo("one harbor insider");
    }

    @Test
    void whatAPronounCallsIsNamedByTheSentencesSubject() {
      Doc d = doc("Ruth Lang has railed against what she calls the “harbor cartel” for years.",
          "Ruth Lang is building a depot in what she hopes will become a “mini hub.”",
          "She was sent home after what she called a “rant.”");
      assertThat(d.mention("harbor cartel")).isEqualTo("Ruth Lang");
      assertThat(d.mention("mini hub.")).isEqualTo("she");
      assertThat(d.mention("rant.")).isEqualTo("she");
    }

    @Test
    void aVerbOrNounAfterAPhraseQuotedMidSentenceIsNoInvertedAttribution() {
      Doc d = doc("Ruth Lang is choosing not to respond to accusations that her backers are waging “rude” and"
          + " “sexist” attacks on the former mayor.",
          "Ruth Lang summed up Tom Hale as “weak,” denounced his record as mayor and said he should resign.");
      assertThat(d.mention("sexist")).isEqualTo("Ruth Lang");
      assertThat(d.mention("weak,")).isEqualTo("Ruth Lang");
    }

    @Test
    void aVerbThatReportsAQuoteOfItsOwnDoesNotCloseTheSentence() {
      Doc d = doc("Contrast that with Lang, who has called the pact “insanity,” and the Hale campaign, which"
          + " says it is “disastrous.”",
          "A “big truck” plowed through the barriers, Ana Ruiz said, and “everyone started running.”");
      assertThat(d.mention("insanity,")).isEqualTo("who");
      assertThat(d.mention("big truck")).isEqualTo("Ana Ruiz");
    }

    @Test
    void anInvertedAttributionRightAfterAPartialQuoteOutranksACueBeforeIt() {
      Doc d = doc("When Tom Hale said at a rally that he would skip the vote, he “spoke for the whole harbor,”"
          + " said Ana Ruiz, a dock worker.");
      assertThat(d.mention("spoke for the whole harbor,")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aClauseLongPhraseQuotedWithNoAttributionGoesOnWithTheSentenceBefore() {
      Doc d = doc("Rising costs make it hard to plan ahead, Ana Ruiz said. Good planning can still win, but"
          + " only when “the numbers are honest and public.”",
          "Rising costs make it hard to plan ahead, Ana Ruiz said. Planning still wins with “fair” numbers.");
      assertThat(d.mention("the numbers are honest and public.")).isEqualTo("Ana Ruiz");
      assertThat(d.speaker("fair")).isNull();
    }

    @Test
    void protestSnipeVentBemoanChideAndBarkReport() {
      Doc d = doc("The Hale campaign protested that the mayor's aides were being “disingenuous” because they"
          + " knew Hale “had already booked the hall.”",
          "Tom Hale sniped that Ana Ruiz, a first-time mayor, was “learning on the job.”",
          "Ana Ruiz vented to her husband that the budget would be “a disaster.”");
      assertThat(d.mention("had already booked the hall.")).isEqualTo("The Hale campaign");
      assertThat(d.mention("learning on the job.")).isEqualTo("Tom Hale");
      assertThat(d.mention("a disaster.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aSentenceQuotedAfterThatBelongsToTheVerbBeforeIt() {
      Doc d = doc("But even as Ruth Lang claimed on Tuesday that “The old pier got fixed for far less,” one of"
          + " the engineers said the two cases were quite different.");
      assertThat(d.quote("The old pier got fixed for far less,").kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(d.mention("The old pier got fixed for far less,")).isEqualTo("Ruth Lang");
    }

    @Test
    void aSentenceClosingWithWhoseViewItIsNamesTheHolder() {
      Doc d = doc("Only the new pier is “safe” in his eyes.",
          "The storm was “the worst in a decade” from the harbor to the hills, in Ana Ruiz's view.",
          "Ana Ruiz touted the record—“the longest run in our history”—and promised more because, in her"
              + " words, “it works.”");
      assertThat(d.mention("safe")).isEqualTo("his");
      assertThat(d.mention("the longest run in our history")).isEqualTo("Ana Ruiz");
      assertThat(d.mention("the worst in a decade")).isEqualTo("Ana Ruiz's");
    }

    @Test
    void aParticipleJoinedByAndToOneAfterWithSharesItsSubject() {
      Doc d = doc("Critics were quick to weigh in, with Ana Ruiz tweeting that it was a “disaster” for the port"
          + " and asking, “Who will pay for this?”");
      assertThat(d.mention("Who will pay for this?")).isEqualTo("Ana Ruiz");
    }

    @Test
    void anAgeBetweenCommasIsNoSubject() {
      Doc d = doc("Ana Ruiz's eldest daughter, 34, has built her name on the cause, writing that the pier"
          + " is “a disgrace.”");
      assertThat(d.mention("a disgrace.")).isEqualTo("Ana Ruiz's eldest daughter");
    }

    @Test
    void aVerbPhraseWithThatReportsTheClause() {
      Doc d = doc("Ruth Lang has made clear that she expects the council to back the “harbor deal.”",
          "Tomas Novak expressed surprise that the mayor had described the levy as “modest.”");
      assertThat(d.mention("harbor deal.")).isEqualTo("Ruth Lang");
      assertThat(d.mention("modest.")).isEqualTo("Tomas Novak");
    }

    @Test
    void aReportedClauseMayOpenWithACondition() {
      Doc d = doc("Ruth Lang says if she lost the vote she would spend the night at the docks telling"
          + " voters “we tried.”");
      assertThat(d.mention("we tried.")).isEqualTo("Ruth Lang");
    }

    @Test
    void anOpeningClauseEndingInAQuoteIsNotTheMainClause() {
      Doc d = doc("While Ruth Lang proclaims the plan “a fine start,” Tomas Novak fixates on the “cost” line.");
      assertThat(d.mention("cost")).isEqualTo("Tomas Novak");
    }

    @Test
    void aNameThenAnSFormClosingTheSentenceReports() {
      Doc d = doc("The fans wanted “a new pier” before the summer, the Valley Herald reports.");
      assertThat(d.mention("a new pier")).isEqualTo("the Valley Herald");
    }

    @Test
    void aPluralOfPeopleAfterANameEndsTheSpeakersPhrase() {
      Doc d = doc("Harbor School fans also chanted “Fix the pier” at the game.");
      assertThat(d.mention("Fix the pier")).isEqualTo("Harbor School fans");
    }

    @Test
    void charitiesAndFoundationsCanSpeak() {
      Doc d = doc("The charity is seeking “bold ideas” for housing the elderly.");
      assertThat(d.mention("bold ideas")).isEqualTo("The charity");
    }

    @Test
    void startingToDescribeReports() {
      Doc d = doc("The levy was announced on a radio show in May, well before Harbor officials started to"
          + " portray it as a “small fix” for the port.");
      assertThat(d.mention("small fix")).isEqualTo("Harbor officials");
    }

    @Test
    void aLowerCaseNounBeforeARoleIsPartOfTheSubject() {
      Doc d = doc("Long before the vote, city officials called the levy “a small fix.”",
          "Later, union organizer Tom Hale called it “a trap.”");
      assertThat(d.mention("a small fix.")).isEqualTo("city officials");
      assertThat(d.mention("a trap.")).isEqualTo("union organizer Tom Hale");
    }

    @Test
    void theSubjectAfterInWhichOwnsThePartialQuote() {
      Doc d = doc("The mayor herself went on the radio on Monday, in which Ruth Lang voiced hope that the"
          + " levy would pass “by a wide margin.”");
      assertThat(d.mention("by a wide margin.")).isEqualTo("Ruth Lang");
    }

    @Test
    void referredIsAFormOfRefer() {
      Doc d = doc("Ruth Lang referred to the plan as the “New Start.”");
      assertThat(d.mention("New Start.")).isEqualTo("Ruth Lang");
    }

    @Test
    void accordingToPastAParticiplePhraseLeavesTheSpeaker() {
      Doc d = doc("The aide said the talks were “a step forward,” referring to the June summit, according"
          + " to a press pool report.");
      assertThat(d.mention("a step forward,")).isEqualTo("The aide");
    }

    @Test
    void sentenceLeadingIntoTheQuoteNamesItsSpeaker() {
      Doc d = doc("Earlier, Gwen Hale shared her worries with the audience, “I do not know who will show up.”");
      assertThat(d.speaker("I do not know who will show up.")).isEqualTo("Gwen Hale");
    }

    @Test
    void saysOfSomeone() {
      Doc d = doc("The retired judge says of the mayor, “She never listens.”");
      assertThat(d.mention("She never listens.")).isEqualTo("The retired judge");
    }

    @Test
    void speakerIssuedAStatement() {
      Doc d = doc("Governor Lisa Ng issued a statement, “Our thoughts are with the families.”");
      assertThat(d.speaker("Our thoughts are with the families.")).isEqualTo("Lisa Ng");
    }

    @Test
    void relativePronounAtTheVerb() {
      Doc d = doc("Mayor Tim Holt, who said the budget was “a mess,” resigned.");
      assertThat(d.mention("a mess,")).isEqualTo("who");
      assertThat(d.speaker("a mess,")).isEqualTo("Tim Holt");
    }

    @Test
    void verbOfSayingOutranksTheClauseItReports() {
      Doc d = doc("Eva Lind noted that her rival has called the plan “reckless.”");
      assertThat(d.mention("reckless.")).isEqualTo("Eva Lind");
    }

    @Test
    void ownerOfASpeechNoun() {
      Doc d = doc("Few believed Omar Said’s claim that the dam was “perfectly safe.”");
      assertThat(d.mention("perfectly safe.")).isEqualTo("Omar Said’s");
    }

    @Test
    void aCueWhoseSubjectCannotSpeakGivesWayToTheSentenceFinalAttribution() {
      Doc d = doc("The closing of the mill signals “the start of a long slide” for the valley, said"
          + " Ana Vidal, a party founder.",
          "Its grip has tightened in many coastal states, and it has relied on “quiet deals” there,"
          + " said Tom Reyes.",
          "“Sick pay,” the document states, becomes payable “after six months.”");
      assertThat(d.speaker("the start of a long slide")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("quiet deals")).isEqualTo("Tom Reyes");
      assertThat(d.mention("after six months.")).isEqualTo("the document");
    }

    @Test
    void stateAfterACityIsNotTheSubject() {
      Doc d = doc("Ana Vidal, during a picnic in Toledo, Ohio, said the town was “ready for new roads.”",
          "Tom Reyes, 31, of Lansing, Mich., said the vote was a “surprise.”");
      assertThat(d.speaker("ready for new roads.")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("surprise.")).isEqualTo("Tom Reyes");
    }

    @Test
    void participleAfterAPrepositionalObjectHangsOffTheMainClause() {
      Doc d = doc("Ana Vidal answered the letter on Facebook writing, “Sure, we will fund the pool.”",
          "Tom Reyes attacked her, with the office of the sheriff from Salem saying she was"
          + " “not a real builder.”");
      assertThat(d.speaker("Sure, we will fund the pool.")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("not a real builder.")).isNotEqualTo("Tom Reyes");
    }

    @Test
    void participleAfterAQuoteIsNotAnInvertedAttribution() {
      Doc d = doc("Ana Vidal has given a fierce defense of “small-town values,” saying the town"
          + " embodied the soul of the region.",
          "Hundreds of marchers crossed the city on Monday, chanting “No more cuts, no more lies,”"
          + " raising fresh questions about the budget.");
      assertThat(d.speaker("small-town values,")).isEqualTo("Ana Vidal");
      assertThat(d.mention("No more cuts, no more lies,")).isEqualTo("Hundreds of marchers");
    }

    @Test
    void accordingToClosingTheSentenceAttributesEveryQuoteInIt() {
      Doc d = doc("Pressure is mounting on Mayor Tom Reyes, who was met with shouts of “Tommy!” at"
          + " a dockside meeting last week, according to union president Ana Vidal.");
      assertThat(d.speaker("Tommy!")).isEqualTo("Ana Vidal");
      assertThat(d.quote("Tommy!").explanation()).startsWith("sentence-final");
    }

    @Test
    void coordinatedVerbAfterAPlaceNameTakesTheClauseSubject() {
      Doc d = doc("A week later, she made a trip to the river in Austin, Texas and explained why"
          + " a “new dam” mattered.");
      assertThat(d.mention("new dam")).isEqualTo("she");
    }

    @Test
    void statesAndDocumentNounsInClauseSubjects() {
      Doc d = doc("The timeline of the flood in Fresno, California, shows the mayor was warned"
          + " long before officials began to call it “a disaster.”",
          "At the lake, one Utah Department of Parks sign read, “Slow down.”");
      assertThat(d.speaker("a disaster.")).isNotEqualTo("California");
      assertThat(d.mention("Slow down.")).isEqualTo("one Utah Department of Parks sign");
    }

    @Test
    void pluralNounThatLooksLikeAReportingVerb() {
      Doc d = doc("Auditors had said nearly 900 Vidal emails held secrets, but most were merely"
          + " “internal,” a lower grade.",
          "Mayor Tom Reyes tweets that the plan is “dead.”");
      assertThat(d.mention("internal,")).isEqualTo("Auditors");
      assertThat(d.speaker("dead.")).isEqualTo("Tom Reyes");
    }

    @Test
    void commaSetInvertedAttributionInsideTheSentence() {
      Doc d = doc("The puzzle of the harbor, says Ana Vidal, an engineer at the port office, is that"
          + " it stayed “the busiest” of them all.",
          "Tom Reyes, a farmer, told Radio Nine, a local station, that the plan was “a mess.”");
      assertThat(d.speaker("the busiest")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("a mess.")).isEqualTo("Tom Reyes");
    }

    @Test
    void subjectAfterWhichPointAndAQuoteResumedAfterDashes() {
      Doc d = doc("He said, “Ana Vidal will fix the roads” - at which point the fans chanted “Fix them"
          + " now!” - “and bring back the buses.”");
      assertThat(d.mention("Fix them now!")).isEqualTo("the fans");
      assertThat(d.mention("and bring back the buses.")).isEqualTo("He");
    }

    @Test
    void attributionAfterAnExclamationAndAPartyTag() {
      Doc d = doc("\"Pure chaos!\" Rep. Ana Vidal, R-Va., said of the week's events.",
          "\"I would rather not.\" That quote from Commissioner Tom Reyes ran on page one.");
      assertThat(d.speaker("Pure chaos!")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("I would rather not.")).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuoteSignedOnTheNextLineWithADash() {
      Doc d = doc("Here are claims from the debate.",
          "\"Parents fear for the schools their children attend.\"",
          "- Senator Ana Vidal.",
          "“So there is resistance to change.”",
          "– An immigrant himself –.");
      assertThat(d.speaker("Parents fear for the schools their children attend.")).isEqualTo("Ana Vidal");
      assertThat(d.quote("So there is resistance to change.").explanation()).doesNotContain("line");
    }

    @Test
    void aDecimalPointEndsNoSentence() {
      Doc d = doc("In June, Tom Reyes called the bid to build a $2.4 million pier in Lisbon “a total"
          + " farce,” and threatened a veto.");
      assertThat(d.speaker("a total farce,")).isEqualTo("Tom Reyes");
    }

    @Test
    void speechNounWithItsSourceAfterByOrOf() {
      Doc d = doc("Her talk stood out for the suggestion by a future mayor that somebody"
          + " “should check on” the auditor.",
          "Tom Reyes rebutted a statement by actor Ana Vidal that a “huge sum” was spent.");
      assertThat(d.mention("should check on")).isEqualTo("a future mayor");
      assertThat(d.speaker("huge sum")).isEqualTo("Ana Vidal");
    }

    @Test
    void aPossessedClaimHoldingTheQuoteIsTheOwnersWhateverVerbGovernsIt() {
      Doc d = doc("Senator Ott Brandt blamed the press for Mara Quill’s claim that the mayor “hid the"
          + " audit.”",
          "He mocked her assertion of a “clean harbor” before the council.",
          "Ott Brandt said Mara Quill’s claim that the pier is sound is “simply false.”",
          "Ott Brandt called her remarks about the ferry “a stunt.”",
          "The vote followed Mara Quill’s conclusion that the dam was “sound.”");
      assertThat(d.mention("hid the audit.")).isEqualTo("Mara Quill’s");
      assertThat(d.mention("clean harbor")).isEqualTo("her");
      assertThat(d.mention("simply false.")).isEqualTo("Ott Brandt"); // the quote judges the claim
      assertThat(d.mention("a stunt.")).isEqualTo("Ott Brandt");
      assertThat(d.mention("sound.")).isEqualTo("Mara Quill’s");
    }

    @Test
    void aClaimOwnedAcrossAnAdjectiveOrWithAnInfinitiveIsTheOwners() {
      Doc d = doc("Critics doubted Mara Quill’s sudden pledge to be “impartial” at the hearing.",
          "While Ott Brandt’s bold claim of a “new dawn” drew crowds, the pier sank.");
      assertThat(d.mention("impartial")).isEqualTo("Mara Quill’s");
      assertThat(d.mention("new dawn")).isEqualTo("Ott Brandt’s"); // not "While"
    }

    @Test
    void theAgentOfAPassiveWithoutBeGaveTheQuotedName() {
      Doc d = doc("Mara Quill rebuilt the old pier, known by residents as the “Rust Bucket” for years.",
          "The audit — often labeled as a “power grab” by dock workers — ran on.",
          "Ott Brandt called the ferry a “floating museum” on Tuesday.");
      assertThat(d.mention("Rust Bucket")).isEqualTo("residents");
      assertThat(d.mention("power grab")).isEqualTo("dock workers");
      assertThat(d.mention("floating museum")).isEqualTo("Ott Brandt"); // active, with its object
    }

    @Test
    void theSubjectOfAVerbSettingItsObjectUpAsTheQuoteCharacterisesIt() {
      Doc d = doc("Tom Reyes proposed a vote in May, but Mara Quill rejected the idea as “reckless.”",
          "Last year, she played down Ott Brandt’s remarks as “just noise” and moved on.",
          "The ferry, which Mara Quill helped, as “a lifeline,” said Ott Brandt, was sold.");
      assertThat(d.mention("reckless.")).isEqualTo("Mara Quill");
      assertThat(d.mention("just noise")).isEqualTo("she");
      // the "as" goes with a verb further back
      assertThat(d.mention("a lifeline,")).isEqualTo("Ott Brandt");
      // no object before "as" and no agent: a name nobody is quoted saying
      assertThat(doc("The old pier was known as the “Rust Bucket” for years.").mention("Rust Bucket"))
          .isNull();
    }

    @Test
    void afterThatsWhyTheClauseSubjectIsTheOneWhyOpens() {
      Doc d = doc("That’s why Mara Quill wanted to “mend every plank” of the docks.",
          "This is how she hopes to “win them back” by spring.",
          "That’s why the pier needs “urgent repair” now.");
      assertThat(d.mention("mend every plank")).isEqualTo("Mara Quill");
      assertThat(d.mention("win them back")).isEqualTo("she");
      assertThat(d.mention("urgent repair")).isNull(); // a pier says nothing
    }

    @Test
    void aQuoteInAnOpeningPassivePhraseIsItsAgents() {
      Doc d = doc("Asked by Mara Quill whether the pier is “really safe,” Ott Brandt shrugged.",
          "Asked about the “really safe” pier, Ott Brandt shrugged.");
      assertThat(d.mention("really safe,")).isEqualTo("Mara Quill");
      assertThat(d.mention("really safe")).isEqualTo("Ott Brandt"); // no agent: as before
    }

    @Test
    void eachOrBothAfterTheSubjectGoesWithIt() {
      Doc d = doc("The harbor aides each called the plan “reckless.”",
          "The Valley Post and the Harbor Gazette each called the pier a “wreck.”");
      assertThat(d.mention("reckless.")).isEqualTo("The harbor aides");
      assertThat(d.mention("wreck.")).endsWith("Harbor Gazette");
    }

    @Test
    void ownerOfASpeechNounAcrossATimeWord() {
      Doc d = doc("The guild is unlikely to back Ana Vidal after her June comment that “the docks"
          + " are doomed.”",
          "The parking scheme by his own admission was a “blunder.”");
      assertThat(d.mention("the docks are doomed.")).isEqualTo("her");
      assertThat(d.mention("blunder.")).isEqualTo("his");
    }

    @Test
    void invertedCueOpeningTheSentence() {
      Doc d = doc("The crowd cheered. Said Rosa Vidal, “We earned this.”");
      assertThat(d.speaker("We earned this.")).isEqualTo("Rosa Vidal");
    }

    @Test
    void hearerAfterToldIsNotTheSource() {
      Doc d = doc("“We are ready,” Ben Ortiz told Channel Nine. “The team is fit.”");
      assertThat(d.speaker("The team is fit.")).isEqualTo("Ben Ortiz");
    }

    @Test
    void theSpeakerNotTheSourceNamedAfterThemContinues() {
      // the chief goes on speaking; the Courier only reports it
      Doc d = doc("“Stay calm,” the chief said, according to the Daily Courier. “Help is coming.”");
      assertThat(d.mention("Stay calm,")).isEqualTo("the chief");
      assertThat(d.mention("Help is coming.")).isEqualTo("the chief");
    }

    @Test
    void passiveWithAgent() {
      Doc d = doc("The tax was called “a burden” by local farmers.");
      assertThat(d.mention("a burden")).isEqualTo("local farmers");
    }

    @Test
    void nounsThatLookLikeCuesAreNot() {
      Doc d = doc("Voters in his home state reject what Ravi Das described as “fair rules.”");
      assertThat(d.speaker("fair rules.")).isEqualTo("Ravi Das");
    }

    @Test
    void partyTagWithPeriodsStaysInsideTheSentence() {
      Doc d = doc("Sen. Mary Fields, R-Ky., told Radio Nine that forecasts might be \"way off\" this year.",
          "Rep. Jim Bell, D-S.C., told Radio Nine that surveys were \"far off\" again.");
      assertThat(d.speaker("way off")).isEqualTo("Mary Fields");
      assertThat(d.speaker("far off")).isEqualTo("Jim Bell");
    }

    @Test
    void longSubjectAfterTheQuote() {
      Doc d = doc("\"We will not run his columns again,\" City Post opinion editor Jan Green told the Star.",
          "\"These are dark days,\" former Acme Corp. speechwriter Noam Nell wrote in a column.",
          "\"The war is a warning,\" Will wrote.",
          "\"I object,\" said retired Marine Lt. Gen. Tom Hale, who coached the team.");
      assertThat(d.mention("We will not run his columns again,")).isEqualTo("City Post opinion editor Jan Green");
      assertThat(d.speaker("These are dark days,")).isEqualTo("Noam Nell");
      assertThat(d.speaker("The war is a warning,")).isEqualTo("Will");
      assertThat(d.mention("I object,")).isEqualTo("retired Marine Lt. Gen. Tom Hale");
    }

    @Test
    void documentsAndNumberedGroupsAfterTheQuote() {
      Doc d = doc("\"Our movement has already changed the council's mind,\" read the email.",
          "\"You appear to have chosen a new rule,\" the two write.",
          "\"We will defeat them,\" referring to the rebels, Ana Moss said.");
      assertThat(d.mention("Our movement has already changed the council's mind,")).isEqualTo("the email");
      assertThat(d.mention("You appear to have chosen a new rule,")).isEqualTo("the two");
      assertThat(d.mention("We will defeat them,")).isNotEqualTo("referring to the rebels");
    }

    @Test
    void describedSpeakersAfterTheQuote() {
      Doc d = doc("\"We need to pause and hear the town out,\" the retired surgeon said.",
          "\"The staff do not like him,\" this source told the Courier.",
          "\"It is a coin toss,\" the Hamlet actor says of the race.");
      assertThat(d.mention("We need to pause and hear the town out,")).isEqualTo("the retired surgeon");
      assertThat(d.mention("The staff do not like him,")).isEqualTo("this source");
      assertThat(d.speaker("It is a coin toss,")).isEqualTo("the Hamlet actor");
    }

    @Test
    void aClosedQuoteEndsItsSentenceBeforeAName() {
      Doc d = doc("Ann Lowe said Friday that the judge \"happens to be biased.\" Tom Reyes called the"
          + " judge a \"fair man\" on Monday.");
      assertThat(d.speaker("fair man")).isEqualTo("Tom Reyes");
    }

    @Test
    void horizontalBarIsADash() {
      Doc d = doc("Hastily blaming the storm ― much as he did last year ― Mayor Tom Reyes put the blame on"
          + " his rivals and stressed the risk that \"heavy rain\" poses to the town.");
      assertThat(d.speaker("heavy rain")).isEqualTo("Tom Reyes");
    }

    @Test
    void datelineDashAndWhileClauses() {
      Doc d = doc("LIMA - Mayor Rosa Vidal on Saturday tweeted a picture bearing the words \"best town ever!\" to her fans.",
          "Ana Cole suggested that nobody can lead the town, while Tom Reyes said that the \"risks are too great\" now.");
      assertThat(d.speaker("best town ever!")).isEqualTo("Rosa Vidal");
      assertThat(d.speaker("risks are too great")).isEqualTo("Tom Reyes");
    }

    @Test
    void objectBeforeAColonIsNotTheSpeaker() {
      Doc d = doc("Senate leader Ray Moss, R-Ky., sent a firm message to Tom Hale: \"It is time to stop.\"",
          "Ann Ortiz contrasted the plan with the budget of Ed Lowe: \"His is a steady hand.\"");
      assertThat(d.speaker("It is time to stop.")).isEqualTo("Ray Moss");
      assertThat(d.speaker("His is a steady hand.")).isEqualTo("Ann Ortiz");
    }

    @Test
    void wordsAfterAQuoteThatCannotBeASubject() {
      Doc d = doc("\"Golden Week,\" that wiping out an extra week hurt voters, said the judge on Monday.",
          "The show \"Brokers,\" performed by a comedy troupe from Madrid, said nothing new.");
      assertThat(d.mention("Golden Week,")).isNotEqualTo("that wiping out an extra week hurt voters");
      assertThat(d.mention("Brokers,")).isNull();
    }

    @Test
    void sentenceAfterAClosedQuoteReportsSomethingElse() {
      Doc d = doc("Mayor Lena Ortiz spoke first. \"We are asking the court for an order.\""
          + " Judge Amos Kerr added that the hearing would be on Monday.");
      assertThat(d.speaker("We are asking the court for an order.")).isEqualTo("Lena Ortiz");
    }

    @Test
    void appositiveWithCommasAndUnknownVerbsMidSentence() {
      Doc d = doc("The rules \"will not fix this,\" Ana Reyes, assistant secretary for housing, roads,"
          + " and parks, said on the same podcast.",
          "First, she and other members refused to say the two words \"rising tide,\" another moment seized"
          + " upon by rivals.");
      assertThat(d.speaker("will not fix this,")).isEqualTo("Ana Reyes");
      assertThat(d.mention("rising tide,")).isNotEqualTo("another moment");
    }

    @Test
    void openersAndParticiplesBeforeTheSubject() {
      Doc d = doc("Led by Council Speaker Ana Cole, the rally denounced the mayor's call for \"a full lockdown.\"",
          "Last month, a group of experts warned of fakery, arguing that hackers could \"salt the files.\"",
          "After Tom Reyes announced his bid with a speech comparing rivals to \"thieves\", the actress wrote a blog.");
      assertThat(d.mention("a full lockdown.")).isEqualTo("the rally");
      assertThat(d.mention("salt the files.")).startsWith("a group");
      assertThat(d.mention("thieves")).isEqualTo("Tom Reyes");
      Doc e = doc("Al From founded the council in 1985. From said the party had become \"the party of big government.\"",
          "After blasting Ted Moss as one of the \"boasters\", Glen Ruiz left the stage.");
      assertThat(e.speaker("the party of big government.")).isEqualTo("Al From");
      assertThat(e.mention("boasters")).isNotEqualTo("After");
    }

    @Test
    void withSubjectOfAParticiple() {
      Doc d = doc("Ana Cole and her allies tried to link Reyes to the mayor, with one of her flyers asking,"
          + " \"Is Tom Reyes honest enough?\"");
      assertThat(d.mention("Is Tom Reyes honest enough?")).isEqualTo("one of her flyers");
      assertThat(doc("The square filled up by noon, with many farmers and shoppers shouting"
          + " “Fresh bread here!”").mention("Fresh bread here!")).isEqualTo("many farmers and shoppers");
    }

    @Test
    void ownerOfASpeechNounAfterTheQuote() {
      Doc d = doc("It is the lasting pull of Mayor Ruth Lang's \"keep your plan\" promise that worries them.");
      assertThat(d.speaker("keep your plan")).isEqualTo("Ruth Lang");
    }

    @Test
    void accordingToOpeningTheSentenceIsTheSource() {
      Doc d = doc("According to council sources, the Wikileaks email trove could have come from"
          + " \"a huge number of places.\"");
      assertThat(d.mention("a huge number of places.")).isEqualTo("council sources");
    }

    @Test
    void sentenceFinalAttributionWithTimeAndPlace() {
      Doc d = doc("Victor Hale's \"excesses\" are sickening, Mayor Ruth Lang said Tuesday in a speech.");
      assertThat(d.speaker("excesses")).isEqualTo("Ruth Lang");
    }

    @Test
    void attributionClosingTheSentenceBeatsAnOwner() {
      Doc d = doc("Victor Hale's remarks about the judge were \"a plain insult,\" Mayor Ruth Lang said.",
          "Victor Hale's remarks were \"careless,\" and he knew it.");
      assertThat(d.speaker("a plain insult,")).isEqualTo("Ruth Lang");
      assertThat(d.speaker("careless,")).isEqualTo("Victor Hale");
    }

    @Test
    void aVerdictOnAStatementIsNotTheStatement() {
      Doc d = doc("The review board then ruled that Mayor Lena Brandt's statement about the ferry is \"accurate,\""
          + " but it faulted her figures.", "Mayor Lena Brandt's claim that the ferry is \"always late\" stood.");
      assertThat(d.speaker("accurate,")).isEqualTo("The review board");
      assertThat(d.speaker("always late")).isEqualTo("Lena Brandt");
    }

    @Test
    void aDateOpeningTheSentenceIsNoSubject() {
      Doc d = doc("On Friday the review board closed its inquiry by announcing that the ferry was \"perfectly"
          + " safe.\"", "On March 3 they ended the hearing by saying the pier was \"sound.\"");
      assertThat(d.mention("perfectly safe.")).isEqualTo("the review board");
      assertThat(d.mention("sound.")).isEqualTo("they");
    }

    @Test
    void aPartitiveWithARelativeClauseSpeaksAfterTheQuote() {
      Doc d = doc("Captain Ana Reyes said the ferry had stalled.",
          "\"We saw the smoke first,\" said one of the three deckhands who reached the hull on Monday.");
      assertThat(d.mention("We saw the smoke first,")).isEqualTo("one of the three deckhands");
    }

    @Test
    void aLeftOverCloserAfterAnInchMarkHidesNoSpeaker() {
      Doc d = doc("Tom Baker spoke first.",
          "“She keeps calling me ‘Little Tom.’ Sure, she’s like 6’1”,” Ana Ruiz said on Sunday.");
      assertThat(d.mention("She keeps calling me ‘Little Tom.’ Sure, she’s like 6’1")).isEqualTo("Ana Ruiz");
    }

    @Test
    void accordingToInsideAReportedClauseIsNoSource() {
      Doc d = doc("Harbor master Ana Ruiz said on Tuesday that according to its own survey, the port had lost"
          + " money, but \"we are still counting the ships.\"");
      assertThat(d.mention("we are still counting the ships.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aDemonstrativeBeforeARoleOrDocumentOpensASubject() {
      Doc d = doc("That letter, sent on Monday, demanded that Lang make \"a public apology\" by Friday.",
          "This spokeswoman spoke about \"fixing the pier\" on Monday.");
      assertThat(d.mention("a public apology")).isEqualTo("That letter");
      assertThat(d.mention("fixing the pier")).isEqualTo("This spokeswoman");
    }

    @Test
    void whoTakesToAPlatformToSaySomethingSaysIt() {
      Doc d = doc("The chef took to the radio to say the menu was \"final.\"",
          "Ana Ruiz has taken to the local airwaves to denounce the \"pier tax.\"");
      assertThat(d.quote("final.").explanation()).isEqualTo("left-cue: subject of “say”");
      assertThat(d.mention("final.")).isEqualTo("The chef");
      assertThat(d.mention("pier tax.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aCapitalModalBeforeAPastFormIsAFirstName() {
      Doc d = doc("From the mayor’s long speech to her call for a \"pier tax,\" Will described her as a"
          + " \"menace to the harbor.\"");
      assertThat(d.mention("menace to the harbor.")).isEqualTo("Will");
    }

    @Test
    void aCapitalModalBeforeTheThirdPersonOfAVerbOfSayingIsAFirstName() {
      Doc d = doc("While May acknowledges the pier’s charm as a “local gem,” she wants it gone.",
          "In May claims surfaced that the pier was a “wreck.”");
      assertThat(d.mention("local gem,")).isEqualTo("May");
      assertThat(d.mention("wreck.")).isNull(); // a plural noun after the month
    }

    @Test
    void shortSentencesAreNotTitles() {
      Doc d = doc("\"A lot depends on the vote,\" Ana Ruiz told the Courier. \"They may not be.\"",
          "\"We have a common rival,\" Tom Burr told delegates. \"Fred Hale.\"",
          "Ted Lowe named \"Game of Thrones\" as his favourite show.");
      assertThat(d.speaker("They may not be.")).isEqualTo("Ana Ruiz");
      assertThat(d.speaker("Fred Hale.")).isEqualTo("Tom Burr");
      assertThat(d.speaker("Game of Thrones")).isNull();
    }

    @Test
    void aNumberAfterAMonthOrNoGoesOnWithTheMention() {
      Doc d = doc("A Feb. 3 memo from the Harbor Board warns that the pier is \"unsafe for anyone.\"",
          "The No. 2 Democrat said the plan was \"a mess.\"",
          "He sent staff to all the \"Swing State\" March 1 states to organize.");
      assertThat(d.mention("unsafe for anyone.")).isEqualTo("A Feb. 3 memo from the Harbor Board");
      assertThat(d.mention("a mess.")).isEqualTo("The No. 2 Democrat");
      assertThat(d.speaker("Swing State")).isNull(); // a date names nobody
    }

    @Test
    void aNameAfterASubordinatorTakesItsAppositive() {
      Doc d = doc("As Ana Ruiz, the chief of the port office, put it: \"We will rebuild.\"",
          "In Dover, the harbor chief said: \"We will wait.\"");
      assertThat(d.speaker("We will rebuild.")).isEqualTo("Ana Ruiz");
      assertThat(d.speaker("We will wait.")).isEqualTo("the harbor chief");
    }

    @Test
    void occupationsIntroduceTheNameAfterThem() {
      Doc d = doc("\"The board intends to publish them\" within a month, port counsel Mara Quill wrote.",
          "\"The count was wrong,\" said state auditor Tom Hale.");
      assertThat(d.speaker("The board intends to publish them")).isEqualTo("Mara Quill");
      assertThat(d.quote("The count was wrong,").speaker().title()).isEqualTo("state auditor");
    }

    @Test
    void accordingToAWorkBySomeoneNamesTheMaker() {
      Doc d = doc("A \"fair wage\" in Dover is $14 an hour, according to estimates by Ana Ruiz of the"
          + " Harbor Institute.", "The pier is \"sound,\" according to a new survey by the board.",
          "The pier is \"at risk,\" according to the survey.");
      assertThat(d.speaker("fair wage")).isEqualTo("Ana Ruiz");
      assertThat(d.mention("sound,")).isEqualTo("the board");
      assertThat(d.mention("at risk,")).isEqualTo("the survey");
    }

    @Test
    void anAsideAfterTheQuoteNamesItsSpeaker() {
      Doc d = doc("His \"reckless handling,\" as described by auditor Tom Hale, led to the deficit.",
          "The budget showed \"waste\" – as described by the board – of port funds.",
          "The plan is \"a disgrace,\" as Ana Ruiz put it at the hearing.",
          "She dislikes \"surprises,\" in the words of one aide.",
          "The plan is \"bold\" as the mayor said.");
      assertThat(d.speaker("reckless handling,")).isEqualTo("Tom Hale");
      assertThat(d.mention("waste")).isEqualTo("the board");
      assertThat(d.speaker("a disgrace,")).isEqualTo("Ana Ruiz");
      assertThat(d.mention("surprises,")).isEqualTo("one aide");
      assertThat(d.quote("bold").explanation()).doesNotContain("aside"); // not set off: no aside
    }

    @Test
    void whatOpeningTheSubjectIsNoPartOfTheName() {
      Doc d = doc("Tom Hale is the mayor.", "What Hale called \"a catastrophe\" turned out fine.");
      assertThat(d.mention("a catastrophe")).isEqualTo("Hale");
      assertThat(d.speaker("a catastrophe")).isEqualTo("Tom Hale");
    }

    @Test
    void aQuoteInARelativeClauseIsItsSubjects() {
      Doc d = doc("Ruiz said the plan, which Hale has called \"visionary,\" would fail.",
          "Ruiz said Hale, whom she called \"a dreamer,\" would lose.");
      assertThat(d.mention("visionary,")).isEqualTo("Hale");
      assertThat(d.mention("a dreamer,")).isEqualTo("Ruiz"); // "she" is Ruiz: the name says it better
    }

    @Test
    void aTimeAfterByIsNoAgent() {
      Doc d = doc("The new bridge was called \"a lifeline\" by the end of the week.",
          "The pier was called \"unsafe\" by the inspectors.",
          "The pier was called \"a relic\" by The Harbor Times.");
      assertThat(d.speaker("a lifeline")).isNull();
      assertThat(d.speaker("unsafe")).isEqualTo("the inspectors");
      assertThat(d.mention("a relic")).isEqualTo("The Harbor Times");
    }

    @Test
    void aNicknameInsideANameHasNoSpeaker() {
      Doc d = doc("The bill was written by Rep. Robert C. \"Bobby\" Lane of Ohio.",
          "Their coach, Thomas \"Tommy\" Reed, wants to \"Win Big\" this year.",
          "Critics Call Plan \"Reckless\" After Vote");
      assertThat(d.quote("Bobby").explanation()).contains("nickname");
      assertThat(d.quote("Tommy").explanation()).contains("nickname");
      assertThat(d.quote("Win Big").explanation()).doesNotContain("nickname");
      assertThat(d.quote("Reckless").explanation()).doesNotContain("nickname");
    }

    @Test
    void pronounBeforeAParentheticalIsTheSubject() {
      Doc d = doc("She hoped to mend the port's \"leaky\" budget and he, as ever, pledged a"
          + " \"calm overhaul\" for the harbor.");
      assertThat(d.mention("calm overhaul")).isEqualTo("he");
    }

    @Test
    void contractedPronounOpensASentenceAfterAQuote() {
      Doc d = doc("Dan Moss says he heads \"home to rest tonight.\" He’s predicting they will fare"
          + " \"really, really well\" in the runoff.");
      assertThat(d.mention("really, really well")).startsWith("He");
    }

    @Test
    void cleftSentenceSpeakerIsAfterThat() {
      Doc d = doc("It was only two years ago that Paul Brandt, who is now mayor, said it was \"impossible\" to win.");
      assertThat(d.speaker("impossible")).isEqualTo("Paul Brandt");
    }

    @Test
    void adverbBetweenCommaAndParticiple() {
      Doc d = doc("Ann Cole has voiced anger, and even some worry, about the vote, recently"
          + " telling an aide that she is unsure \"which council will show up.\"");
      assertThat(d.speaker("which council will show up.")).isEqualTo("Ann Cole");
    }

    @Test
    void objectOfTheVerbIsNotAnInvertedSubject() {
      Doc d = doc("Dana Bell, who is running for mayor, has latched on to the criticism of Hale,"
          + " telling Radio Nine that there is \"an odd scheme afoot\" at the council.");
      assertThat(d.speaker("an odd scheme afoot")).isEqualTo("Dana Bell");
    }

    @Test
    void verbOfSayingAfterToStillReportsWhenItsLeadDoes() {
      Doc d = doc("Tom Baker was quick to add that no new fees are in the budget.",
          "“Higher fees? Out of the question.”",
          "Jane Roe took care to note that the cuts were “temporary.”",
          "Ravi Shah declined to say whether the cuts were “final.”");
      assertThat(d.speaker("Higher fees? Out of the question.")).isEqualTo("Tom Baker");
      assertThat(d.quote("temporary.").explanation()).startsWith("left-cue");
      assertThat(d.speaker("temporary.")).isEqualTo("Jane Roe");
      assertThat(d.quote("final.").explanation()).doesNotStartWith("left-cue"); // declining is not saying
    }

    @Test
    void passiveWithAdverbsOrAContractedBeHasNoSubjectSpeaker() {
      Doc d = doc("Old rail lines can become bike paths, for what’s today usually called “green"
          + " reuse.”",
          "Ana Vidal backs what was later also described by Tom Reyes as a “safe bet.”");
      assertThat(d.speaker("green reuse.")).isNull();
      assertThat(d.speaker("safe bet.")).isEqualTo("Tom Reyes");
    }

    @Test
    void aQuantifierAloneCanSpeakAndAChantIsNotATitle() {
      Doc d = doc("Fans waved flags as they danced. Some chanted “Go Home!”",
          "Several said they would prefer funding in “block grants” to towns.");
      assertThat(d.mention("Go Home!")).isEqualTo("Some");
      assertThat(d.mention("block grants")).isEqualTo("Several");
    }

    @Test
    void subjectAfterAnObjectRelativeSpeaks() {
      Doc d = doc("Lee, the former budget chief under Hale, faulted the plan, which an FBI audit"
          + " said was “quite sloppy” but lawful.",
          "Her anger was aimed at Tom Reyes, who Ana Vidal on Sunday called “a disgrace.”");
      assertThat(d.mention("quite sloppy")).isEqualTo("an FBI audit");
      assertThat(d.speaker("a disgrace.")).isEqualTo("Ana Vidal");
    }

    @Test
    void secondHalfOfASplitQuoteKeepsTheFirstHalfsSpeakerWhateverTheVerb() {
      Doc d = doc("“As far as I can tell,” she elaborated, “nobody questions her record.”",
          "“It is grim,” Ana Vidal said, but after a pause, “We will win,” said Tom Reyes.");
      assertThat(d.mention("nobody questions her record.")).isEqualTo("she");
      assertThat(d.quote("nobody questions her record.").explanation()).contains("split");
      assertThat(d.speaker("We will win,")).isEqualTo("Tom Reyes");
    }

    @Test
    void wordCapitalisedOnlyToOpenASentenceIsNotASpeaker() {
      Doc d = doc("Fixing it is slow. Good plans can still pass, but mostly only when “the numbers"
          + " work out.”",
          "Voters met Senator Ana Moss. Moss is ready for a “long fight” on the budget.");
      assertThat(d.speaker("the numbers work out.")).isNull();
      assertThat(d.speaker("long fight")).isEqualTo("Ana Moss");
      assertThat(doc("Nothing came of it. Hallworth's missive was roundly mocked for its guess that the pier would be “the longest ever.”")
          .mention("the longest ever.")).isEqualTo("Hallworth's"); // a possessive is a name
    }

    @Test
    void appositiveAfterAnObjectIsNotTheClauseSubject() {
      Doc d = doc("Driving home that night, she vented to her brother, Tom Baker, that the vote"
          + " would be “messy.”",
          "In the ad, Senator Ana Moss, who won in 2010, paints Reyes as a man who would “wreck” it.");
      assertThat(d.mention("messy.")).isEqualTo("she");
      assertThat(d.mention("wreck")).isEqualTo("Senator Ana Moss");
    }

    @Test
    void attributionSetOffByCommasReportsTheWholeSentence() {
      Doc d = doc("Never, the coach insisted, did the players ask him for “more rest” before a match.",
          "During those long winters, Ben Hale wrote, he kept repeating the rule “one more mile.” As the band"
          + " played, the newsletter reported, the chef told her staff: “Keep it quiet.”");
      assertThat(List.of("more rest", "one more mile.", "Keep it quiet.")).extracting(d::mention)
          .containsExactly("the coach", "Ben Hale", "the chef");
    }

    @Test
    void sentenceOpeningWithWhoseViewItGives() {
      Doc d = doc("To Ben Hale, the old ferry is a “floating museum” by now.",
          "In Lena Ortiz's view, the menu is “nearly perfect.” To date, the chef has called it “a work in"
          + " progress.”");
      assertThat(List.of("floating museum", "nearly perfect.", "a work in progress.")).extracting(d::mention)
          .containsExactly("Ben Hale", "Lena Ortiz's view", "the chef");
    }

    @Test
    void participlePhraseAfterASentenceFinalAttribution() {
      Doc d = doc("The club’s “blunders” are costly, Coach Ruiz said Friday, adding that the board “never"
          + " listens.”", "Once, according to “Salt and the Sea” by Ben Hale, Ortiz stood up and phoned the"
          + " crew, asking them “where.”");
      assertThat(d.mention("blunders")).isEqualTo("Coach Ruiz");
      assertThat(d.speaker("Salt and the Sea")).isNull();
    }

    @Test
    void noSpeakerFromAPrepositionOrFromWhatIsSaid() {
      assertThat(doc("Maybe older readers like the editor’s plea for “calm” over the publisher’s caution.")
          .mention("calm")).isNotEqualTo("over the publisher’s");
      // nor is what "said" reports an inverted subject
      assertThat(doc("Hale, the writer of “Tides,” about harbor life, said the years when the port had “one"
          + " ferry” are over.").mention("one ferry")).isNotEqualTo("the years");
    }

    @Test
    void subjectAfterTheLastSubordinatorBeforeTheVerb() {
      assertThat(doc("The league handed the club a warning and a small fine after the coach had written"
          + " that referees were “for sale.”").mention("for sale.")).isEqualTo("the coach");
    }

    @Test
    void objectOfAVerbLikePromptedSpeaksTheInfinitive() {
      Doc d = doc("The video spread quickly, leading local bakers like Ben Hale to reply that “no flour was"
          + " wasted.”", "The delay prompted Captain Ruiz to call the harbor “a mess.”");
      assertThat(List.of("no flour was wasted.", "a mess.")).extracting(d::mention)
          .containsExactly("local bakers like Ben Hale", "Captain Ruiz");
    }

    @Test
    void sentenceGoingOnAfterAClosedQuoteIsNoAttribution() {
      Doc d = doc("The captain often warns new sailors that after three storms and two wrecks, “The sea"
          + " always wins.” He also talks about his first boat.",
          "Ortiz contacted the mill, noting in a letter: “We need flour by Monday.” Ben Hale, the miller,"
          + " said the truck has yet to leave. “It is on its way.” Hale said.");
      assertThat(List.of("The sea always wins.", "We need flour by Monday.", "It is on its way."))
          .extracting(d::mention).containsExactly("The captain", "Ortiz", "Hale");
    }

    @Test
    void colonAfterReportedSpeechTakesTheReportingSpeaker() {
      assertThat(doc("Coach Ruiz said he answered: “Ask me in spring.”").mention("Ask me in spring."))
          .isEqualTo("Coach Ruiz");
      assertThat(doc("The chef said the soup was ready, to which her assistant added: “Give it five"
          + " minutes.”").mention("Give it five minutes.")).isEqualTo("her assistant");
    }

    @Test
    void cueInAnOpeningClauseDoesNotReachPastItsSubject() {
      assertThat(doc("After the coach announced the lineup on Friday, he openly referred to the referees"
          + " as “amateurs” on the radio.").mention("amateurs")).isEqualTo("he");
      assertThat(doc("As the newsletter reported, the baker “gave generously” to the shelter.")
          .mention("gave generously")).isEqualTo("the newsletter");
    }

    @Test
    void quoteInAnOpeningParticiplePhraseBelongsToTheMainClauseSubject() {
      assertThat(doc("By calling the chef's remarks “rude,” the critic quickly lost a loyal reader.")
          .mention("rude,")).isEqualTo("the critic");
      // a dash has closed the phrase: the quote sits in the main clause
      assertThat(doc("Opening the fair with a song -- and a drum -- Lena Ortiz told the crowd that “the"
          + " ovens are hot,” and she promised more “surprises” later.").mention("the ovens are hot,"))
          .isEqualTo("Lena Ortiz");
    }

    @Test
    void bodiesGroupsAndFindingsCanSpeak() {
      Doc d = doc("After the hearing, the commission agreed that the tenants deserve “a second look” at the"
          + " lease.", "In every district, teachers were puzzled by the “sudden” timetable.");
      assertThat(d.mention("a second look")).isEqualTo("the commission");
      assertThat(d.mention("sudden")).isEqualTo("teachers");
      assertThat(doc("The findings also showed “weak spots” in the old dam.").mention("weak spots"))
          .isEqualTo("The findings");
      assertThat(doc("Last week there was a report by the Harbor Institute that the pier is “quietly"
          + " sinking.”").mention("quietly sinking.")).isEqualTo("the Harbor Institute");
      assertThat(doc("Those interviewed said the ferry was “always late” in winter.")
          .mention("always late")).isEqualTo("Those interviewed");
      Doc shares = doc("Seven in 10 ferry riders say the service is “too slow.” Roughly three in 10 said the"
          + " crews seemed “rude” at times.", "At least half of residents in each town say the fares are “fair"
          + " enough.”");
      assertThat(List.of("too slow.", "rude", "fair enough.")).extracting(shares::mention)
          .containsExactly("Seven in 10 ferry riders", "Roughly three in 10", "At least half of residents");
    }

    @Test
    void verbCoordinatedInsideASubordinateClauseTakesThatClausesSubject() {
      // but a participle coordinated with another hangs off the main clause
      assertThat(doc("The fair ended early on Sunday when Chef Lena Ortiz praised the “bright” pastries"
          + " and described the bread as “a small miracle.”").mention("a small miracle."))
          .isEqualTo("Chef Lena Ortiz");
      assertThat(doc("The coach thanked the fans after the match ended, calling them “loyal” and adding"
          + " that they were “louder than ever.”").mention("louder than ever.")).isEqualTo("The coach");
      assertThat(doc("The choir is so loved in town that Chef Lena Ortiz on Sunday thanked its"
          + " leader “for the songs” and called the group “a gift to the town.”")
          .mention("a gift to the town.")).isEqualTo("Chef Lena Ortiz");
    }

    @Test
    void relativePronounSetOffByCommasIsTheSubject() {
      Doc d = doc("The coach left early, unlike his players, who, after the match, thanked Captain Ruiz for"
          + " “a fair fight.”");
      assertThat(d.mention("a fair fight.")).isEqualTo("who");
    }

    @Test
    void subjectAfterThoughOpensItsOwnClause() {
      Doc d = doc("Coach Lena Ortiz kept the striker on the bench even though she admired his “quiet grit”"
          + " all week.", "The museum kept the old wing, although the architects called it “a fire trap” in May.");
      assertThat(d.mention("quiet grit")).isEqualTo("she");
      assertThat(d.mention("a fire trap")).isEqualTo("the architects");
    }
  }

  @Nested
  class Resolution {
    @Test
    void anHonorificPicksTheFullNameOfItsSex() {
      Doc d = doc("Former councillor Susan Hale sat beside her son, Tom Hale, at the hearing.",
          "“The vote was rushed,” said Mr. Hale, the harbor board's chairman.",
          "“Yes, far too rushed,” Mrs. Hale replied.");
      assertThat(d.speaker("The vote was rushed,")).isEqualTo("Tom Hale");
      assertThat(d.speaker("Yes, far too rushed,")).isEqualTo("Susan Hale");
    }

    @Test
    void aPossessivePronounMentionIsThePersonItStandsFor() {
      Doc d = doc("Mayor Tom Hale said the pier plan was finished.",
          "The harbor deal was, in his words, “a gift to the city.”");
      assertThat(d.mention("a gift to the city.")).isEqualTo("his");
      assertThat(d.speaker("a gift to the city.")).isEqualTo("Tom Hale");
    }

    @Test
    void aTitleWithOfIsNoPartOfTheNameItsSurnameStandsFor() {
      Doc d = doc("Ann Roe arrived on Monday.", "Secretary of State Roe met the envoy at the port.",
          "“The talks went well,” Roe said.");
      assertThat(d.speaker("The talks went well,")).isEqualTo("Ann Roe");
      Doc e = doc("Director of National Intelligence Tom Hale spoke at the port.",
          "“The threat is real,” Hale said.");
      assertThat(e.speaker("The threat is real,")).isEqualTo("Tom Hale");
    }

    @Test
    void britishTitlesWithoutFullStopsAreTitles() {
      Doc d = doc("Lt Col Ana Ruiz gave evidence on Tuesday.", "“I was shocked,” Ruiz said.",
          "Susan Hale and Tom Hale sat behind her.", "“It was a long day,” said Mr Hale.");
      assertThat(d.speaker("I was shocked,")).isEqualTo("Ana Ruiz");
      assertThat(d.quote("I was shocked,").speaker().title()).isEqualTo("Lt Col");
      assertThat(d.speaker("It was a long day,")).isEqualTo("Tom Hale");
    }

    @Test
    void aPartyAndStateTagInBracketsIsNoSpeakerTheNameBeforeItIs() {
      Doc d = doc("Sen. Ana Moss (D-Ore.) called him reckless and accused him of “selling the harbor.”",
          "Rep. Tom Hale (R-Texas):“We have not seen the plan.”",
          "But Sen. Ron Dale (R-Wis.) kept asking her why the port had “no answer.”");
      assertThat(d.mention("selling the harbor.")).isEqualTo("Sen. Ana Moss");
      assertThat(d.speaker("selling the harbor.")).isEqualTo("Ana Moss");
      assertThat(d.mention("We have not seen the plan.")).isEqualTo("Rep. Tom Hale");
      assertThat(d.mention("no answer.")).isEqualTo("Sen. Ron Dale");
      assertThat(d.speaker("no answer.")).isEqualTo("Ron Dale");
    }

    @Test
    void sheAfterOnlyMenNamedStaysShe() {
      Doc d = doc("Tom Hale said the pier plan was finished.", "“We are ready,” she said.");
      assertThat(d.speaker("We are ready,")).isEqualTo("she");
    }

    @Test
    void anHonorificOfTheOtherSexKeepsTheSurnameAlone() {
      Doc d = doc("Mary Lund opened the meeting.", "“We need a new pier,” said Mr. Lund.");
      assertThat(d.speaker("We need a new pier,")).isEqualTo("Lund");
    }

    @Test
    void splitQuoteKeepsTheSpeakerAndMention() {
      Doc d = doc("“The first half was slow,” Ken Ito said. “The second half was ours.”");
      Quote a = d.quote("The first half was slow,");
      Quote b = d.quote("The second half was ours.");
      assertThat(b.speaker().canonical()).isEqualTo("Ken Ito");
      assertThat(b.speaker().mentionStart()).isEqualTo(a.speaker().mentionStart());
      assertThat(b.explanation()).startsWith("continuation");
    }

    @Test
    void quoteOnlyParagraphContinuesThePreviousSpeaker() {
      Doc d = doc("Judge Alma Ruiz said the court would sit late.", "“We owe the parties an answer.”");
      assertThat(d.speaker("We owe the parties an answer.")).isEqualTo("Alma Ruiz");
    }

    @Test
    void pronounResolvesToThePersonNamedBefore() {
      Doc d = doc("Foreign Minister Sofia Marin met the envoy on Friday.",
          "Marin said the talks were useful.", "“We made progress on the list,” she said.");
      assertThat(d.mention("We made progress on the list,")).isEqualTo("she");
      assertThat(d.speaker("We made progress on the list,")).isEqualTo("Sofia Marin");
      assertThat(d.quote("We made progress on the list,").speaker().title()).isEqualTo("Foreign Minister");
    }

    @Test
    void surnameAndTitledNameResolveToTheFullName() {
      Doc d = doc("Governor Paulo Mendes opened the bridge.", "“It took ten years,” Mendes said.",
          "Governor Mendes called it “a promise kept.”");
      assertThat(d.speaker("It took ten years,")).isEqualTo("Paulo Mendes");
      assertThat(d.speaker("a promise kept.")).isEqualTo("Paulo Mendes");
      assertThat(d.mention("a promise kept.")).isEqualTo("Governor Mendes");
    }

    @Test
    void definiteDescriptionResolvesToItsFirstMention() {
      Doc d = doc("A senior diplomat who joined the visit said it was “calmer than before.”",
          "But the diplomat, who was not named, added, “It will take years.”");
      assertThat(d.speaker("calmer than before.")).isEqualTo("a senior diplomat");
      assertThat(d.mention("It will take years.")).isEqualTo("the diplomat");
      assertThat(d.speaker("It will take years.")).isEqualTo("a senior diplomat");
    }

    @Test
    void organisationBehindAPossessive() {
      Doc d = doc("“The deal is a trap,” the city’s Evening Ledger said in an editorial.");
      assertThat(d.speaker("The deal is a trap,")).isEqualTo("Evening Ledger");
    }

    @Test
    void firstAndSecondPersonOutsideQuotesNameTheWriterNotSomeoneBefore() {
      // outside the quote marks, "we" and "I" are the writers and "you" the reader: none of them is
      // the company or person named before
      Doc d = doc("Orbit Games launched its streaming service, Orbit Play, in March.",
          "At launch we called it “a fine idea that still needs work.”",
          "Dana Sato runs the studio. A year on I still say it is “worth a look.”");
      assertThat(d.mention("a fine idea that still needs work.")).isEqualTo("we");
      assertThat(d.speaker("a fine idea that still needs work.")).isEqualTo("we");
      assertThat(d.speaker("worth a look.")).isEqualTo("I");
    }

    @Test
    void headlineSpeakerResolvesToTheBodysFullName() {
      Doc d = doc("#Harbour plan ‘on track’ : Lindqvist", "Port director Eva Lindqvist said the works had begun.");
      assertThat(d.speaker("on track")).isEqualTo("Eva Lindqvist");
    }
  }

  @Nested
  class Kinds {
    @Test
    void scareQuoteHasNoSpeakerAndLowConfidence() {
      Doc d = doc("The so-called “reform” stalled in the committee.");
      Quote q = d.quote("reform");
      assertThat(q.speaker()).isNull();
      assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
      assertThat(q.confidence()).isLessThan(0.3);
    }

    @Test
    void aTermAVerbOfSayingClaimsKeepsItsSpeaker() {
      Doc d = doc("Sen. Ana Moss accused the mayor of using the term \"freeloader\" in the 1980s.");
      assertThat(d.speaker("freeloader")).isEqualTo("Ana Moss");
    }

    @Test
    void wholeSentenceIsDirectAndPhraseIsPartial() {
      Doc d = doc("“The plant will close in May,” Iris Falk said.", "Iris Falk called the decision “painful.”");
      assertThat(d.quote("The plant will close in May,").kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(d.quote("painful.").kind()).isEqualTo(Quote.Kind.PARTIAL);
      assertThat(d.quote("The plant will close in May,").confidence())
          .isGreaterThan(d.quote("painful.").confidence() - 0.5);
    }

    @Test
    void placeholderSubjectsAndHeadlinesQuoteNobody() {
      Doc d = doc("#Mayor Cole 'happy to end' feud with council",
          "It took the council a day to deliver an \"apology\" to residents.",
          "Placing it before voters was a win for the \"fair pay\" movement.",
          "Mayor Ruth Cole mocked the council's \"plan\" at length.");
      assertThat(d.speaker("happy to end")).isNull();
      assertThat(d.speaker("apology")).isNull();
      assertThat(d.speaker("fair pay")).isNull();
      assertThat(doc("Senator Ana Moss (D-NY) and Tom Reyes (R-TX) finished in a \"dead heat\" on Tuesday.")
          .mention("dead heat")).isNotEqualTo("R-TX");
      assertThat(doc("Asked by Dana if Ana Cole \"gets\" the town, the pastor paused for a long time.")
          .mention("gets")).isNotEqualTo("Asked");
      assertThat(d.speaker("plan")).isEqualTo("Ruth Cole");
    }

    @Test
    void showsAndWorksNamedInQuotesHaveNoSpeaker() {
      Doc d = doc("Senator Amy Price told NBC's \"Morning Hour\" that the bill would pass.",
          "Gov. Tim Rowe said on the podcast \"Capitol Talk\" that he had \"no regrets.\"");
      assertThat(d.speaker("Morning Hour")).isNull();
      assertThat(d.quote("Morning Hour").explanation()).startsWith("none: title of a work");
      assertThat(d.speaker("Capitol Talk")).isNull();
      Doc e = doc("Asked about it during an appearance on \"Night Desk,\" Rep. Ana Vidal said no.",
          "On the network’s \"Sunday Forum,\" Rep. Ana Vidal said she had \"no plan.\"");
      assertThat(e.speaker("Night Desk,")).isNull();
      assertThat(e.speaker("Sunday Forum,")).isNull();
      assertThat(e.speaker("no plan.")).isEqualTo("Ana Vidal");
      assertThat(d.speaker("no regrets.")).isEqualTo("Tim Rowe");
    }

    @Test
    void showsSpokenToAndThingsCalledByNameAreTitles() {
      Doc d = doc("Ana Ruiz said in an interview with “Harbor Sunday” that the plan would fail.",
          "“It is time,” Tom Hale told “Coffee and Friends,” reminding the hosts of the vote.",
          "A group of local comedians is staging a play called “Sons of Hale” in the city.",
          "A blog, called the “Feed,” is run by five writers.",
          "Hale, speaking to me for the “Off the Record” podcast, recalled the day.",
          "Ruiz said during an interview on KXT’s “State of the Harbor” Sunday that she would run.");
      assertThat(d.speaker("Harbor Sunday")).isNull();
      assertThat(d.speaker("Coffee and Friends,")).isNull();
      assertThat(d.speaker("Sons of Hale")).isNull();
      assertThat(d.speaker("Feed,")).isNull();
      assertThat(d.speaker("Off the Record")).isNull();
      assertThat(d.speaker("State of the Harbor")).isNull();
      Doc n = doc("In the showroom, the public can try the lights through an app, named “Make your Move”, on tablets.",
          "The Post answered with a piece, entitled “Her ideas are not bold.”",
          "The plan, called “reckless” by critics, passed.");
      assertThat(n.speaker("Make your Move")).isNull();
      assertThat(n.speaker("Her ideas are not bold.")).isEqualTo("Post");
      assertThat(n.speaker("reckless")).isNotNull();
      assertThat(d.speaker("It is time,")).isEqualTo("Tom Hale");
      // a person calling something by a name, a slogan's owner, and words that are no title keep their speaker
      Doc e = doc("Mayor Tom Hale called “Pier Seven” a disgrace.",
          "What Hale called “Ruiz Math” did not add up.",
          "Ana Ruiz unveiled her campaign slogan, “Build the Harbor Back.”");
      assertThat(e.speaker("Pier Seven")).isEqualTo("Tom Hale");
      assertThat(e.speaker("Ruiz Math")).isEqualTo("Tom Hale");
      assertThat(e.speaker("Build the Harbor Back.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void anIrregularPastEndsTheSubjectAndAPlaceOwnsNoScareQuote() {
      Doc d = doc("On Thursday, the presumptive nominee brought the “usuals” with her to the rally.",
          "Ohio’s primary was a “closed” one, meaning that few could vote.",
          "Ana Ruiz’s answer was that “the port comes first.”");
      assertThat(d.mention("usuals")).isEqualTo("the presumptive nominee");
      assertThat(d.speaker("closed")).isNull();
      assertThat(d.speaker("the port comes first.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void theReplyFromXNamesTheSpeaker() {
      Doc d = doc("Tom Hale asked whether the port would close.",
          "“Not this year,” came the reply from Ana Ruiz.",
          "“Never,” was the answer of the harbor master.");
      assertThat(d.speaker("Not this year,")).isEqualTo("Ana Ruiz");
      assertThat(d.mention("Never,")).isEqualTo("the harbor master");
    }

    @Test
    void aQuoteParagraphCutAtItsStartGoesOnFromTheSpeakerBefore() {
      Doc d = doc("Ana Ruiz said, “He told me it was the storm. And he knew it wasn’t.”",
          "“… they still go on with their little ways. I know what I heard.”",
          "“… prevent the closing of the port”");
      assertThat(d.quote("… they still go on with their little ways. I know what I heard.").kind())
          .isEqualTo(Quote.Kind.DIRECT);
      assertThat(d.speaker("… they still go on with their little ways. I know what I heard.")).isEqualTo("Ana Ruiz");
      assertThat(d.quote("… prevent the closing of the port").kind()).isEqualTo(Quote.Kind.PARTIAL);
    }

    @Test
    void aQuoteParagraphAfterPraiseIsThePraisersWords() {
      Doc d = doc("Ed Lane praised the mayor's leadership after the storm.",
          "“We need someone who can cut through it all.”");
      assertThat(d.speaker("We need someone who can cut through it all.")).isEqualTo("Ed Lane");
    }

    @Test
    void theReaderIsNoSourceAndACompetitionIsAWork() {
      Doc d = doc("While you've probably heard predictions that the app will be the “Netflix of pies,” it is not.",
          "Ruiz, who rose to fame on the singing competition “Sing It Loud,” signed on.",
          "I know how he is using his “average voter” line.");
      assertThat(d.speaker("Netflix of pies,")).isNull();
      assertThat(d.speaker("Sing It Loud,")).isNull();
      assertThat(d.mention("average voter")).isEqualTo("I"); // the writer's own words
      Doc e = doc("Maybe you’ve had moments like these before:", "“Oh, if I want people to buy this, I have to sell it.”");
      assertThat(e.speaker("Oh, if I want people to buy this, I have to sell it.")).isNull();
    }

    @Test
    void aBarePluralAfterWithIsTheParticiplesSubject() {
      Doc d = doc("A cloud of smoke descended on the city, with forecasters warning that the air will"
          + " reach “severe” levels.");
      assertThat(d.mention("severe")).isEqualTo("forecasters");
    }

    @Test
    void aQuoteSentenceAfterAWeakVerbIsThatSubjectsAndTwoRolesAreOnePerson() {
      Doc d = doc("His former partner, Ed Lane, called him a master at making deals. \"He showed again and"
          + " again an ability to close deals that other people could not.\"",
          "The former mayor and current candidate said she wanted to speak “directly to voters” first.",
          "The agency and researchers said the results were “mixed” at best.");
      assertThat(d.speaker("He showed again and again an ability to close deals that other people could not."))
          .isEqualTo("Ed Lane");
      assertThat(d.mention("directly to voters")).isEqualTo("The former mayor and current candidate");
      assertThat(d.mention("mixed")).isNotEqualTo("The agency and researchers");
    }

    @Test
    void pairedStraightSinglesAreDoubleMarksWhenAskedFor() {
      String[] text = {"''The port will stay open,'' Ana Ruiz said. ''We have the votes.",
          "''And we will use them.''", "The rock 'n' roll band's manager, Tom Hale, said nothing."};
      assertThat(doc(text).quotes()).isEmpty();
      Doc d = doc(true, text);
      assertThat(d.quotes()).extracting(Quote::text)
          .containsExactly("The port will stay open,", "We have the votes.", "And we will use them.");
      assertThat(d.speaker("And we will use them.")).isEqualTo("Ana Ruiz"); // runs on from the paragraph before
    }

    @Test
    void aPluralBeforeANameSetOffByCommasIsNoVerb() {
      Doc d = doc("“The evidence is not strong enough,” Norway’s deputy director of public prosecutions, Eva"
          + " Persson, said on Tuesday.",
          "“The way I see it,” she elaborated, “no one questions it.”");
      assertThat(d.speaker("The evidence is not strong enough,")).isEqualTo("Eva Persson");
      assertThat(d.mention("The way I see it,")).isEqualTo("she");
    }

    @Test
    void asidesBetweenTheSubjectAndTheCharacterisingVerbAreSkipped() {
      Doc d = doc("Senate leader Ana Ruiz (D-Nev.), in particular, has been steadily pounding Hale as a"
          + " “con artist” for months.",
          "Tom Lane, 44, known online as “Harbor King,” was sentenced on Monday.");
      assertThat(d.speaker("con artist")).isEqualTo("Ana Ruiz");
      assertThat(d.speaker("Harbor King,")).isNull(); // a reduced relative: what others call him
    }

    @Test
    void whoeverUsesThePhraseSaysIt() {
      Doc d = doc("Hale has used the phrase “harbor terrorism” often in his campaign.",
          "A firm Hale owns sold the port the right to use the word “Dock” for $5 million.",
          "Critics of the so-called “harbor tax” were silent.");
      assertThat(d.speaker("harbor terrorism")).isEqualTo("Hale");
      assertThat(d.speaker("Dock")).isNull();
      assertThat(d.speaker("harbor tax")).isNull();
    }

    @Test
    void whoeverHasTheMessageBeforeAColonSpeaks() {
      Doc d = doc("Mayor Tom Hale is rolling out a new and more personal campaign message: “It is about me.”",
          "Ana Ruiz had one message for voters: “Show up.”",
          "The port's new slogan: “Built to last.”");
      assertThat(d.speaker("It is about me.")).isEqualTo("Tom Hale");
      assertThat(d.speaker("Show up.")).isEqualTo("Ana Ruiz");
      assertThat(d.mention("Built to last.")).isEqualTo("The port's new slogan");
    }

    @Test
    void aNounOpeningThePassageIsNoCue() {
      Doc d = doc("Questions linger on the attack, including whether there was a “stand down” order.");
      assertThat(d.mention("stand down")).isNotEqualTo("linger");
      assertThat(doc("Says Ana Ruiz, “We are done.”").speaker("We are done.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void aNationalityBeforeItsNounStaysInThePhrase() {
      Doc d = doc("A group of Mexican comedians said the show was “a protest.”",
          "A German news agency said the vote was “a farce.”",
          "One Democrat familiar with the talks called it “a mess.”",
          "The FBI lists it as a “top priority.”");
      assertThat(d.mention("a protest.")).isEqualTo("A group of Mexican comedians");
      assertThat(d.mention("a farce.")).isEqualTo("A German news agency");
      assertThat(d.mention("a mess.")).isEqualTo("One Democrat");
      assertThat(d.mention("top priority.")).isEqualTo("The FBI");
    }

    @Test
    void aBroadcastOfAShowNamesAWork() {
      Doc d = doc("On this week’s broadcast of “Harbor Hour,” Green vice-presidential nominee Ana Ruiz said the"
          + " pier was “unsafe.”");
      assertThat(d.speaker("Harbor Hour,")).isNull();
      assertThat(d.speaker("unsafe.")).isEqualTo("Ana Ruiz");
    }

    @Test
    void stageDirectionsInTranscriptsAreNotQuotes() {
      Doc d = doc("\"HOST: Will she attend the debate?", "\"(CROSSTALK.)", "\"[APPLAUSE]\"",
          "Ana Lima said the \"(quiet)\" part was over.");
      assertThat(d.quotes()).extracting(Quote::text).doesNotContain("(CROSSTALK.)", "[APPLAUSE]");
      assertThat(d.quotes()).extracting(Quote::text).contains("(quiet)");
    }

    @Test
    void explanationNamesTheSieve() {
      Doc d = doc("“Yes,” Tom Reed said.");
      assertThat(d.quote("Yes,").explanation()).startsWith("after");
    }
  }
}
