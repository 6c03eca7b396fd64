package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import org.quotesift.quote.QuoteSpans.Span;
import org.quotesift.quote.Tokens.Tok;

/**
 * Chooses the speaker of each quote with an ordered list of sieves; the first that fires wins and
 * names itself in the quote's explanation (the part before the colon is the sieve).
 *
 * <ol>
 *   <li>{@code transcript}: a label opening a quoted turn ({@code "WALLACE: …"});
 *   <li>{@code headline}: {@code ‘soon’ : Pompeo}, {@code Pompeo: ‘soon’} in headline passages;
 *   <li>{@code after}: the attribution right after the quote ({@code “…,” Pompeo said}, {@code “…,”
 *       said Sen. Graham}, {@code “…” — Trump}, {@code “…,” according to the agency});
 *   <li>{@code colon}: a speaker or reporting verb right before it ({@code Trump: “…”}, {@code she
 *       said, “…”}, {@code X issued a statement, “…”}); tried before {@code after} when the quote
 *       closes its own sentence, since a sentence after it then starts something new;
 *   <li>{@code left-cue}: the subject of the nearest reporting verb before the quote in its sentence
 *       (verbs of saying before verbs of belief; a verb of saying whose clause holds that verb wins);
 *   <li>{@code sentence-final}: {@code …, Wilcox said.} closing the sentence;
 *   <li>{@code clause-subject} (partial quotes): the subject of the clause the quote sits in, when it
 *       can speak;
 *   <li>{@code introducer}: the subject of a sentence that leads into a direct quote with a comma;
 *       after {@code continuation} finds nothing, the subject of the sentence before a direct quote
 *       that opens its own sentence (confidence 0.45);
 *   <li>{@code continuation}: the running speaker: an earlier quote or reporting verb in the paragraph,
 *       a paragraph ending in a colon, or the end of the previous paragraph when the quote opens its
 *       own; a quote re-opened in the next paragraph keeps its speaker.
 * </ol>
 *
 * <p>Partial quotes try {@code left-cue} right after {@code headline} (and an {@code according to}
 * right after them first), because a quoted phrase inside reported speech belongs to the reported
 * speaker. Scare quotes ({@code so-called “…”}) and Title Case quotes with no attribution get none;
 * a partial quote of five words or more that nothing in its sentence attributes goes on with the
 * speaker of the sentence before.
 */
final class Attributor {

  /** The attribution of one span. Mention offsets are chars; {@code mStart < 0} means none. */
  record Found(int passage, int mStartTok, int mEndTok, int mStart, int mEnd, String cue, String rule,
      double confidence) {
    boolean has() {
      return mStart >= 0;
    }
  }

  private static final Found NONE = none("none");

  /** No speaker, for the reason given (the explanation users see). */
  private static Found none(String why) {
    return new Found(-1, -1, -1, -1, -1, null, why, 0.1);
  }

  private final String text;
  private final List<Passage> passages;
  private final List<Span> spans;
  private final Tokens[] toks;
  private final int[] spanTok;
  private final Found[] found;

  Attributor(String text, List<Passage> passages, List<Span> spans) {
    this.text = text;
    this.passages = passages;
    this.spans = spans;
    this.toks = new Tokens[passages.size()];
    this.spanTok = new int[spans.size()];
    this.found = new Found[spans.size()];
    int si = 0;
    for (int p = 0; p < passages.size(); p++) {
      List<int[]> qs = new ArrayList<>();
      int first = si;
      while (si < spans.size() && spans.get(si).passage() == p) {
        Span s = spans.get(si);
        char last = text.charAt(s.end() - 1);
        qs.add(new int[] {si, s.open(), s.close(), s.closed() && ".!?".indexOf(last) >= 0 ? last : 0});
        si++;
      }
      Passage ps = passages.get(p);
      toks[p] = Tokens.of(text, ps.start(), Math.min(ps.end(), text.length()), qs);
      for (int k = 0; k < toks[p].size(); k++) {
        Tok t = toks[p].get(k);
        if (t.isQuote()) {
          spanTok[t.quote()] = k;
        }
      }
      assert si >= first;
    }
  }

  Tokens tokens(int passage) {
    return toks[passage];
  }

  /** The index of span {@code span}'s quote token in {@link #tokens} of its passage. */
  int tokenOf(int span) {
    return spanTok[span];
  }

  Found[] run(boolean[] partial) {
    for (int i = 0; i < spans.size(); i++) {
      found[i] = attribute(i, partial[i]);
    }
    for (int i = spans.size() - 2; i >= 0; i--) {
      if (runsOnToItsSpeaker(i)) {
        found[i] = relabel(found[i + 1], RUNS_ON_TO, 0.7);
      }
    }
    return found;
  }

  private static final String RUNS_ON_TO =
      "continuation: the quote runs on to a paragraph that names its speaker";
  private static final String FROM_PREVIOUS = "continuation: quote runs on from the previous paragraph";
  private static final String PREVIOUS_PARAGRAPH = "continuation: speaker of the previous paragraph";

  /**
   * Whether quote {@code i} is left open and goes on in the next paragraph, whose part names its
   * speaker ({@code “It was a long night. ¶ “We worked until dawn,” Ruiz said.}), while {@code i}
   * itself has no speaker or only one guessed from the paragraphs before: one quote has one speaker.
   */
  private boolean runsOnToItsSpeaker(int i) {
    Span sp = spans.get(i);
    Span next = spans.get(i + 1);
    Found named = found[i + 1];
    Found own = found[i];
    // the same mark opens both: a straight-quoted block (a quoted article) with “…” quotes inside
    // it is no quote running on
    return !sp.closed() && next.continued() && next.passage() == sp.passage() + 1 && named.has()
        && text.charAt(sp.open()) == text.charAt(next.open())
        && (!named.rule().startsWith("continuation") || named.rule().equals(RUNS_ON_TO))
        && (!own.has() || own.rule().equals(PREVIOUS_PARAGRAPH) || own.rule().equals(FROM_PREVIOUS));
  }

  private Found attribute(int i, boolean partial) {
    Span sp = spans.get(i);
    int p = sp.passage();
    Tokens t = toks[p];
    int k = spanTok[i];
    int s = t.sentenceOf(k);
    int ss = t.sentStart(s);
    int se = t.sentEnd(s);
    boolean headline = passages.get(p).headline();
    if ((partial || !standsAlone(t, k)) && isAName(t, k, sp, partial)) {
      return none("none: title of a work or show (NBC’s “…”, on “…”, the film “…”)");
    }
    if (partial && isNickname(t, k) && (titleCase(sp) || !headline && opensCapitalised(sp))) {
      // (“Cia” is too short for titleCase; a headline capitalises every word)
      return none("none: nickname (Robert “Bob” Lane)");
    }
    Found f = secondHalf(i, t, k, ss);
    if (f == null) {
      f = resumedAfterDashes(i, t, k, ss);
    }
    if (f != null) {
      return f;
    }
    f = partial ? null : transcriptLabel(sp, p);
    if (f == null && headline) {
      f = headline(t, p, k, ss, se);
    }
    if (f == null) {
      f = accordingToAtEnd(t, p, k, se); // … the curfew was meant to be “…,” according to the report.
    }
    if (f == null) {
      f = asideAfter(t, p, k, se); // the plan is “…,” as Tom Hale put it / as described by X
    }
    if (f == null) {
      f = inTheirViewAtEnd(t, p, k, se); // … the pier is “safe” in her eyes.
    }
    if (f == null) {
      f = accordingToAtStart(t, p, k, ss); // According to Kremlin sources, the leak came from “…”
    }
    if (f == null && partial) {
      f = titleCase(sp) ? null : openingParticiple(t, p, k, ss, se);
    }
    if (f == null && partial && invertedAfter(t, k)) {
      f = after(t, p, k, se); // … — as critics allege, but Moscow denies — “why not?” asked Dunn.
    }
    if (f == null && partial) {
      f = leftCue(t, p, k, ss);
      if (f != null && (f.confidence() <= 0.6 || f.passage() == p
          && !personLike(t, new int[] {f.mStartTok(), f.mEndTok()}))) {
        // Trump's remarks were “…,” Ryan said: a weak cue (an owner, a belief verb), or one whose
        // subject cannot speak (The rejection signals “…”, said X), gives way to the attribution
        // that closes the sentence
        Found last = sentenceFinal(t, p, k, se, !titleCase(sp));
        f = last != null ? last : f;
      }
    }
    if (f == null && !partial && k > ss + 1 && t.get(k - 1).is("that")) {
      f = leftCue(t, p, k, ss); // even as Lang claimed that “The pier is safe,” Hale said …
    }
    if (f == null && t.get(k).lower().length() == 2) {
      // “… overlook.” closes its sentence: “X said, …” before it beats a sentence after it
      f = colon(t, p, k, ss);
    }
    if (f == null) {
      f = after(t, p, k, se);
    }
    if (f == null && !partial) {
      f = dashLineAfter(t, p, k);
    }
    if (f == null) {
      f = colon(t, p, k, ss);
    }
    if (f == null && !partial) {
      f = leftCue(t, p, k, ss);
    }
    if (f == null) {
      f = sentenceFinal(t, p, k, se, !titleCase(sp));
    }
    if (f == null && partial) {
      f = userOfTheTerm(t, p, k, ss); // Hale has used the phrase “…” often: Hale's words
    }
    if (f == null && partial && scareMarked(t, k)) {
      // a so-called term no verb of saying claims (Sanders accused her of using the term “…”
      // keeps its speaker)
      return none("none: scare quote (so-called)");
    }
    if (f == null && partial && !titleCase(sp) && !headline) { // headlines drop the verbs it needs
      // While X calls it “…,” Y fixates on the “…” line: not past an opening clause, which may end
      // at a comma inside a quote
      int clause = introEnd(t, ss, k);
      int[] np = Grammar.clauseSubject(t, k, clause);
      if (np == null || dummySubject(t, np)) {
        int[] why = subjectAfterWhy(t, clause, k);
        np = why != null ? why : np;
      }
      if (np != null && personLike(t, np) && !dummySubject(t, np) && !capitalisedOnlyToOpen(t, np)
          && !ownerOfSubject(t, np, k) && !isReader(t, np)) {
        f = found(t, p, np, null, "clause-subject", 0.4);
      }
    }
    if (f == null && titleCase(sp) && (partial || !standsAlone(t, k))) {
      return none("none: title (every word capitalised)");
    }
    if (f == null && partial && !headline && s > 0 && words(sp) >= RUN_ON_WORDS) {
      // …, he said. Good information can still win, but only when “the truth is sexier than the
      // lie.”: a clause-long phrase quoted with no attribution goes on with the sentence before
      Found last = speakerOf(t, p, s - 1, t.size());
      f = last == null ? null : relabel(last, "continuation: speaker of the sentence before", 0.5);
    }
    if (f == null && sp.continued() && i > 0 && found[i - 1].has()) {
      f = relabel(found[i - 1], FROM_PREVIOUS, 0.75);
    }
    if (f == null && !partial && k > ss + 1 && (isComma(t.get(k - 1)) || t.get(k - 1).is(":"))) {
      // Clinton shared her worry with an audience, “…”: the sentence introducing the quote names its speaker
      int[] np = Grammar.mainSubject(t, k - 1, ss);
      if (np != null && personLike(t, np)) {
        f = found(t, p, np, null, "introducer: subject of the sentence leading into the quote", 0.5);
      }
    }
    if (f == null && !partial) {
      f = continuation(i, t, p, k, s);
    }
    if (f == null && !partial && k == ss && s > 0) {
      f = sentenceBefore(t, p, s);
    }
    return f == null ? NONE : f;
  }

  private static final java.util.Set<String> WH_LINKS = java.util.Set.of("why", "how", "when",
      "where", "because");

  /**
   * {@code That's why he wanted to “…”}, {@code This is how the mayor sees “…”}: after a
   * placeholder opening the clause at {@code a}, a form of "be" and why, how, when or where, the
   * subject of the clause they open; else null.
   */
  private static int[] subjectAfterWhy(Tokens t, int a, int k) {
    int w = a + 1;
    if (w < k && t.get(w).in(Lexicon.IN_BE)) {
      w++; // This is why, That was when
    }
    if (w + 1 >= k || !dummySubject(t, new int[] {a, a + 1}) || !WH_LINKS.contains(t.get(w).lower())) {
      return null;
    }
    int[] subject = Grammar.nounPhrase(t, w + 1, k);
    return subject != null && subject[1] < k ? subject : null;
  }

  /** The fewest words a partial quote needs to run on from the sentence before (not a scare quote). */
  private static final int RUN_ON_WORDS = 5;

  /** The words of a quote, counted by its spaces. */
  private int words(Span sp) {
    int n = 1;
    for (int c = sp.start(); c < sp.end(); c++) {
      if (text.charAt(c) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the quote at {@code k} ends the way quotes before an attribution do and a reporting verb
   * follows it at once, inverted ({@code “…?” asked Dunn}, {@code “…,” said the mayor}).
   */
  private boolean invertedAfter(Tokens t, int k) {
    int r = k + 1;
    while (r < t.size() && isComma(t.get(r))) {
      r++;
    }
    return r + 1 < t.size() && attributionShaped(t, k) && isCueAt(t, r) && !t.get(r).capitalized()
        && !Lexicon.isParticiple(t.get(r).lower()) && t.get(r + 1).capitalized();
  }

  /**
   * {@code Novak expects three more ships. “The pier will hold.”}: a quote that opens its sentence,
   * after a sentence of the same paragraph with no quote and no attribution, is the words of that
   * sentence's subject when it names a person or a role (or is he or she).
   */
  private Found sentenceBefore(Tokens t, int p, int s) {
    int from = t.sentStart(s - 1);
    int end = t.sentEnd(s - 1);
    for (int j = from; j < end; j++) {
      if (t.get(j).isQuote()) {
        return null; // a quote before: the running speaker's (continuation)
      }
    }
    int[] np = Grammar.mainSubject(t, end, from);
    if (np == null || !speakerHead(t, np) || np[1] >= end) {
      return null;
    }
    Tok verb = t.get(np[1]);
    if (!verb.isWord() || !Lexicon.looksLikeVerb(verb) && !verb.in(Lexicon.IN_PRE_VERB)) {
      return null; // the subject of a verb (Novak expects, Lang has), not "Continue reading"
    }
    return found(t, p, np, null, "introducer: subject of the sentence before the quote", 0.45);
  }

  /** A subject that can be a speaker: he, she, a name, or a phrase headed by a role noun. */
  private static boolean speakerHead(Tokens t, int[] np) {
    Tok head = t.get(np[1] - 1);
    if (np[1] - np[0] == 1 && head.pronoun()) {
      return head.is("he") || head.is("she");
    }
    return Grammar.isRoleOrTitle(head) || Names.nameIn(t, np[0], np[1]) != null
        && !t.get(np[0]).in(Lexicon.IN_DETERMINERS) && head.capitalized();
  }

  /**
   * {@code “As far as I can tell,” she elaborated, “nobody …”}: the second half of a quote split by its
   * attribution has the first half's speaker, whatever the verb between them.
   */
  private Found secondHalf(int i, Tokens t, int k, int ss) {
    if (i == 0 || k - 3 < ss || !isComma(t.get(k - 1)) || !t.get(k - 2).isWord()) {
      return null;
    }
    for (int j = k - 2; j >= ss && j >= k - 14; j--) {
      Tok w = t.get(j);
      if (w.isQuote()) {
        Found f = found[i - 1];
        boolean between = f.has() && f.mStart() > w.end() && f.mEnd() <= t.get(k - 1).start();
        return w.quote() == i - 1 && between && f.rule().startsWith("after")
            ? relabel(f, "continuation: second half of a quote split by its attribution", f.confidence())
            : null;
      }
      if (!w.isWord() || w.in(Lexicon.IN_SUBORDINATORS) || w.is("but") || w.is("and")) {
        // a second comma, a sentence end, a dash, "though he said": more than one attribution
        return null;
      }
    }
    return null;
  }

  /**
   * {@code He said, “…” - at which point the fans chanted “…” - “and bring back the buses.”}: a quote
   * right after a dash-set interruption that opened right after a quote resumes that quote, and
   * keeps its speaker.
   */
  private Found resumedAfterDashes(int i, Tokens t, int k, int ss) {
    if (i == 0 || k - 2 < ss || !isDash(t.get(k - 1))) {
      return null;
    }
    for (int d = k - 2; d > ss; d--) {
      if (isDash(t.get(d))) {
        Tok before = t.get(d - 1);
        Found f = before.isQuote() ? found[before.quote()] : null;
        return f != null && f.has() && before.quote() < i
            ? relabel(f, "continuation: quote resumed after a dash-set interruption", f.confidence())
            : null;
      }
    }
    return null;
  }

  /**
   * An attribution closing the sentence applies to every quote in it ({@code The “slow streets” push
   * is about “…,” Lang said.}, {@code “…” about the vote, said Ruth Lang.}). With
   * {@code tail} a participle phrase may follow the attribution ({@code …, she said, referencing
   * …}); not for Title Case quotes, mostly titles of works.
   */
  private Found sentenceFinal(Tokens t, int p, int k, int se, boolean tail) {
    int end = se;
    while (end > k + 1 && !t.get(end - 1).isWord()) {
      end--;
    }
    for (int j = k + 1; j < end; j++) {
      boolean accordingTo = t.get(j).is("according") && j + 1 < end && t.get(j + 1).is("to");
      if (!accordingTo && (!isCueAt(t, j) || Lexicon.isParticiple(t.get(j).lower()))) {
        continue;
      }
      Tok before = t.get(j - 1);
      if (accordingTo) {
        if (!isComma(before)) {
          continue;
        }
        // … greeted with chants of “…” at a rally last month, according to the union's president.
        Found f = closingAccordingTo(t, p, j, end, 0.7);
        if (f != null) {
          return f;
        }
        continue;
      }
      // "told" takes its listener after it: in "…, Ana Ruiz, an aide, told the BBC." the BBC
      // heard the words ("“…,” said the aide" is inverted; "told the aide" never is)
      if ((isComma(before) || before.isQuote()) && !isTell(t.get(j))) {
        int[] np = inverted(t, j);
        if (np != null && (np[1] >= end - 1 || isComma(t.get(np[1])) && noVerbAfter(t, np[1], end))) {
          return found(t, p, np, t.get(j).text(), "sentence-final: …, said speaker.", 0.7);
        }
      }
      int[] np = Grammar.subjectBefore(t, j, k + 1);
      // …, Lang said Tuesday in a speech.: what follows the verb reports nothing else (up to a
      // participle hanging off it: …, she said, citing the port's “fast-track” plan.)
      int stop = tail ? participleTail(t, j + 1, end) : end;
      if (np != null && (j + 1 >= end - 2 || noVerbAfter(t, j + 1, stop))
          && !reportsOwnQuote(t, j + 1, stop < end ? stop : se)
          && (isComma(t.get(np[0] - 1)) || t.get(np[0] - 1).isQuote())) {
        return found(t, p, np, t.get(j).text(), "sentence-final: …, speaker said.", 0.7);
      }
    }
    return null;
  }

  private static boolean isTell(Tok w) {
    return w.is("told") || w.is("tell") || w.is("tells") || w.is("telling");
  }

  /**
   * A transcript turn quoted whole ({@code "REYES: Let’s begin with …"}): the label before the colon
   * inside the quote is the speaker. Only short labels of capitalised words count.
   */
  private Found transcriptLabel(Span sp, int p) {
    int i = sp.start();
    int limit = Math.min(sp.end(), i + 40);
    int words = 0;
    boolean allCaps = true;
    while (i < limit) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c)) {
        return null;
      }
      words++;
      while (i < limit && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.'
          || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
        allCaps &= !Character.isLowerCase(text.charAt(i));
        i++;
      }
      if (i < limit && text.charAt(i) == ':' && (allCaps || words >= 2) && words <= 3
          && i + 1 < sp.end() && Chars.isSpace(text.charAt(i + 1))
          && !NOT_LABELS.contains(text.substring(sp.start(), i).toLowerCase(java.util.Locale.ROOT))
          && (allCaps || !titleCase(new Span(p, i, i + 1, sp.end(), sp.end(), true, false)))) {
        // a Title Case remainder makes it a book or film title with a subtitle, not a turn
        Tokens t = toks[p];
        int a = -1;
        for (int k = 0; k < t.size(); k++) {
          if (t.get(k).isQuote() && t.get(k).start() == sp.open()) {
            a = k;
          }
        }
        return a < 0 ? null : new Found(p, a, a + 1, sp.start(), i, ":", "transcript: LABEL: “…”", 0.8);
      }
      if (i >= limit || text.charAt(i) != ' ') {
        return null;
      }
      i++;
    }
    return null;
  }

  private static final java.util.Set<String> NOT_LABELS = java.util.Set.of("video", "photo", "photos",
      "watch", "update", "read", "related", "breaking", "exclusive", "note", "warning", "source",
      "sources", "editor's note", "editor’s note", "ps", "p.s.", "re", "subject");

  private static boolean onlyPreVerb(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.get(i).isWord() || !t.get(i).in(Lexicon.IN_PRE_VERB)) {
        return false;
      }
    }
    return true;
  }

  /** The comma in {@code [from, to)} opening a participle phrase ({@code , referencing …}); else {@code to}. */
  private static int participleTail(Tokens t, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (isComma(t.get(i)) && t.get(i + 1).isWord() && !t.get(i + 1).capitalized()
          && Lexicon.isParticiple(t.get(i + 1).lower())) {
        return i;
      }
    }
    return to;
  }

  /**
   * Whether a quote in {@code [from, to)}, right after a verb's words, is the verb's own ({@code …,
   * and Ana, who says it is “…”}, {@code a story says that “…”}); not one set off by a comma, "and"
   * or a colon, which goes on with the same speech ({@code …, he said, and “…”}).
   */
  private static boolean reportsOwnQuote(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).isQuote()) {
        Tok before = t.get(i - 1);
        return !isComma(before) && !before.is("and") && !before.is(":");
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} is only an appositive (no quote, no reporting verb): …, said X, an analyst. */
  private static boolean noVerbAfter(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).isQuote() || isCueAt(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** A sentence closing with {@code , according to X.}: X is the source of everything quoted in it. */
  /** "according to" at {@code j} and the source after it, closing a sentence that ends at {@code end}. */
  private Found closingAccordingTo(Tokens t, int p, int j, int end, double confidence) {
    int[] np = authorOfWork(t, j + 2, end);
    np = np != null ? np : Grammar.nounPhrase(t, j + 2, end, true);
    return np != null && noVerbAfter(t, np[1], end)
        ? found(t, p, np, "according to", "sentence-final: …, according to source.", confidence) : null;
  }

  /**
   * An aside right after the quote that names whose words they are: {@code “…,” as Tom Hale put it},
   * {@code “…” – as described by auditor Tom Hale –}, {@code “…,” in the words of Tom Hale}; else
   * null. Only a comma or dash may come between, and "as X" needs a verb of saying after X.
   */
  private Found asideAfter(Tokens t, int p, int k, int se) {
    int a = k + 1;
    while (a < se && (isComma(t.get(a)) || isDash(t.get(a)))) {
      a++;
    }
    if (a + 2 >= se || a == k + 1 && !endsInComma(spans.get(t.get(k).quote()))) {
      return null; // “…” as Hale put it: the quote must end or be set off before the aside
    }
    if (t.get(a).is("in") && t.get(a + 1).is("the") && a + 3 < se && t.get(a + 2).is("words")
        && t.get(a + 3).is("of")) {
      int[] np = Grammar.nounPhrase(t, a + 4, se);
      return np == null ? null
          : found(t, p, np, "in the words of", "aside: “…,” in the words of speaker", 0.8);
    }
    if (!t.get(a).is("as")) {
      return null;
    }
    Tok verb = t.get(a + 1);
    if (!verb.capitalized() && !Lexicon.isParticiple(verb.lower()) && verb.in(Lexicon.IN_CUES)
        && t.get(a + 2).is("by")) {
      int[] np = Grammar.nounPhrase(t, a + 3, se, true); // as described by auditor Tom Hale
      return np == null ? null
          : found(t, p, np, verb.text() + " by", "aside: “…,” as described by speaker", 0.8);
    }
    int[] np = Grammar.nounPhrase(t, a + 1, se);
    if (np == null || np[1] >= se || !isCueAt(t, np[1]) || !personLike(t, np)) {
      return null;
    }
    return found(t, p, np, t.get(np[1]).text(), "aside: “…,” as speaker put it", 0.8);
  }

  /** Whether the quoted words end in a comma inside the closer ({@code “…,” as Hale put it}). */
  private boolean endsInComma(Span sp) {
    int e = sp.end() - 1;
    while (e > sp.start() && (Chars.isSpace(text.charAt(e)) || Chars.isQuoteMark(text.charAt(e)))) {
      e--;
    }
    return text.charAt(e) == ',';
  }

  /**
   * {@code according to estimates by Ana Ruiz}, {@code according to a new study by the institute}:
   * after up to four lower-case words (the work), "by" and the one who made it, that maker; else null.
   */
  private static int[] authorOfWork(Tokens t, int a, int end) {
    for (int b = a; b < end && b <= a + 4; b++) {
      Tok w = t.get(b);
      if (w.is("by") && b > a) {
        int[] maker = Grammar.nounPhrase(t, b + 1, end);
        return maker != null && personLike(t, maker) ? maker : null;
      }
      if (!w.isWord() || w.capitalized()) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code … “…,” according to the report.}: a source closing the sentence after the quote is the
   * source of the quote; but not past a reporting verb ({@code “…,” Lang said, according to the
   * Courier.}: Lang said it, the Courier only reports that she did) nor past a participle phrase
   * ({@code “…,” referring to …, according to …}), which the source may be all about.
   */
  private Found accordingToAtEnd(Tokens t, int p, int k, int se) {
    for (int j = k + 1; j + 2 < se; j++) {
      Tok w = t.get(j);
      boolean opens = isComma(t.get(j - 1)) || t.get(j - 1).isQuote();
      if (w.is("according") && t.get(j + 1).is("to") && opens) {
        Found f = closingAccordingTo(t, p, j, se, 0.75);
        if (f != null) {
          return f;
        }
      } else if (w.isWord() && w.in(Lexicon.IN_CUES)
          || opens && w.isWord() && !w.capitalized() && Lexicon.isParticiple(w.lower())) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code Channel Nine’s “Town Talk”}, {@code the podcast “…”}, {@code the film, “…”}: a quote right
   * after a media noun or an acronym's possessive names a work or a show; so does one right before a
   * media noun ({@code the “Off Air” podcast}) and a show someone talks to ({@code told “Morning
   * Hour”}, {@code an interview with “…”}). A whole-sentence quote after a slogan, nickname or
   * hashtag is its owner's words, not a title.
   */
  private static boolean namesAWork(Tokens t, int k, boolean partial) {
    if (k + 1 < t.size() && t.get(k + 1).isWord() && Lexicon.WORK_NOUNS.contains(t.get(k + 1).lower())) {
      return true;
    }
    if (talkedTo(t, k)) {
      return true;
    }
    int b = k - 1;
    if (b >= 0 && isComma(t.get(b))) {
      b--;
    }
    if (b < 0 || !t.get(b).isWord()) {
      return false;
    }
    Tok w = t.get(b);
    if (!partial && (w.is("slogan") || w.is("nickname") || w.is("hashtag"))) {
      return false; // his slogan, “Make America Great Again.”: the owner's words
    }
    if (Lexicon.WORK_NOUNS.contains(w.lower()) || w.is("on") && b == k - 1) {
      return true; // appeared on “Morning Hour”: a show (a Title Case span is checked by the caller)
    }
    if (w.is("of") && b == k - 1 && b > 0 && t.get(b - 1).isWord()
        && Lexicon.WORK_NOUNS.contains(t.get(b - 1).lower())) {
      return true; // Sunday's broadcast of “Morning Hour”, an episode of “…”
    }
    String x = w.text();
    int n = w.possessive() ? Names.possessiveStem(x) : 0;
    if (n < 2) {
      return false;
    }
    if (Lexicon.BROADCASTERS.contains(x.substring(0, n).toLowerCase(java.util.Locale.ROOT))) {
      return true; // Fox News Channel’s “…”, television’s “…”
    }
    for (int i = 0; i < n; i++) {
      if (!Character.isUpperCase(x.charAt(i))) {
        return false;
      }
    }
    return true; // ABC's, CNN’s: a broadcaster's programme
  }

  /** Words a thing is named by, right before its name ({@code a group called “…”}). */
  private static final java.util.Set<String> NAMING_PARTICIPLES = java.util.Set.of("called", "named",
      "titled", "entitled", "dubbed");

  /**
   * {@code a play called “…”}, {@code an app, named “Make your Move”}: a naming participle after a
   * thing (a comma or a noun that is no person: not "the senator called “…”", "what he called “…”")
   * names it; after "called", "named" or "dubbed" the caller asks for a capital first letter only,
   * as such names are not always Title Case (but "the plan, called “reckless” by critics" is a
   * characterisation).
   */
  private static boolean calledByName(Tokens t, int k) {
    int b = namingWordBefore(t, k);
    if (b < 1) {
      return false;
    }
    Tok thing = t.get(b - 1);
    // (NP_STOP holds what, which, who, whom, whose and that: "what he called “…”" is his)
    return isComma(thing) || thing.isWord() && !thing.capitalized() && !thing.pronoun()
        && !Grammar.isRoleOrTitle(thing) && !thing.in(Lexicon.IN_NP_STOP | Lexicon.IN_PRE_VERB)
        && !thing.lower().endsWith("ly");
  }

  /** The index of a naming participle right before quote {@code k} (or before "the" there), or -1. */
  private static int namingWordBefore(Tokens t, int k) {
    int b = k - 1;
    if (b >= 0 && t.get(b).is("the")) {
      b--;
    }
    return b >= 0 && t.get(b).isWord() && NAMING_PARTICIPLES.contains(t.get(b).lower()) ? b : -1;
  }

  /** {@code told “Morning Hour”}, {@code in an interview with “…”}: the show someone spoke to. */
  private static boolean talkedTo(Tokens t, int k) {
    if (k < 1 || !t.get(k - 1).isWord()) {
      return false;
    }
    return t.get(k - 1).is("told")
        || t.get(k - 1).is("with") && k >= 2 && t.get(k - 2).isWord()
            && INTERVIEW_NOUNS.contains(t.get(k - 2).lower());
  }

  private static final java.util.Set<String> INTERVIEW_NOUNS = java.util.Set.of("interview",
      "interviews", "appearance", "conversation", "chat", "sit-down");

  /** A sentence opening with {@code According to X,}: X is the source of every phrase quoted in it. */
  private Found accordingToAtStart(Tokens t, int p, int k, int ss) {
    Found view = inTheirView(t, p, k, ss);
    if (view != null) {
      return view;
    }
    if (k < ss + 4 || !t.get(ss).is("according") || !t.get(ss + 1).is("to")) {
      return null;
    }
    int comma = ss + 2;
    while (comma < k && !isComma(t.get(comma))) {
      comma++;
    }
    int[] np = comma < k ? Grammar.nounPhrase(t, ss + 2, comma, true) : null;
    if (np == null && comma < k && comma - (ss + 2) <= 8 && onlyWords(t, ss + 2, comma)) {
      np = new int[] {ss + 2, comma}; // According to some on Reddit, …: the whole stretch is the source
    }
    return np == null ? null : found(t, p, np, "according to", "left-cue: according to speaker", 0.85);
  }

  /**
   * {@code Citing the storm and its “…,” the mayor closed …}, {@code In calling the plan “…,” the
   * judge …}: a quote inside a participle phrase opening the sentence belongs to the subject of the
   * clause the phrase hangs off, right after the comma that ends it. Short -ing words (King, Being)
   * are left alone.
   */
  private Found openingParticiple(Tokens t, int p, int k, int ss, int se) {
    int a = ss < k && t.get(ss).in(Lexicon.IN_CLAUSE_OPENERS) ? ss + 1 : ss;
    Tok w = t.get(a);
    if (a >= k || !w.isWord() || !Lexicon.isParticiple(w.lower()) || a == ss && !w.capitalized()
        || w.lower().length() < 6) {
      return null;
    }
    for (int j = a + 1; j < k; j++) {
      if (isDash(t.get(j)) || t.get(j).isQuote() || t.get(j).is(":") || t.get(j).is(";")) {
        return null; // Opening the fair -- with a song -- Ortiz told …: the phrase has ended
      }
    }
    int end = introEnd(t, ss, se, true);
    if (end <= k || end >= se) {
      return null; // the phrase ends before the quote: the quote is in the main clause
    }
    int[] np = Grammar.nounPhrase(t, end, se);
    if (np != null && np[1] < se && t.get(np[1] - 1).possessive()) {
      int[] head = Grammar.nounPhrase(t, np[1], se, true); // the mayor's spokeswoman
      np = head != null && head[0] == np[1] ? new int[] {np[0], head[1]} : np;
    }
    if (np == null || np[1] >= se || !t.get(np[1]).isWord() || !personLike(t, np)
        || t.get(np[0]).is("it") || dummySubject(t, np)) {
      return null;
    }
    return found(t, p, np, w.text(), "left-cue: subject of the clause an opening “" + w.text()
        + "” phrase hangs off", 0.8);
  }

  private static boolean hasBreak(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isComma(t.get(i)) || isDash(t.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> VIEW_NOUNS = java.util.Set.of("view", "mind", "words",
      "opinion", "eyes", "estimation", "telling", "account");

  /**
   * {@code … the pier is “safe” in her eyes.}, {@code …, in Ortiz's view.}: a sentence closing with
   * whose view it gives, after the quote at {@code k}, names that holder.
   */
  private Found inTheirViewAtEnd(Tokens t, int p, int k, int se) {
    int e = se - 1;
    while (e > k && !t.get(e).isWord() && !t.get(e).isQuote()) {
      e--;
    }
    if (e - 2 <= k || !t.get(e).isWord() || !VIEW_NOUNS.contains(t.get(e).lower())) {
      return null;
    }
    int[] owner = possessor(t, e - 1, k + 1);
    return owner == null || owner[1] != e || !t.get(owner[0] - 1).is("in") ? null
        : found(t, p, owner, "in", "left-cue: in the view of speaker", 0.8);
  }

  /**
   * {@code To Hale, the ferry is a “floating museum”}, {@code In Ortiz's view, …}: a sentence
   * opening with whose view it gives, up to a comma before the quote, names that holder.
   */
  private Found inTheirView(Tokens t, int p, int k, int ss) {
    int comma = ss + 1;
    while (comma < k && comma < ss + 8 && !isComma(t.get(comma))) {
      comma++;
    }
    if (comma >= k || comma >= ss + 8 || !onlyWords(t, ss + 1, comma)) {
      return null;
    }
    int[] np = null;
    if (t.get(ss).is("to") && comma - ss <= 4) {
      np = Grammar.nounPhrase(t, ss + 1, comma);
      np = np != null && np[1] == comma && t.get(np[0]).capitalized() && !t.get(np[1] - 1).possessive()
          && personLike(t, np) ? np : null; // but "To date," "To the north,"
    } else if (t.get(ss).is("in") && VIEW_NOUNS.contains(t.get(comma - 1).lower())) {
      int[] owner = possessor(t, comma - 2, ss + 1); // In Ortiz's view, In her mind,
      np = owner != null && owner[0] == ss + 1 ? new int[] {owner[0], comma} : null;
    }
    return np == null ? null : found(t, p, np, t.get(ss).text(), "left-cue: in the view of speaker", 0.8);
  }

  private static boolean onlyWords(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!t.get(i).isWord()) {
        return false;
      }
    }
    return to > from;
  }

  /** {@code so-called “reform”}, {@code the term “…”}: the writer's distance, not a quotation. */
  /**
   * {@code Hale has used the phrase “harbor terrorism” often}, {@code Ruiz, who uses the term “…”}:
   * the subject of "use" with "the term", "the phrase", "the word" or "the label" before the quote
   * says those words; else null.
   */
  private Found userOfTheTerm(Tokens t, int p, int k, int ss) {
    if (k < ss + 3 || !(t.get(k - 1).is("term") || t.get(k - 1).is("phrase") || t.get(k - 1).is("word")
        || t.get(k - 1).is("label")) || !t.get(k - 2).in(Lexicon.IN_ARTICLES)) {
      return null;
    }
    Tok use = t.get(k - 3);
    if (!(use.is("use") || use.is("uses") || use.is("used") || use.is("using")) || t.get(k - 4).is("to")) {
      return null; // (the right to use the word “We”: whose use is not said)
    }
    int[] np = subjectOf(t, k - 3, ss);
    return np == null || !personLike(t, np) || dummySubject(t, np) ? null
        : found(t, p, np, use.text() + " the " + t.get(k - 1).text(), "left-cue: subject of “"
            + use.text() + " the " + t.get(k - 1).text() + "”", 0.6);
  }

  private static boolean scareMarked(Tokens t, int k) {
    if (k == 0) {
      return false;
    }
    String l = t.get(k - 1).lower();
    return l.equals("so-called") || l.equals("term") || l.equals("phrase") || l.equals("word")
        || l.equals("called") && k >= 2 && t.get(k - 2).is("so");
  }

  /**
   * A quote set inside a name, after a given name or an initial and before a capitalised word
   * ({@code Rep. Robert “Bob” Lane}, {@code Ann T. “Tee” Moss}): a nickname, said by no one.
   */
  private static boolean isNickname(Tokens t, int k) {
    return Grammar.betweenNameParts(t, k);
  }

  /** Whether quote {@code k} names a work, a show or a thing rather than quoting anyone. */
  private boolean isAName(Tokens t, int k, Span sp, boolean partial) {
    boolean called = calledByName(t, k);
    return titleCase(sp) && (called || namesAWork(t, k, partial))
        || called && !isTitledBy(t, k) && opensCapitalised(sp);
  }

  /**
   * Whether the naming word before quote {@code k} is "titled" or "entitled": a piece's headline,
   * which may be its author's words (a second piece, entitled “Her ideas are not bold.”).
   */
  private static boolean isTitledBy(Tokens t, int k) {
    int b = namingWordBefore(t, k);
    return b >= 0 && (t.get(b).is("titled") || t.get(b).is("entitled"));
  }

  /** Whether the quote's first letter is a capital. */
  private boolean opensCapitalised(Span sp) {
    for (int i = sp.start(); i < sp.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i));
      }
    }
    return false;
  }

  /** Every longer word capitalised (“Saturday Night Live”): a title or a name, not speech. */
  private boolean titleCase(Span sp) {
    int last = sp.end() - 1;
    while (last > sp.start() && (Chars.isSpace(text.charAt(last)) || text.charAt(last) == ','
        || Chars.isQuoteMark(text.charAt(last)))) {
      last--;
    }
    if (text.charAt(last) == '!') {
      return false; // “USA! USA!”, “Bitch!”: an exclamation is shouted, not a title
    }
    int words = 0;
    int i = sp.start();
    while (i < sp.end()) {
      while (i < sp.end() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int w = i;
      while (i < sp.end() && !Chars.isSpace(text.charAt(i))) {
        i++;
      }
      if (w < i && !Character.isUpperCase(text.charAt(w)) && (i - w > 3
          || !TITLE_LOWER_WORDS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT)))) {
        return false; // "They may not be.": a verb in lower case is a sentence, not a title
      }
      if (i - w > 3) {
        words++;
      }
    }
    return words > 0;
  }

  /**
   * A quote that is a sentence of its own after another sentence of the paragraph ({@code “…,” Burton
   * told delegates. “Donald Trump.”}): speech running on, even when every word is capitalised.
   */
  private static boolean standsAlone(Tokens t, int k) {
    return k > 0 && t.sentStart(t.sentenceOf(k)) == k && t.get(k).lower().length() == 2;
  }

  private static final java.util.Set<String> NUMBER_WORDS =
      java.util.Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** The short words a Title Case title leaves in lower case (Game of Thrones, Law and Order). */
  private static final java.util.Set<String> TITLE_LOWER_WORDS = java.util.Set.of("a", "an", "the",
      "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "vs.",
      "de", "la", "le", "du", "von", "van", "is");

  /**
   * {@code It's fine to …}, {@code There is …}, {@code Speaking to …}: a placeholder subject or a
   * participle opening the sentence, which quotes nobody.
   */
  private static boolean dummySubject(Tokens t, int[] np) {
    Tok w = t.get(np[0]);
    String l = w.lower();
    if (l.startsWith("it") && (l.length() == 2 || l.length() == 4 && l.endsWith("s"))
        || l.startsWith("there") || l.startsWith("that") || l.startsWith("this")) {
      return true;
    }
    // Speaking to …, Asked by …: a participle or a reporting verb opening the sentence;
    // (R-TX): a party tag
    return np[1] - np[0] == 1 && (w.capitalized() && (l.endsWith("ing") || w.in(Lexicon.IN_CUES))
        || Grammar.partyTag(l));
  }

  /**
   * A one-word subject opening its sentence that the article never capitalises anywhere else
   * ({@code Good information can still win, but only when “…”}): a common word, not a name. Names
   * recur mid-sentence ({@code … said Bush}); a name used once, only to open a sentence, is lost
   * here, which the clause-subject guess can afford; a possessive ({@code Moss's letter …}) is
   * taken for a name.
   */
  private boolean capitalisedOnlyToOpen(Tokens t, int[] np) {
    Tok w = t.get(np[0]);
    if (np[1] - np[0] != 1 || !w.capitalized() || w.pronoun() || w.possessive() || Grammar.isRoleOrTitle(w)
        || np[0] > 0 && !isSentenceEnd(t.get(np[0] - 1))
            && t.sentStart(t.sentenceOf(np[0])) != np[0]) {
      return false;
    }
    return !Names.capitalisedMidSentence(text, w.text(), w.start()); // mid-sentence somewhere: a name
  }

  /** A subject that can speak: a name, a pronoun, or a phrase headed by a person or body noun. */
  private static boolean personLike(Tokens t, int[] np) {
    for (int i = np[0]; i < np[1]; i++) {
      Tok w = t.get(i);
      if (w.pronoun() && !w.is("it")
          || w.capitalized() && i > np[0] && !w.in(Lexicon.IN_DETERMINERS)
          || w.capitalized() && i == np[0] && !w.in(Lexicon.IN_DETERMINERS)
              && !w.in(Lexicon.IN_NP_STOP)
          || Grammar.isRoleOrTitle(w) || w.in(Lexicon.IN_DOCUMENTS)) {
        return true;
      }
    }
    return false;
  }

  private Found found(Tokens t, int p, int[] np, String cue, String rule, double conf) {
    np = nameBeforeBracketedTag(t, np);
    return new Found(p, np[0], np[1], t.get(np[0]).start(), t.get(np[1] - 1).end(), cue, rule, conf);
  }

  /**
   * A party-and-state tag in brackets after a name ({@code Sen. Ana Moss (D-Ore.) said}, {@code Rep.
   * Tom Hale (R-Texas)}, {@code Ann Lee (Fla.)}) speaks for no one: the mention is the name before
   * the bracket. Anything else in brackets stays the mention.
   */
  private static int[] nameBeforeBracketedTag(Tokens t, int[] np) {
    int open = np[0] - 1;
    int close = np[1];
    if (close < t.size() && t.get(close).is(".")) {
      close++;
    }
    if (open < 1 || np[1] - np[0] != 1 || close >= t.size() || !t.get(open).is("(")
        || !t.get(close).is(")") || !partyOrStateTag(t.get(np[0]))) {
      return np;
    }
    int s = open;
    while (s > 0 && t.get(s - 1).isWord() && t.get(s - 1).capitalized()) {
      s--;
    }
    while (s < open && t.get(s).in(Names.LEADING_NON_NAME)) {
      s++; // But Sen. Ana Moss (D-Ore.): "But" opens the sentence, not the name
    }
    return s < open ? new int[] {s, open} : np;
  }

  /** D-Ore., R-Texas, I-Vt ({@link Grammar#partyTag}), or a state's abbreviation (Fla., Calif.). */
  private static boolean partyOrStateTag(Tok tag) {
    String w = tag.text();
    if (Character.isUpperCase(w.charAt(0)) && Grammar.partyTag(tag.lower())
        && Character.isUpperCase(w.charAt(2))) {
      return true;
    }
    int n = w.length();
    if (n < 3 || n > 6 || w.charAt(n - 1) != '.' || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Found relabel(Found f, String rule, double conf) {
    return new Found(f.passage(), f.mStartTok(), f.mEndTok(), f.mStart(), f.mEnd(), f.cue(), rule,
        Math.min(conf, f.confidence()));
  }

  private static boolean isComma(Tok t) {
    return !t.isWord() && !t.isQuote() && t.lower().equals(",");
  }

  /**
   * A quote closing its paragraph, signed on the next line ({@code "…"} then {@code - Bernie
   * Sanders.}), as fact-checks and epigraphs print it: the name after the dash, when that line
   * holds nothing else.
   */
  private Found dashLineAfter(Tokens t, int p, int k) {
    int last = t.size() - 1;
    while (last > k && !t.get(last).isWord() && !t.get(last).isQuote()) {
      last--;
    }
    if (last != k || p + 1 >= toks.length || passages.get(p + 1).headline()) {
      return null;
    }
    Tokens next = toks[p + 1];
    if (next.size() < 2 || next.size() > 14 || !isDash(next.get(0))) {
      return null;
    }
    int[] np = Grammar.nounPhrase(next, 1, next.size(), true);
    if (np == null || Names.nameIn(next, np[0], np[1]) == null) {
      return null; // a signature names someone: not "– An immigrant himself –."
    }
    for (int j = np[1]; j < next.size(); j++) { // - Sen. Ann Moss, D-Calif. / - Ann Moss, at a rally
      if (next.get(j).isQuote() || isCueAt(next, j) || isDash(next.get(j))) {
        return null;
      }
    }
    return found(next, p + 1, np, next.get(0).text(), "after: “…” then a line “— speaker”", 0.75);
  }

  private static boolean isDash(Tok t) {
    if (t.isWord() || t.isQuote()) {
      return false;
    }
    String l = t.lower();
    return l.equals("—") || l.equals("–") || l.equals("-") || l.equals("―");
  }

  /** {@code “…,” Pompeo said} / {@code “…,” said Pompeo} / {@code “…” — Pompeo} / {@code according to}. */
  private Found after(Tokens t, int p, int k, int se) {
    int r = k + 1;
    int end = t.size();
    while (r < end && (isComma(t.get(r)) || strayCloser(t.get(r)))) {
      r++; // “… he’s like 6’2”,” Ruiz said: the inch mark closed the quote, the real closer is left over
    }
    if (r >= end) {
      return null;
    }
    if (r + 1 < end && t.get(r).is("as") && !t.get(r + 1).isQuote()) {
      r++; // “…,” as Cruz said on Monday
    }
    Tok a = t.get(r);
    if (isDash(a)) {
      int[] np = Grammar.nounPhrase(t, r + 1, end);
      if (np != null && (np[1] >= end || !t.get(np[1]).isWord() || isCueAt(t, np[1]))) {
        return found(t, p, np, a.text(), "after: “…” — speaker", 0.8);
      }
      return null;
    }
    if (!a.isWord()) {
      return null;
    }
    if (a.is("according") && r + 1 < end && t.get(r + 1).is("to")) {
      int[] np = Grammar.nounPhrase(t, r + 2, end);
      return np == null ? null : found(t, p, np, "according to", "after: according to", 0.85);
    }
    if ((a.is("that") || a.is("this") || a.is("the")) && r + 3 < end
        && (t.get(r + 1).in(Lexicon.IN_SPEECH_NOUNS) || t.get(r + 1).is("quote") || t.get(r + 1).is("line"))
        && (t.get(r + 2).is("from") || t.get(r + 2).is("by"))) {
      // “…” That quote from Commissioner Krebs appeared …: the speech noun names its source
      int[] np = Grammar.nounPhrase(t, r + 3, end, true);
      return np == null ? null
          : found(t, p, np, t.get(r + 1).text() + " " + t.get(r + 2).text(), "after: “…” that quote from speaker", 0.8);
    }
    Found reply = replyFrom(t, p, r, end);
    if (reply != null) {
      return reply;
    }
    if (!a.capitalized() && Lexicon.isParticiple(a.lower())) {
      return null; // “…,” saying the city …, “…,” raising questions: a participle's clause, not a speaker
    }
    boolean inverted = isCueAt(t, r) && !a.capitalized()
        || attributionShaped(t, k) && !a.capitalized() && Lexicon.looksLikeVerb(a)
            && r + 1 < end && t.get(r + 1).capitalized();
    if (inverted) {
      // “…,” said Sen. Graham / “…,” beamed Donald Hartley
      int q = r + 1;
      while (q < end && t.get(q).isWord() && t.get(q).in(Lexicon.IN_PRE_VERB)
          && !t.get(q).pronoun()) {
        q++;
      }
      if (q > r + 1 && t.get(q - 1).is("on") && q < end && t.get(q).in(Lexicon.IN_DETERMINERS)) {
        return null; // “sexist” attacks on the senator: a noun and its object, no speaker
      }
      int[] np = Grammar.nounPhrase(t, q, end, true);
      if (np == null && attributionShaped(t, k)) {
        np = stretch(t, q, end); // “…,” said retired Marine Lt. Gen. Tom Hale, who …
      }
      if (np != null && np[1] - np[0] >= 2 && Lexicon.personalOfPossessive(t.get(np[0]).lower()) != null
          && !personLike(t, new int[] {np[0] + 1, np[1]})) {
        return null; // “terrible,” denounced her record: a verb and its object, no speaker
      }
      if (np != null && !t.get(np[0]).is("it")) {
        np = Grammar.coordinatedNamesAfter(t, np, end); // said Ruiz, Hale, and Lane
        return found(t, p, np, a.text(), "after: “…,” said speaker", 0.9);
      }
      return null;
    }
    int[] np = Grammar.nounPhrase(t, r, end, true);
    if (np == null && a.capitalized() && a.in(Lexicon.IN_NP_STOP) && r + 1 < end
        && t.get(r + 1).isWord() && t.get(r + 1).capitalized()) {
      // “…,” Will Moy, an aide, said: right after a quote, a capital that spells a modal (Will,
      // May, Can) before another capital is a first name
      int[] rest = Grammar.nounPhrase(t, r + 1, end, true);
      np = rest == null ? null : new int[] {r, rest[1]};
    }
    if (np == null || np[1] < end && t.get(np[1]).isWord() && !isCueAt(t, np[1])) {
      Found f = subjectStretch(t, p, k, r, se);
      if (f != null || np == null) {
        return f;
      }
    }
    int j = np[1];
    if (j < end && isComma(t.get(j))) {
      // an appositive: Yoon Young-chan, the senior secretary to President Moon, said
      int c = j + 1;
      int limit = Math.min(end, j + 30);
      int firstComma = -1;
      int lastComma = -1; // …, assistant secretary for housing, roads, and parks, said
      boolean cue = false;
      while (c < limit && !t.get(c).isQuote() && !cue
          && !(isSentenceEnd(t.get(c)) && !(c + 1 < end && isComma(t.get(c + 1))))) {
        // (a period before a comma ends an abbreviation, not the sentence: …, R-Pa., said)
        if (isComma(t.get(c))) {
          firstComma = firstComma < 0 ? c : firstComma;
          lastComma = c;
        } else {
          cue = lastComma >= 0 && isCueAt(t, c) && !t.get(c).in(Lexicon.IN_WEAK_CUES)
              && onlyPreVerb(t, lastComma + 1, c); // the verb right after the appositive's comma
        }
        c++;
      }
      if (cue || firstComma >= 0) {
        j = (cue ? lastComma : firstComma) + 1;
      }
    }
    if (j < end && t.get(j).is("(")) {
      int c = j + 1; // Rep. Tom Reyes (D-Ore.) said
      while (c < end && c < j + 8 && !t.get(c).is(")")) {
        c++;
      }
      if (c < end && t.get(c).is(")")) {
        j = c + 1;
      }
    }
    while (j < end && t.get(j).isWord() && t.get(j).in(Lexicon.IN_PRE_VERB)) {
      j++;
    }
    if (j >= end || !t.get(j).isWord() || t.get(j).capitalized()) {
      return null;
    }
    if (introducesNext(t, k, j)) {
      return null; // “… found.” He added, “…”: the verb introduces the next quote
    }
    if (t.get(k).lower().equals("\".") && reportsAClause(t, j + 1)) {
      return null; // “… the ban.” Greene added that …: a new sentence reporting something else
    }
    if (t.get(k).lower().equals("\".") && j + 1 < end && t.get(j + 1).isWord()
        && !t.get(j + 1).in(Lexicon.IN_PRE_VERB) && !t.get(j + 1).in(Lexicon.IN_TIME_NOUNS)) {
      // “… wins.” He also talks about …: after a quote closed by a period, a verb with more words
      // after it opens a new sentence about something else (but “…” Reyes said. / said Monday.)
      return null;
    }
    if (t.get(j).in(Lexicon.IN_CUES)) {
      return found(t, p, np, cuePhrase(t, j), "after: “…,” speaker said", 0.9);
    }
    if (attributionShaped(t, k) && Lexicon.looksLikeVerb(t.get(j))
        && t.sentStart(t.sentenceOf(k)) == k // not after a phrase quoted mid-sentence
        && !(j + 2 < end && isComma(t.get(j + 1)) && t.get(j + 2).isWord() && t.get(j + 2).capitalized())) {
      // (but in "… of public prosecutions, Eva Persson, said" the -s word before a name is a noun)
      // “…,” Trump shot back: a quote ending in a comma is followed by its attribution
      return found(t, p, np, t.get(j).text(), "after: “…,” speaker <verb>", 0.8);
    }
    return null;
  }

  /**
   * {@code “…,” came the reply from Ana Ruiz}, {@code “…” was the answer of the mayor}: a verb of
   * coming or being, then a speech noun and "from" or "of", names the speaker after them; else null.
   */
  private Found replyFrom(Tokens t, int p, int r, int end) {
    if (r + 4 >= end || !(t.get(r).is("came") || t.get(r).is("comes") || t.get(r).is("was"))) {
      return null;
    }
    int n = t.get(r + 1).in(Lexicon.IN_ARTICLES) ? r + 2 : r + 1;
    if (n + 2 >= end || !t.get(n).in(Lexicon.IN_SPEECH_NOUNS) || !(t.get(n + 1).is("from") || t.get(n + 1).is("of"))) {
      return null;
    }
    int[] np = Grammar.nounPhrase(t, n + 2, end, true);
    return np == null || timePhrase(t, np) ? null // the reply from the White House, not "of May"
        : found(t, p, np, t.get(r).text() + " " + t.get(n).text() + " " + t.get(n + 1).text(),
            "after: “…,” came the reply from speaker", 0.8);
  }

  /**
   * {@code “…,” City Post opinion editor Jan Green told …}, {@code “…,” Will wrote.}: after a quote
   * that ends the way quotes before an attribution do, the words up to the first strong reporting
   * verb are its subject, when they are a short run of words (no comma, no quote) that holds a
   * capitalised word or a role noun.
   */
  private Found subjectStretch(Tokens t, int p, int k, int r, int se) {
    if (!attributionShaped(t, k)) {
      return null;
    }
    for (int j = r; j < se && j < r + 12; j++) {
      Tok w = t.get(j);
      if (!w.isWord()) {
        return null;
      }
      boolean verb = isCueAt(t, j);
      if (j > r && (verb || w.in(Lexicon.IN_CUES) && !w.capitalized())
          && !w.in(Lexicon.IN_WEAK_CUES)
          && !Lexicon.isParticiple(w.lower())) {
        // a base form or an -s form is a verb here if the words before it can be its subject
        // (the two write, the Lincoln actor says), not in "the state report said"
        int[] np = subjectWords(t, r, j);
        if (np != null && !introducesNext(t, k, j)) {
          return found(t, p, np, w.text(), "after: “…,” speaker said (long subject)", 0.75);
        }
        if (verb) {
          return null;
        }
      }
    }
    return null;
  }

  /** The words after an inverted verb up to a comma or the sentence end, if they can name someone. */
  private static int[] stretch(Tokens t, int q, int end) {
    int e = q;
    while (e < end && e < q + 10 && t.get(e).isWord()) {
      e++;
    }
    boolean closed = e >= end || isComma(t.get(e)) || isSentenceEnd(t.get(e));
    return closed ? subjectWords(t, q, e) : null;
  }

  /**
   * {@code [from, to)} without trailing auxiliaries and adverbs ({@code Bill Clinton has}), if it
   * can be a subject: it holds a capitalised word, a role noun or a document, opens with neither a
   * participle, a preposition, a subordinator nor an auxiliary, and has no relative pronoun or
   * verb-like word inside ({@code was extradited in 2014 and}, {@code by a comedy troupe},
   * {@code an actor who}).
   */
  private static int[] subjectWords(Tokens t, int from, int to) {
    int e = to;
    while (e > from && t.get(e - 1).isWord() && (t.get(e - 1).in(Lexicon.IN_PRE_VERB)
        && !t.get(e - 1).capitalized() || t.get(e - 1).lower().endsWith("ly"))) {
      e--;
    }
    Tok first = t.get(from);
    Tok last = t.get(e - 1);
    if (e <= from || first.in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_PRE_VERB) && !first.capitalized()
        && !first.is("this")
        || first.is("that") || last.is("and") || !first.capitalized() && first.lower().endsWith("ing")
        || last.in(Lexicon.IN_DETERMINERS | Lexicon.IN_NP_PREP) && !NUMBER_WORDS.contains(last.lower())) {
      return null;
    }
    boolean named = false;
    for (int i = from; i < e; i++) {
      Tok w = t.get(i);
      String l = w.lower();
      if (l.equals("who") || l.equals("which") || l.equals("that") || l.equals("whose")
          || !w.capitalized() && i > from && w.in(Lexicon.IN_PRE_VERB | Lexicon.IN_CUES)
              && !w.in(Lexicon.IN_DOCUMENTS)) { // but the email, the post
        return null;
      }
      named |= w.capitalized() && !w.in(Lexicon.IN_DETERMINERS) || Grammar.isRoleOrTitle(w)
          || w.in(Lexicon.IN_DOCUMENTS)
          || i > from && t.get(i - 1).is("the") && NUMBER_WORDS.contains(l); // the two write
    }
    // the retired neurosurgeon said, this source told: a short phrase opened by a determiner
    boolean described = e - from <= 4 && (first.in(Lexicon.IN_ARTICLES) || first.is("this"));
    return named || described ? new int[] {from, e} : null;
  }

  /** Whether a reporting verb's complement opens at {@code n}: {@code that …}, {@code he would …}. */
  private static boolean reportsAClause(Tokens t, int n) {
    return n < t.size() && t.get(n).isWord() && (t.get(n).is("that") || t.get(n).pronoun()
        && !t.get(n).is("it") && n + 1 < t.size() && t.get(n + 1).isWord());
  }

  /**
   * Whether the verb at {@code j}, after the quote at {@code k}, introduces the next quote instead:
   * the quote closed its sentence and the verb is followed by a comma or colon and another quote.
   */
  private boolean introducesNext(Tokens t, int k, int j) {
    if (t.get(k).lower().length() != 2) {
      return false;
    }
    int n = j + 1;
    while (n < t.size() && n <= j + 4 && t.get(n).isWord() && !t.get(n).capitalized()) {
      n++; // then writes back, / added later
    }
    if (n < t.size() && (isComma(t.get(n)) || t.get(n).is(":"))) {
      n++;
    }
    return n < t.size() && t.get(n).isQuote();
  }

  /** Whether a quote ends the way quotes before an attribution do: a comma, ? or ! inside or after the marks. */
  private boolean attributionShaped(Tokens t, int k) {
    if (!t.get(k).isQuote()) {
      return false;
    }
    Span sp = spans.get(t.get(k).quote());
    char last = text.charAt(sp.end() - 1);
    return last == ',' || last == '?' || last == '!' || last == '—'
        || k + 1 < t.size() && isComma(t.get(k + 1));
  }

  /** A closing double mark no quote claimed. */
  private static boolean strayCloser(Tok t) {
    return !t.isWord() && !t.isQuote() && t.is("”");
  }

  private static boolean isSentenceEnd(Tok t) {
    return !t.isWord() && !t.isQuote() && (t.is(".") || t.is("!") || t.is("?"));
  }

  private static boolean isCueAt(Tokens t, int j) {
    Tok w = t.get(j);
    if (!w.isWord()) {
      return false;
    }
    String l = w.lower();
    if (l.equals("according")) {
      return j + 1 < t.size() && t.get(j + 1).is("to");
    }
    if ((l.equals("puts") || l.equals("put")) && j + 1 < t.size() && t.get(j + 1).is("it")) {
      return true; // as Dana Milbank puts it
    }
    if (l.startsWith("point") && !(j + 1 < t.size() && (t.get(j + 1).is("out") || t.get(j + 1).is("to")))) {
      return false; // pointed out, points to; but "the same campaign points," is a noun
    }
    if (l.equals("state") && j + 1 < t.size() && t.get(j + 1).isWord() && t.get(j + 1).capitalized()) {
      return false; // state Del. Marcia Price, state Sen. Ana Ruiz: an adjective, not the verb
    }
    if (l.startsWith("agree") && j + 1 < t.size() && (t.get(j + 1).is("to") || t.get(j + 1).is("on")
        || t.get(j + 1).is("with") || t.get(j + 1).is("upon"))) {
      return false; // agreed to hold a summit: an agreement, not a statement
    }
    if (!w.in(Lexicon.IN_CUES) || w.capitalized() && j > 0
        && !t.get(j - 1).isQuote() && !isComma(t.get(j - 1)) && !sentenceInitialInverted(t, j)) {
      return false; // the United States, Reports: a capitalised word is a name, not a verb
    }
    if (j == 0 && w.capitalized() && !Lexicon.isParticiple(l) && t.size() > 1
        && !t.get(1).capitalized() && !t.get(1).in(Lexicon.IN_DETERMINERS)) {
      return false; // Questions linger …: a noun opening the passage (but "Says Hale, …")
    }
    if (j > 0) {
      Tok prev = t.get(j - 1);
      // "Trump’s charge", "the report", "to say": a noun or an infinitive, not a reporting verb
      if (prev.isWord() && (prev.possessive() || prev.in(Lexicon.IN_ARTICLES)
          || prev.is("to") && sayLead(t, j) < 0 && controlled(t, j, 0) == null)) {
        return false; // but "Another tweeted", "went on to say", "was quick to add"
      }
      if (prev.is("to")) {
        return true;
      }
      if (w.in(Lexicon.IN_CUE_BASE_FORMS)) {
        // "his home state", "the terror attack": a base form is a verb only after a subject or modal,
        // or inverted after a quote (“…,” read the email / “…,” say the authors)
        if (reportingInfinitive(t, coordinatedInfinitive(t, j))) {
          return true; // prompted Moss to make a joke and call Lang “…”
        }
        if ((prev.isQuote() || isComma(prev)) && j + 1 < t.size() && t.get(j + 1).isWord()
            && (t.get(j + 1).in(Lexicon.IN_ARTICLES) || t.get(j + 1).capitalized())) {
          return true;
        }
        return prev.isWord() && (prev.in(Lexicon.IN_BEFORE_BASE_VERB)
            || prev.is("to") && j >= 2 && t.get(j - 2).is("on")
            || prev.pronoun() || prev.lower().endsWith("s") && !prev.possessive());
      }
      if (l.equals("states") && !prev.pronoun() && !prev.in(Lexicon.IN_DOCUMENTS)
          && !(j + 1 < t.size() && (t.get(j + 1).is("that") || t.get(j + 1).isQuote()
              || t.get(j + 1).is(":")))) {
        // "many Asian states", "the March states": the noun, unless a document, a pronoun or
        // what follows makes it the verb (the document states, it states, states that)
        return false;
      }
      if (l.endsWith("s") && !l.endsWith("ss") && prev.capitalized() && nounToo(w)
          && !opensReport(t, j + 1) && !closingReport(t, j)) {
        return false; // "900 Vidal emails held …": a plural noun unless what follows reports
      }
      if (l.endsWith("s") && !l.endsWith("ss")) {
        // "Clinton’s emails", "state ballots": an -s form is a verb after a singular subject
        return !prev.isWord() || prev.capitalized() || prev.pronoun()
            || prev.is("which") || prev.is("that") || prev.lower().endsWith("ly")
            || prev.in(Lexicon.IN_PRE_VERB) || Grammar.isRoleOrTitle(prev)
            || prev.in(Lexicon.IN_DOCUMENTS) || opensReport(t, j + 1);
      }
    }
    return true;
  }

  /**
   * {@code prompted Moss to make a joke and call Lang “…”}: for a word after "and", the verb after
   * an earlier "to" in the same run of words, with which it is coordinated; else -1.
   */
  private static int coordinatedInfinitive(Tokens t, int j) {
    if (j < 4 || !t.get(j - 1).is("and")) {
      return -1;
    }
    for (int a = j - 3; a >= 1 && a >= j - 10 && t.get(a).isWord(); a--) {
      if (t.get(a).is("to")) {
        return a + 1;
      }
    }
    return -1;
  }

  /** Whether the infinitive at {@code v} (after "to") has a speaker: a controller or a lead. */
  private static boolean reportingInfinitive(Tokens t, int v) {
    return v > 0 && (controlled(t, v, 0) != null || sayLead(t, v) >= 0);
  }

  /** Verbs whose object does what the infinitive after it says ({@code prompted X to call}). */
  private static final java.util.Set<String> CONTROL_VERBS = java.util.Set.of("prompted", "prompting",
      "prompts", "led", "leading", "leads", "urged", "urging", "urges", "forced", "forcing", "pushed",
      "pushing", "caused", "causing", "inspired", "encouraged", "encouraging", "asked", "asking", "asks",
      "invited", "allowed", "allowing", "recruiting");

  /**
   * {@code The delay prompted Ruiz to call …}, {@code leading bakers like Hale to reply that …}: the
   * words between a verb whose object acts and the "to" before the cue at {@code j}, when they open
   * with a noun phrase; else null. (Not "for": "a letter calls for the board to act".)
   */
  private static int[] controlled(Tokens t, int j, int ss) {
    if (j < 3 || !t.get(j - 1).is("to")) {
      return null;
    }
    for (int v = j - 3; v >= ss && v >= j - 9; v--) {
      Tok w = t.get(v);
      if (!w.isWord()) {
        return null;
      }
      if (CONTROL_VERBS.contains(w.lower())) {
        int[] np = Grammar.nounPhrase(t, v + 1, j - 1, true);
        return np != null && np[0] == v + 1 ? new int[] {np[0], j - 1} : null;
      }
    }
    return null;
  }

  /**
   * Words that let "to" + a verb of saying report speech ({@code was quick to add}, {@code took care
   * to note}, {@code began to call}); "declined to say" and "wants to say" report nothing said, so
   * they are not here.
   */
  private static final java.util.Set<String> SAY_LEADS = java.util.Set.of("quick", "eager", "careful",
      "keen", "hastened", "hurried", "rushed", "proceeded", "paused", "stopped", "care", "pains",
      "started", "began", "begun", "begin", "begins", "start", "starts", "continued", "continues");

  /**
   * For a verb of saying after "to" that still reports ({@code went on to say}, {@code was quick to
   * add}), the token where its verb group starts, before which the subject stands; else -1.
   */
  private static int sayLead(Tokens t, int j) {
    if (j < 2 || !t.get(j - 1).is("to") || !t.get(j - 2).isWord()) {
      return -1;
    }
    Tok lead = t.get(j - 2);
    if (lead.is("on")) {
      return j >= 3 && t.get(j - 3).isWord() && t.get(j - 3).lower().startsWith("went")
          || j >= 3 && t.get(j - 3).isWord() && t.get(j - 3).lower().startsWith("go") ? j - 3 : -1;
    }
    for (int a = j - 3; a >= 1 && a >= j - 6 && t.get(a).isWord(); a--) {
      String v = t.get(a - 1).lower();
      if (t.get(a).is("to") && (v.equals("took") || v.equals("take") || v.equals("takes")
          || v.equals("taking") || v.equals("taken"))) {
        return a - 1; // took to Twitter to call, has taken to the airwaves to say: the subject of "took"
      }
    }
    if (!SAY_LEADS.contains(lead.lower())) {
      return -1;
    }
    // took care to / took pains to: the verb before the noun
    return (lead.is("care") || lead.is("pains")) && j >= 3 && t.get(j - 3).isWord() ? j - 3 : j - 2;
  }

  /** An -s form that is as often a plural noun: claims, tweets, emails, reports, notes, posts. */
  private static boolean nounToo(Tok w) {
    String l = w.lower();
    return w.in(Lexicon.IN_SPEECH_NOUNS) || (Lexicon.mask(l.substring(0, l.length() - 1)) & Lexicon.IN_DOCUMENTS) != 0;
  }

  /**
   * {@code …, the Valley Herald reports.}: an -s form closing the sentence after a comma and a name
   * (with its article) is the name's verb, not a plural noun.
   */
  private static boolean closingReport(Tokens t, int j) {
    if (j + 1 < t.size() && !t.get(j + 1).is(".")) {
      return false;
    }
    int a = j - 1;
    while (a > 0 && t.get(a).isWord() && t.get(a).capitalized()) {
      a--;
    }
    if (a > 0 && t.get(a).is("the")) {
      a--;
    }
    return a < j - 1 && a >= 0 && isComma(t.get(a));
  }

  /** What follows a verb of saying (the commission says that …, the clip says Kaine …). */
  private static boolean opensReport(Tokens t, int n) {
    if (n >= t.size()) {
      return false;
    }
    Tok w = t.get(n);
    if (w.isQuote() || w.is(",") || w.is(":")) {
      return true;
    }
    if (!w.isWord()) {
      return false;
    }
    String l = w.lower();
    return w.capitalized() && !w.in(Lexicon.IN_CLAUSE_OPENERS) || l.equals("that")
        || w.pronoun() && !l.equals("who") || w.in(Lexicon.IN_ARTICLES);
  }

  /** Said Comey, “…” / Continued Stone: “…”: a capitalised verb opening its sentence, then a name. */
  private static boolean sentenceInitialInverted(Tokens t, int j) {
    Tok prev = t.get(j - 1);
    return !prev.isWord() && !prev.isQuote() && (prev.is(".") || prev.is("!") || prev.is("?"))
        && j + 1 < t.size() && t.get(j + 1).capitalized();
  }

  /** A participle after "be" is passive (what is called “…”): its speaker is a by-agent, if any. */
  private static boolean passive(Tokens t, int j) {
    String l = t.get(j).lower();
    if (!(l.endsWith("ed") || l.equals("said") || l.equals("told") || l.equals("written")
        || l.equals("thought") || l.equals("read"))) {
      return false;
    }
    int b = j - 1;
    while (b >= 0 && t.get(b).isWord() && !isBe(t.get(b))
        && (t.get(b).lower().endsWith("ly") || t.get(b).in(Lexicon.IN_PRE_VERB))) {
      b--; // is often called, was later described, what’s today usually called
    }
    return b >= 0 && t.get(b).isWord() && isBe(t.get(b));
  }

  private static final java.util.Set<String> CONTRACTS_BE =
      java.util.Set.of("what", "that", "it", "who", "which", "he", "she", "there", "here", "this");

  /** A form of "be", also contracted onto a pronoun ({@code what’s called}, {@code it's known}). */
  private static boolean isBe(Tok w) {
    if (w.in(Lexicon.IN_BE)) {
      return true;
    }
    String l = w.lower();
    int n = l.length();
    return n > 2 && l.charAt(n - 1) == 's' && (l.charAt(n - 2) == '’' || l.charAt(n - 2) == '\'')
        && CONTRACTS_BE.contains(l.substring(0, n - 2));
  }

  private static String cuePhrase(Tokens t, int j) {
    if (t.get(j).is("according")) {
      return "according to";
    }
    return t.get(j).text();
  }

  /** {@code Trump: “…”}, {@code she said: “…”}. */
  private Found colon(Tokens t, int p, int k, int ss) {
    if (k - 1 < ss) {
      return null;
    }
    Tok c = t.get(k - 1);
    if (c.isWord() || c.isQuote() || !(c.is(":") || c.is(","))) {
      return null;
    }
    int w = k - 2;
    while (w >= ss && t.get(w).isWord() && !isCueAt(t, w) && (k - 2 - w) < 4
        && (t.get(w).in(Lexicon.IN_PRE_VERB) || t.get(w).is("follows") || t.get(w).is("it")
            || t.get(w).is("in") || t.get(w).is("a") || t.get(w).is("statement"))) {
      w--;
    }
    if (!(w >= ss && isCueAt(t, w))) {
      // X says of Clinton, “…” / X wrote about the plan: “…”
      for (int b = k - 3; b >= ss && b >= k - 7 && t.get(b).isWord(); b--) {
        if ((t.get(b).is("of") || t.get(b).is("about")) && b - 1 >= ss && isCueAt(t, b - 1)) {
          w = b - 1;
          break;
        }
      }
    }
    if (w >= ss && isCueAt(t, w)) {
      int[] np = subjectOf(t, w, ss);
      Found outer = np == null ? null : outerSpeech(t, p, w, np, ss);
      if (outer != null && outer.passage() == p && !hasBreak(t, outer.mEndTok(), np[0])) {
        // Ruiz said he answered: “…”: reported speech wins, as for left-cue (but not across a
        // comma or dash: She said that …, to which her assistant added: “…”)
        return relabel(outer, "colon: speaker said: “…”, reported by “" + outer.cue() + "”", 0.8);
      }
      return np == null ? null : found(t, p, np, t.get(w).text(), "colon: speaker said: “…”", 0.85);
    }
    if (k - 4 >= ss && t.get(k - 2).in(Lexicon.IN_SPEECH_NOUNS)
        && t.get(k - 3).in(Lexicon.IN_DETERMINERS) && t.get(k - 4).isWord()
        && !t.get(k - 4).capitalized() && Lexicon.looksLikeVerb(t.get(k - 4))) {
      // Trump issued a statement, “…” / She posted a message: “…”
      int[] np = Grammar.subjectBefore(t, k - 4, ss);
      if (np != null) {
        return found(t, p, np, t.get(k - 4).text() + " a " + t.get(k - 2).text(),
            "colon: speaker issued a statement: “…”", 0.8);
      }
    }
    if (!c.is(":")) {
      return null;
    }
    for (int j = k - 2; j >= ss && !isComma(t.get(j)) && !isDash(t.get(j)) && !t.get(j).isQuote(); j--) {
      if (isCueAt(t, j)) {
        return null; // Priebus told Fox News: “…”: the reporting verb decides (left-cue)
      }
    }
    int[] np = Grammar.nounPhraseEndingAt(t, k - 1, ss);
    if (np != null && np[0] > ss && t.get(np[0] - 1).isWord()
        && t.get(np[0] - 1).in(Lexicon.IN_CLAUSE_OPENERS) && !t.get(np[0] - 1).capitalized()) {
      np = null; // a firm message to Tom Hale: “…”, told the Courier: the object, not the speaker
    }
    if (np != null && np[0] > ss && holdsSpeechNoun(t, np)) {
      // Hale is rolling out a new campaign message: “…”, Ruiz had one message for voters: “…”:
      // the message is the object; whoever has it speaks
      int[] owner = Grammar.mainSubject(t, np[0], ss);
      if (owner != null && personLike(t, owner) && !dummySubject(t, owner)) {
        return found(t, p, owner, ":", "colon: subject whose message follows “: …”", 0.7);
      }
    }
    if (np != null) {
      return found(t, p, np, ":", "colon: speaker: “…”", 0.75);
    }
    np = Grammar.mainSubject(t, k - 1, ss); // Reyes went further still: “…”
    if (np == null) {
      np = Grammar.clauseSubject(t, k - 1, ss);
    }
    return np == null ? null : found(t, p, np, ":", "colon: subject of the clause before “: …”", 0.6);
  }

  /** Whether the phrase holds a noun of saying (a message, a slogan, a warning). */
  private static boolean holdsSpeechNoun(Tokens t, int[] np) {
    for (int i = np[0]; i < np[1]; i++) {
      if (t.get(i).in(Lexicon.IN_SPEECH_NOUNS)) {
        return true;
      }
    }
    return false;
  }

  private int[] subjectOf(Tokens t, int cue, int ss) {
    int[] object = controlled(t, cue, ss);
    if (object != null) {
      return object; // The delay prompted Ruiz to call …: the object of "prompted" calls
    }
    int infinitive = t.get(cue).in(Lexicon.IN_CUE_BASE_FORMS) ? coordinatedInfinitive(t, cue) : -1;
    if (reportingInfinitive(t, infinitive)) { // but in "urged Moss to quit and said …" Moss is urged
      return subjectOf(t, infinitive, ss); // prompted Moss to make a joke and call …: Moss
    }
    if (cue - 1 > ss && t.get(cue - 1).is("having")) {
      return subjectOf(t, cue - 1, ss); // …, having called him a “…”: a participle like "calling"
    }
    int lead = sayLead(t, cue);
    if (lead > ss) {
      // Baker was quick to add …: the subject of "was"; with Moss taking to the radio to call …
      int[] with = withSubject(t, lead, ss);
      return with != null ? with : Grammar.subjectBefore(t, lead, ss);
    }
    if (cue > ss && isComma(t.get(cue - 1)) && !Lexicon.isParticiple(t.get(cue).lower())
        && !t.get(cue).in(Lexicon.IN_OBJECT_CUES)) { // not "X, 62, told the Courier, …": an object
      // The puzzle of the harbor, says Ana Vidal, engineer …, is that …: a comma-set inverted
      // attribution inside the sentence names the speaker after the verb
      int[] inv = inverted(t, cue);
      if (inv != null && t.get(inv[0]).capitalized() && !t.get(inv[0]).pronoun()
          && inv[1] < t.size() && isComma(t.get(inv[1]))) {
        return inv;
      }
    }
    int[] np = null;
    int before = cue - 1; // …, recently telling: adverbs between the comma and the participle
    while (before > ss && t.get(before).isWord() && t.get(before).lower().endsWith("ly")) {
      before--;
    }
    if (Lexicon.isParticiple(t.get(cue).lower()) && cue > ss && before >= ss
        && (isComma(t.get(before)) || t.get(before).isQuote() && attributionShaped(t, before))) {
      // …, saying “…”: the participle hangs off the main clause, whose subject speaks;
      // after "Fiorina said, adding …" that is the subject of the verb right before it
      int v = before - 1;
      while (v > ss && t.get(v).isWord() && t.get(v).in(Lexicon.IN_PRE_VERB)) {
        v--;
      }
      if (v > ss && isCueAt(t, v) && !Lexicon.isParticiple(t.get(v).lower())) {
        np = Grammar.subjectBefore(t, v, ss);
        if (np == null && (t.get(v - 1).isQuote() || isComma(t.get(v - 1)))) {
          np = inverted(t, v);
        }
      } else if (v > ss && t.get(v).isWord() && !t.get(v).capitalized() == false) {
        int u = v;
        while (u > ss && t.get(u - 1).capitalized()) {
          u--;
        }
        if (u > ss && isCueAt(t, u - 1) && (t.get(u - 2).isQuote() || isComma(t.get(u - 2)))) {
          np = new int[] {u, v + 1}; // “…,” said Deputy Mayor Ruth Lang, urging …
        }
      }
      if (np == null) {
        np = Grammar.mainSubject(t, before, ss);
      }
    }
    if (np == null) {
      np = withSubject(t, cue, ss);
    }
    if (np == null && cue - 1 > ss && t.get(cue - 1).is("and") && Lexicon.isParticiple(t.get(cue).lower())) {
      // with Trump tweeting that it was a “disaster” and asking, “…”: the first participle's subject
      for (int b = cue - 2; b > ss && b >= cue - 25 && !t.get(b).is(";"); b--) {
        if (Lexicon.isParticiple(t.get(b).lower()) && isCueAt(t, b)) {
          np = withSubject(t, b, ss);
          break;
        }
      }
    }
    if (np == null) {
      np = Grammar.subjectBefore(t, cue, ss);
      if (np != null && np[1] == cue && np[0] > ss && Lexicon.isParticiple(t.get(cue).lower())
          && t.get(np[0] - 1).isWord() && !t.get(np[0] - 1).capitalized()
          && t.get(np[0] - 1).in(Lexicon.IN_CLAUSE_OPENERS) && !withBefore(t, np[0] - 1, ss)
          && !t.get(np[1] - 1).in(Lexicon.IN_DOCUMENTS)) {
        // responded to the question on Facebook writing …: a preposition's object is no subject;
        // the participle hangs off the main clause (but after the paper's editorial telling her …,
        // a document speaks for itself)
        int[] main = Grammar.mainSubject(t, np[0] - 1, ss);
        np = main != null ? main : np;
      }
    }
    if (np == null && (cue == ss || t.get(cue - 1).isQuote() || isComma(t.get(cue - 1)))
        && !Lexicon.isParticiple(t.get(cue).lower()) && !Lexicon.NEVER_INVERTED.contains(t.get(cue).lower())) {
      np = inverted(t, cue); // “…,” said Deputy Mayor Ruth Lang, urging … / Said Rosa Vidal, “…”
      if (np != null && np[1] < t.size() && (t.get(np[1]).is("that") || t.get(np[1]).is("when")
          || t.get(np[1]).is("were") || t.get(np[1]).is("are") || t.get(np[1]).is("is")
          || t.get(np[1]).is("was"))) {
        // …, told Fox News that …, said the years when … are over: the start of what is said, not
        // an inverted subject
        np = null;
      }
    }
    return np != null ? np : Grammar.clauseSubject(t, cue, ss);
  }

  /** Whether "with" opens the stretch ending at {@code j} (with the campaign of X saying …). */
  private static boolean withBefore(Tokens t, int j, int ss) {
    for (int w = j; w >= ss && w >= j - 10 && t.get(w).isWord(); w--) {
      if (t.get(w).is("with")) {
        return true;
      }
    }
    return false;
  }

  /** {@code …, with one of her flyers asking, “…”}: the participle's subject follows "with". */
  private static int[] withSubject(Tokens t, int cue, int ss) {
    if (!Lexicon.isParticiple(t.get(cue).lower())) {
      return null;
    }
    for (int w = cue - 1; w >= ss && w >= cue - 8 && t.get(w).isWord(); w--) {
      if (t.get(w).is("with")) {
        int[] np = w + 1 < cue ? Grammar.nounPhrase(t, w + 1, cue, true) : null;
        if (np == null && w + 1 < cue && cue - w <= 3 && !t.get(w + 1).in(Lexicon.IN_NP_STOP)) {
          np = new int[] {w + 1, cue}; // with forecasters warning: a bare plural, which reads like a verb
        }
        if (np != null && np[1] + 1 < cue && t.get(np[1]).is("and")) {
          // with many farmers and shoppers shouting: both conjuncts
          int[] second = Grammar.nounPhrase(t, np[1] + 1, cue, true);
          boolean bare = cue - np[1] <= 3 && onlyWords(t, np[1] + 1, cue); // … and shoppers
          np = second != null || bare ? new int[] {np[0], second != null ? second[1] : cue} : np;
        }
        return np != null && np[1] == cue ? np : null;
      }
    }
    return null;
  }

  private static int[] inverted(Tokens t, int cue) {
    int q = cue + 1;
    while (q < t.size() && t.get(q).isWord() && t.get(q).in(Lexicon.IN_PRE_VERB)) {
      q++;
    }
    int[] np = Grammar.nounPhrase(t, q, t.size(), true);
    if (np != null && q > cue + 1 && t.get(q - 1).is("on") && t.get(np[0]).in(Lexicon.IN_DETERMINERS)) {
      return null; // …, said on the same podcast: a prepositional phrase, not an inverted subject
    }
    return np != null && !t.get(np[0]).is("it") ? np : null;
  }

  /** Headline forms: {@code ‘soon’ : Pompeo}, {@code Pompeo: ‘soon’}. */
  private Found headline(Tokens t, int p, int k, int ss, int se) {
    for (int j = k + 1; j < t.size(); j++) {
      Tok c = t.get(j);
      if (c.isQuote()) {
        continue;
      }
      if (!c.isWord() && c.is(":") && j + 1 < t.size()) {
        int[] np = Grammar.nounPhrase(t, j + 1, t.size());
        if (np != null && np[1] == t.size()) {
          return found(t, p, np, ":", "headline: ‘…’ : speaker", 0.8);
        }
      }
    }
    int colon = -1;
    for (int j = 0; j < k; j++) {
      if (!t.get(j).isWord() && t.get(j).is(":")) {
        colon = j;
        break;
      }
    }
    if (colon > 0) {
      int[] np = Grammar.nounPhrase(t, 0, colon);
      if (np != null && np[1] == colon) {
        return found(t, p, np, ":", "headline: speaker: ‘…’", 0.75);
      }
    }
    return null;
  }

  /** {@code Donald Trump’s} or {@code her} ending at {@code j}, before a speech noun; else null. */
  private static int[] possessor(Tokens t, int j, int ss) {
    Tok w = t.get(j);
    if (!w.isWord()) {
      return null;
    }
    String l = w.lower();
    if (l.equals("his") || l.equals("her") || l.equals("their")) {
      return new int[] {j, j + 1};
    }
    if (!w.capitalized() || !w.possessive()) {
      return null;
    }
    int a = j;
    while (a - 1 >= ss && t.get(a - 1).capitalized() && !t.get(a - 1).possessive()
        && !t.get(a - 1).in(Lexicon.IN_SUBORDINATORS | Lexicon.IN_CLAUSE_OPENERS)) {
      a--; // but not the capital of "While Lang's …"
    }
    return new int[] {a, j + 1};
  }

  /** The subject of the nearest reporting verb before the quote in its sentence. */
  private Found leftCue(Tokens t, int p, int k, int ss) {
    Found aside = parentheticalAttribution(t, p, k, ss);
    if (aside != null) {
      return aside;
    }
    Found claimed = ownedClaimHoldingQuote(t, p, k, ss);
    if (claimed == null) {
      claimed = agentOfCharacterisation(t, p, k, ss);
    }
    if (claimed == null) {
      claimed = characteriser(t, p, k, ss);
    }
    if (claimed == null) {
      claimed = openingPassiveAgent(t, p, k, ss);
    }
    if (claimed != null) {
      return claimed;
    }
    int intro = introEnd(t, ss, k);
    Found f = leftCue(t, p, k, intro, false);
    if (f == null) {
      f = leftCue(t, p, k, intro, true);
    }
    if (f == null && intro != ss && (t.get(ss).is("as") || !mainClauseSpeaks(t, intro, k))) {
      // but "As the paper reported, X did “…”": an opening "as" clause attributes the sentence
      f = leftCue(t, p, k, ss, true);
    }
    f = f != null ? f : speechNounOwner(t, p, k, ss);
    return f != null ? f : subjectAroundAside(t, p, k, ss);
  }

  /**
   * {@code While you've heard it called the “…”}: "you" is the reader, who is no source (the writer's
   * "I" and "we" are: their scare quotes are the writer's words).
   */
  private static boolean isReader(Tokens t, int[] np) {
    return np[1] - np[0] == 1 && Lexicon.withoutContraction(t.get(np[0]).lower()).equals("you");
  }

  /**
   * {@code Ohio’s primary was a “closed” one}: a place's possessive before the noun it owns is no
   * subject; the subject is the thing owned, which says nothing. (A person's is kept: "Ruiz’s
   * answer was that …" is Ruiz speaking.)
   */
  private static boolean ownerOfSubject(Tokens t, int[] np, int k) {
    Tok last = t.get(np[1] - 1);
    if (np[1] - np[0] != 1 || !last.possessive() || np[1] >= k || !t.get(np[1]).isWord()) {
      return false;
    }
    String owner = last.lower().substring(0, Names.possessiveStem(last.lower()));
    return Lexicon.PLACES.contains(owner);
  }

  /**
   * {@code Hale, who has called the pier “a wreck,” clearly wanted the board to “look away”}: with
   * no cue outside a closed relative clause, the quote after it sits in the main clause, whose
   * subject is the noun phrase the clause follows; else null.
   */
  private Found subjectAroundAside(Tokens t, int p, int k, int ss) {
    if (titleCase(spans.get(t.get(k).quote()))) {
      return null; // named “Veep” as his top show: a title, which only a verb of saying attributes
    }
    for (int c = k - 2; c > ss; c--) {
      if (isComma(t.get(c)) && closedRelativeAside(t, c + 2, k, ss) == c) {
        int[] np = Grammar.nounPhraseEndingAt(t, c, ss);
        return np != null && np[0] == ss && personLike(t, np) && !dummySubject(t, np)
            ? found(t, p, np, null, "clause-subject: subject of the clause around “, who …,”", 0.4)
            : null;
      }
    }
    return null;
  }

  /**
   * Whether the main clause after an opening clause ending at {@code intro} has a subject that can
   * speak before the quote at {@code k} ({@code After the coach named the lineup, he referred to …}):
   * then a cue inside the opening clause is no attribution for the quote.
   */
  private static boolean mainClauseSpeaks(Tokens t, int intro, int k) {
    int[] np = Grammar.nounPhrase(t, intro, k);
    return np != null && np[1] < k && t.get(np[1]).isWord() && personLike(t, np) && !dummySubject(t, np);
  }

  /**
   * {@code Never, the coach insisted, did they ask for “…”}, {@code During those winters, Hale wrote,
   * he kept …}: an attribution set off by commas inside the sentence before the quote ({@code , X said,})
   * reports the whole sentence.
   */
  private Found parentheticalAttribution(Tokens t, int p, int k, int ss) {
    if (k <= ss || t.get(k - 1).is(":")) {
      return null; // …, the newsletter reported, the chef told her staff: “…”: the colon's verb speaks
    }
    for (int c = k - 1; c > ss + 1; c--) {
      if (!isComma(t.get(c)) || !t.get(c - 1).in(Lexicon.IN_SAY_VERBS) || !isCueAt(t, c - 1)) {
        continue;
      }
      int[] np = Grammar.nounPhraseEndingAt(t, c - 1, ss);
      if (np != null && np[0] > ss && isComma(t.get(np[0] - 1)) && personLike(t, np)) {
        return found(t, p, np, t.get(c - 1).text(), "left-cue: subject of “" + t.get(c - 1).text()
            + "” set off by commas", 0.8);
      }
    }
    return null;
  }

  /** Trump’s claim that “…”, her remark that “…”: the owner of a speech noun, when no verb reports. */
  private Found speechNounOwner(Tokens t, int p, int k, int ss) {
    if (k > ss && k + 1 < t.size() && t.get(k + 1).in(Lexicon.IN_SPEECH_NOUNS)) {
      int[] owner = possessor(t, k - 1, ss); // Mayor Lang's “keep your plan …” promise
      if (owner != null) {
        Tok noun = t.get(k + 1);
        return ownedBy(t, p, owner, noun);
      }
    }
    boolean judged = k - 1 > ss && t.get(k - 1).in(Lexicon.IN_BE); // … statement was “true”
    for (int j = k - 1; j > ss; j--) {
      if (judged && t.get(j).is("that")) {
        judged = false; // X's claim that the pier is “safe”: the claim's content
      }
      if (t.get(j).in(Lexicon.IN_SPEECH_NOUNS) && !judged) {
        int[] owner = claimOwner(t, j, k, ss);
        if (owner != null) {
          return ownedBy(t, p, owner, t.get(j));
        }
      }
    }
    return null;
  }

  /**
   * Whose the speech noun at {@code j} is, before a quote at {@code k}: a possessor before it
   * ({@code her March comment}, {@code his own admission}, {@code Trump's past remarks}) or a source
   * after it ({@code the suggestion by a future mayor that}, {@code the contention of X that}); else null.
   */
  private static int[] claimOwner(Tokens t, int j, int k, int ss) {
    int o = j - 1;
    while (o > ss && o >= j - 3 && (ownerModifier(t.get(o)) || adjectiveLike(t.get(o))
        || verbForm(t.get(o)))) {
      o--; // between an owner and the noun, a verb form is an adjective (his confusing argument)
    }
    int[] owner = possessor(t, o, ss);
    if (owner == null && j + 2 < k && (t.get(j + 1).is("by") || t.get(j + 1).is("of"))) {
      int[] np = Grammar.nounPhrase(t, j + 2, k, true);
      owner = np != null && np[1] < k && t.get(np[1]).is("that") ? np : null;
    }
    return owner;
  }

  /** The most words between a speech noun and a quote inside what the noun reports. */
  private static final int CLAIM_REACH = 12;

  /**
   * {@code Pence blamed the press for Ruiz's claim that the mayor “lied”}, {@code Lang mocked his
   * claim of a “grand bargain”}: a possessed speech noun whose complement ({@code that …}, {@code of
   * …}, {@code about …}, or {@code to …} right after it) runs to the quote reports the owner's words,
   * whatever verb governs the noun phrase; else null. Not when the quote judges the claim ({@code Ruiz's claim that … is “false”},
   * {@code his remarks about it were “vile”}: a verb the complement cannot hold), when a verb of saying
   * inside reports it, nor for a medium ({@code saying in his statement that …}).
   */
  private Found ownedClaimHoldingQuote(Tokens t, int p, int k, int ss) {
    int verbGroups = 0;
    boolean inVerbGroup = false;
    boolean clause = false; // a "that" between the noun and the quote
    boolean complement = false;
    for (int j = k - 1; j > ss && j >= k - CLAIM_REACH; j--) {
      Tok w = t.get(j);
      if (!w.isWord()) {
        return null;
      }
      if (w.in(Lexicon.IN_SPEECH_NOUNS) && complement) {
        int[] owner = verbGroups <= (clause ? 1 : 0) ? claimOwner(t, j, k, ss) : null;
        boolean medium = owner != null && owner[1] <= j && owner[0] > ss && t.get(owner[0] - 1).is("in");
        return owner == null || medium ? null : ownedBy(t, p, owner, w);
      }
      if (isCueAt(t, j)) {
        return null; // Ruiz's claim that Lang said “…”: the nearer verb reports it
      }
      boolean infinitive = w.is("be") && t.get(j - 1).is("to"); // her vow to be “fair”
      boolean verb = finiteVerbLike(w) && !infinitive;
      verbGroups += verb && !inVerbGroup ? 1 : 0;
      inVerbGroup = verb || inVerbGroup && w.lower().endsWith("ly"); // has been quietly dropped
      clause |= w.is("that");
      complement |= w.is("that") || w.is("of") || w.is("about")
          || w.is("to") && t.get(j - 1).in(Lexicon.IN_SPEECH_NOUNS); // her vow to “…”
    }
    return null;
  }

  /**
   * {@code the pier, known by locals as the “Rust Bucket”}, {@code often labeled as a “sham” by
   * critics}: a past participle with no object before the quote is passive, with or without "be",
   * and its by-agent (before an "as" that leads into the quote, or right after the quote) gave the
   * quoted name; else null.
   */
  private Found agentOfCharacterisation(Tokens t, int p, int k, int ss) {
    int a = k - 1;
    if (a > ss && t.get(a).in(Lexicon.IN_ARTICLES)) {
      a--; // … as a “sham”, … the “Rust Bucket”
    }
    if (a > ss && t.get(a).is("as") && t.get(a - 1).isWord()) {
      for (int by = a - 2; by > ss && by >= a - 8 && t.get(by).isWord(); by--) {
        if (t.get(by).is("by") && pastParticiple(t.get(by - 1))) { // known by locals as
          int[] agent = Grammar.nounPhrase(t, by + 1, a, true);
          return agent != null && agent[1] == a ? passiveAgent(t, p, agent, by - 1) : null;
        }
      }
      a--;
    }
    if (a <= ss || !pastParticiple(t.get(a)) || k + 2 >= t.size() || !t.get(k + 1).is("by")) {
      return null;
    }
    int[] agent = Grammar.nounPhrase(t, k + 2, t.size(), true); // labeled as a “sham” by critics
    return agent == null ? null : passiveAgent(t, p, agent, a);
  }

  /**
   * {@code Asked by Quill whether the pier is “safe,” Brandt shrugged}: a quote inside a passive
   * participle phrase opening the sentence with its by-agent is the agent's question; else null.
   */
  private Found openingPassiveAgent(Tokens t, int p, int k, int ss) {
    Tok first = t.get(ss);
    String l = first.lower();
    if (k < ss + 3 || !first.capitalized() || l.length() <= 4 || !l.endsWith("ed")
        || !t.get(ss + 1).is("by")) {
      return null;
    }
    for (int j = ss + 2; j < k; j++) {
      if (!t.get(j).isWord()) {
        return null; // the phrase has ended before the quote
      }
    }
    int[] agent = Grammar.nounPhrase(t, ss + 2, k, true);
    return agent == null || agent[1] >= k ? null : passiveAgent(t, p, agent, ss);
  }

  /** The most words between a verb and the "as" that leads its object into the quote. */
  private static final int AS_REACH = 8;

  /**
   * {@code Lang played down the report as “a stunt”}, {@code Reyes identified the ship as
   * “Dutch”}: the subject of a verb whose object is set up "as" the quote, whether or not it is a
   * verb of saying, characterises it (reported speech still wins: {@code Moss said Lang dismissed
   * it as “…”}); a verb with no object before "as" is left alone (served as, known as the “…”).
   */
  private Found characteriser(Tokens t, int p, int k, int ss) {
    int as = k - 1;
    if (as > ss && t.get(as).in(Lexicon.IN_ARTICLES)) {
      as--;
    }
    if (as <= ss + 1 || !t.get(as).is("as") || !t.get(as - 1).isWord() || verbForm(t.get(as - 1))) {
      // what Ruiz described as “…”: a verb of its own, no object in between; the widow, who he
      // helped, as “…”: the "as" phrase goes with a verb further back
      return null;
    }
    for (int v = as - 2; v >= ss && v >= as - AS_REACH; v--) {
      Tok w = t.get(v);
      if (!w.isWord() || w.in(Lexicon.IN_NOT_SPEAKER | Lexicon.IN_BE) || w.is("who")) {
        return null; // a clause boundary (what, which, that, who, a form of "be")
      }
      if (isCueAt(t, v)) {
        return null; // Lang described it as “…”: the verb of saying is the cue
      }
      if (!verbForm(w) || w.in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_NP_STOP)) {
        continue;
      }
      int[] np = passive(t, v) ? null : Grammar.subjectBefore(t, v, ss);
      if (np == null || !personLike(t, np) || dummySubject(t, np) || !onlyAdverbs(t, np[1], v)
          || reducedRelative(t, np[1], v)) {
        return null; // was cast as “…” (its agent says it), or a subject this verb may not have
      }
      Found outer = outerSpeech(t, p, v, np, ss);
      return outer != null ? outer
          : found(t, p, np, w.text() + " … as", "left-cue: subject of “" + w.text() + " … as”", 0.6);
    }
    return null;
  }

  /** A lower-case past form or a long -ing form: a verb, not a noun. */
  private static boolean verbForm(Tok w) {
    return w.isWord() && !w.capitalized() && (pastParticiple(w) || w.in(Lexicon.IN_IRREGULAR_PAST)
        || Lexicon.isParticiple(w.lower()) && w.lower().length() >= 6);
  }

  /**
   * Whether {@code [from, to)} holds only auxiliaries and adverbs (has been steadily), and asides
   * after the subject: a bracket ({@code (D-Nev.)}) or a short phrase between commas ({@code , in
   * particular,}).
   */
  private static boolean onlyAdverbs(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      Tok w = t.get(i);
      int close = asideEnd(t, i, to);
      if (close > i) {
        i = close;
        continue;
      }
      if (!w.isWord() || !w.in(Lexicon.IN_PRE_VERB) && !w.lower().endsWith("ly")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code Lazar, 44, known online as “…”}: a past participle after a comma with no auxiliary
   * before it describes the name; its "as" phrase is what others call him, not his words.
   */
  private static boolean reducedRelative(Tokens t, int from, int v) {
    boolean comma = false;
    for (int i = from; i < v; i++) {
      if (t.get(i).isWord() && t.get(i).in(Lexicon.IN_PRE_VERB) && !t.get(i).lower().endsWith("ly")) {
        return false; // has been pounding: an auxiliary makes it the main verb
      }
      comma |= isComma(t.get(i));
    }
    return comma && pastParticiple(t.get(v));
  }

  /** The closing token of a bracket or a short comma-set phrase opening at {@code i}, or -1. */
  private static int asideEnd(Tokens t, int i, int to) {
    String close = t.get(i).is("(") ? ")" : isComma(t.get(i)) ? "," : null;
    if (close == null) {
      return -1;
    }
    for (int c = i + 1; c < to && c <= i + 6; c++) {
      if (t.get(c).lower().equals(close)) {
        return c;
      }
      if (!t.get(c).isWord() && !close.equals(")")) {
        return -1;
      }
    }
    return -1;
  }

  /** The by-agent of the participle at {@code participle}, when it can speak and is no time word. */
  private Found passiveAgent(Tokens t, int p, int[] agent, int participle) {
    Tok verb = t.get(participle);
    return personLike(t, agent) && !timePhrase(t, agent)
        ? found(t, p, agent, verb.text() + " by", "left-cue: agent of passive “" + verb.text() + "”", 0.7)
        : null;
  }

  /** Words naming a point of a span of time: by the end of May, by the start of the session. */
  private static final java.util.Set<String> TIME_POINTS = java.util.Set.of("end", "start",
      "beginning", "middle", "close", "time");

  /**
   * Whether a phrase after "by" tells a time, not an agent ({@code by the end of the week},
   * {@code by Monday}, {@code by 2030}): a time noun or point in time in lower case, a month, a
   * weekday or a number, up to its first "of".
   */
  private static boolean timePhrase(Tokens t, int[] np) {
    for (int i = np[0]; i < np[1] && !t.get(i).is("of"); i++) {
      Tok w = t.get(i);
      // a lower-case time noun only: "by The New York Times" is an agent
      if (!w.capitalized() && (w.in(Lexicon.IN_TIME_NOUNS) || TIME_POINTS.contains(w.lower()))
          || w.in(Lexicon.IN_MONTHS) || Lexicon.WEEKDAYS.contains(w.lower())
          || Character.isDigit(w.lower().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A past participle: a lower-case word in -ed, or known or seen. */
  private static boolean pastParticiple(Tok w) {
    String l = w.lower();
    return w.isWord() && !w.capitalized()
        && (l.length() > 4 && l.endsWith("ed") && !l.endsWith("eed") || l.equals("known") || l.equals("seen"));
  }

  /** A form of "be", an auxiliary or a past form: the sign of a finite verb, whose clause it is. */
  private static boolean finiteVerbLike(Tok w) {
    return w.in(Lexicon.IN_BE | Lexicon.IN_IRREGULAR_PAST) || Grammar.AUXILIARIES.contains(w.lower())
        || pastParticiple(w);
  }

  private static final java.util.Set<String> OWNER_MODIFIERS = java.util.Set.of("own", "past",
      "recent", "earlier", "latest", "first", "last", "repeated", "famous", "infamous", "now-famous",
      "previous", "early", "new", "old", "public", "private");

  /** A lower-case content word that is no verb form: his confusing argument, Lang's bold claim. */
  private static boolean adjectiveLike(Tok w) {
    return w.isWord() && !w.capitalized() && !verbForm(w) && !w.possessive()
        && !w.in(Lexicon.IN_NP_STOP | Lexicon.IN_DETERMINERS | Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_CUES
            | Lexicon.IN_PRONOUNS);
  }

  /** A word between an owner and a speech noun: a month, a year, or {@link #OWNER_MODIFIERS}. */
  private static boolean ownerModifier(Tok w) {
    return w.isWord() && (OWNER_MODIFIERS.contains(w.lower()) || w.in(Lexicon.IN_MONTHS)
        || w.lower().length() == 4 && Character.isDigit(w.lower().charAt(0))
            && Character.isDigit(w.lower().charAt(3)));
  }

  private Found ownedBy(Tokens t, int p, int[] owner, Tok noun) {
    int[] subject = possessorsSubject(t, owner, t.sentStart(t.sentenceOf(owner[0])));
    if (subject != null) {
      return found(t, p, subject, noun.text(), "left-cue: subject whose own “" + noun.text() + "” it is", 0.6);
    }
    return found(t, p, owner, noun.text(), "left-cue: owner of “" + noun.text() + "”", 0.6);
  }

  /**
   * {@code Lang defended her remarks as “…”}, {@code Moss stood by his claim that …}: a possessive
   * pronoun right after a verb (and its particle) is the verb's subject's own; that subject, when
   * it can speak; else null.
   */
  private static int[] possessorsSubject(Tokens t, int[] owner, int ss) {
    String own = t.get(owner[0]).lower();
    String person = own.equals("his") ? "he" : own.equals("her") ? "she" : own.equals("their") ? "they" : null;
    if (person == null) {
      return null; // Lang defended Moss's remarks: Moss's own
    }
    int v = owner[0] - 1;
    if (v > ss && t.get(v).is("by")) {
      v--;
    }
    if (v <= ss || !t.get(v).isWord() || t.get(v).capitalized() || !Lexicon.looksLikeVerb(t.get(v))) {
      return null;
    }
    int[] np = Grammar.subjectBefore(t, v, ss);
    if (np == null || !personLike(t, np) || dummySubject(t, np)
        || t.get(np[0]).pronoun() && !t.get(np[0]).is(person)) {
      return null; // but "she defended his remarks"
    }
    return np;
  }

  /**
   * Where an introductory clause ends ({@code When Trump announced his bid, he called …}): cues
   * inside it belong to that clause, not to a quote after it. {@code ss} when there is none.
   */
  private int introEnd(Tokens t, int ss, int k) {
    return introEnd(t, ss, k, false);
  }

  /** As {@link #introEnd(Tokens, int, int)}, for any opening phrase when {@code anyOpener}. */
  private int introEnd(Tokens t, int ss, int k, boolean anyOpener) {
    if (ss >= k || !anyOpener && !t.get(ss).in(Lexicon.IN_SUBORDINATORS)) {
      return ss;
    }
    for (int j = ss + 1; j < k; j++) {
      if (isComma(t.get(j)) || t.get(j).isQuote() && t.get(j).lower().equals("\"")
          && text.charAt(spans.get(t.get(j).quote()).end() - 1) == ',') {
        return j + 1; // While Ana calls it “a good piece,” Tom …: the comma inside the quote ends it
      }
    }
    return ss;
  }

  /** Strong reporting verbs first: a belief verb inside reported speech (X said he thinks “…”) is not the attribution. */
  private Found leftCue(Tokens t, int p, int k, int ss, boolean weakToo) {
    int passed = -1; // the nearest finite weak cue passed over (not “…, calling”)
    for (int j = k - 1; j >= ss; j--) {
      if (!isCueAt(t, j)) {
        continue;
      }
      if (!weakToo && t.get(j).in(Lexicon.IN_WEAK_CUES) && !ownClause(t, j, ss)) {
        passed = passed < 0 && !Lexicon.isParticiple(t.get(j).lower()) ? j : passed;
        continue;
      }
      int aside = closedRelativeAside(t, j, k, ss);
      if (aside >= 0) {
        j = aside; // a cue inside it reports nothing after it closes
        continue;
      }
      Tok c = t.get(j);
      if (c.is("according")) {
        int[] np = Grammar.nounPhrase(t, j + 2, k);
        if (np != null && !insideReportedClause(t, j, ss)) {
          return found(t, p, np, "according to", "left-cue: according to speaker", 0.85);
        }
        continue;
      }
      if (j > ss && t.get(j - 1).isWord() && (t.get(j - 1).is("to") || t.get(j - 1).in(Lexicon.IN_DETERMINERS)
          && !(Grammar.BARE_SUBJECTS.contains(t.get(j - 1).lower()) && !c.in(Lexicon.IN_WEAK_CUES))
          && !Grammar.floatingQuantifier(t, j - 1))) {
        // but "Some chanted", "Several said" ("Few believed X's claim" is X's)
        // "to say", "a statement", "the call": an infinitive or a noun, not a finite verb
        if (!t.get(j - 1).is("to")) {
          continue;
        }
      }
      if (passive(t, j)) {
        int by = j + 2 < k && t.get(j + 1).is("by") ? j + 1
            : k + 2 < t.size() && t.get(k + 1).is("by") && !placeBetween(t, j, k) ? k + 1 : -1;
        if (by > 0) {
          int[] agent = Grammar.nounPhrase(t, by + 1, by < k ? k : t.size(), true);
          if (agent != null && !timePhrase(t, agent)) { // not "by the end of May"
            return found(t, p, agent, c.text() + " by", "left-cue: agent of passive “" + c.text() + "”", 0.7);
          }
        }
        continue;
      }
      int[] before = passed < 0 ? null : Grammar.subjectBefore(t, passed, ss);
      if (before != null && before[1] <= j) {
        // She proposed a prosecutor who reports to the mayor, and called for “…”: the weak cue's
        // subject stands before this verb, so the weak cue is no part of what this verb reports
        return null;
      }
      int[] np = subjectOf(t, j, ss);
      if (np == null && j > ss && isComma(t.get(j - 1))) {
        // “…,” said X, urging …: the participle's subject is the inverted speaker before it
        for (int b = j - 2; b > ss && np == null; b--) {
          if (isCueAt(t, b) && (t.get(b - 1).isQuote() || isComma(t.get(b - 1)))) {
            np = inverted(t, b);
          }
        }
      }
      if (np != null) {
        Found outer = outerSpeech(t, p, j, np, ss);
        if (outer != null) {
          // X acknowledged that she erred when she claimed that Y called it “…”: the outermost
          Found next = outerSpeech(t, p, j, new int[] {outer.mStartTok(), outer.mEndTok()}, ss);
          while (next != null && next.mStartTok() < outer.mStartTok()) {
            outer = next;
            next = outerSpeech(t, p, j, new int[] {outer.mStartTok(), outer.mEndTok()}, ss);
          }
          return outer;
        }
        int[] poll = c.in(Lexicon.IN_SAY_VERBS) ? pollOf(t, np[0], ss) : null;
        if (poll != null) {
          return found(t, p, poll, c.text(), "left-cue: the poll whose respondents “" + c.text() + "”", 0.75);
        }
        boolean weak = c.in(Lexicon.IN_WEAK_CUES);
        int[] owner = whatTheyCall(t, np, j, ss);
        if (owner != null) {
          return found(t, p, owner, c.text(), "left-cue: subject of the sentence, “what "
              + t.get(np[0]).text() + " " + c.text() + "”", weak ? 0.6 : 0.8);
        }
        return found(t, p, np, c.text(), "left-cue: subject of “" + c.text() + "”", weak ? 0.6 : 0.8);
      }
    }
    return null;
  }

  /**
   * {@code Hale, who has called the pier “a wreck,” clearly wanted the board to “look away”}: where
   * the cue at {@code j} sits in a relative clause set off by commas ({@code , who …,} or {@code ,
   * which …,}) that closes before the quote at {@code k}, and the main clause's verb follows the
   * closing comma, the comma that opens the clause; else -1.
   */
  private int closedRelativeAside(Tokens t, int j, int k, int ss) {
    int open = j - 1;
    while (open > ss && !(isComma(t.get(open)) && (t.get(open + 1).is("who") || t.get(open + 1).is("which")))) {
      if (isSentenceEnd(t.get(open)) || t.get(open).is(";") || t.get(open).is(":")) {
        return -1;
      }
      open--;
    }
    if (open <= ss) {
      return -1;
    }
    for (int c = j + 1; c < k; c++) {
      Tok w = t.get(c);
      boolean closes = isComma(w) || w.isQuote() && text.charAt(spans.get(w.quote()).end() - 1) == ',';
      if (closes) {
        int v = c + 1;
        while (v < k && t.get(v).isWord() && t.get(v).lower().endsWith("ly")) {
          v++; // …, clearly intended
        }
        if (v < k && finiteVerbLike(t.get(v)) && !t.get(v).capitalized()) {
          return open;
        }
      }
    }
    return -1;
  }

  /** Prepositions that put a quote in a place or a time, not in what a verb says. */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "on", "at",
      "from", "into", "during", "with", "under", "after", "before", "through");

  /**
   * {@code a slip that was reported in a “smear piece” by the Courier}: a place or time preposition
   * between the participle at {@code j} and the quote at {@code k}, so that the quote is not what
   * the participle's by-agent said ({@code labeled “top secret” by}, {@code described as “…” by}).
   */
  private static boolean placeBetween(Tokens t, int j, int k) {
    for (int i = j + 1; i < k; i++) {
      if (t.get(i).isWord() && PLACE_PREPOSITIONS.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Hale said that according to its survey, the pier is “sound”}: an "according to" opening the
   * clause a verb of saying before it reports is part of what is reported, not its source.
   */
  private static boolean insideReportedClause(Tokens t, int according, int ss) {
    if (according - 2 < ss || !t.get(according - 1).is("that")) {
      return false;
    }
    for (int v = according - 2; v >= ss; v--) {
      if (t.get(v).in(Lexicon.IN_SAY_VERBS) && isCueAt(t, v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Lang saying she was “pleased” and Novak calling it a “good talk”}: a name right before
   * the verb at {@code j}, after "and" or "but", opens a clause of its own, not one a verb of saying
   * before it reports; so does a participle after "with" and its subject.
   */
  private static boolean ownClause(Tokens t, int j, int ss) {
    int lead = sayLead(t, j);
    if (withSubject(t, lead > ss ? lead : j, ss) != null) {
      return true; // …, with Moss taking to the radio to call it “…”: an absolute phrase, reporting nothing
    }
    int a = j - 1;
    while (a > ss && t.get(a).isWord() && t.get(a).capitalized() && !t.get(a).pronoun()) {
      a--;
    }
    return a < j - 1 && a > ss && (t.get(a).is("and") || t.get(a).is("but")) || inRelativeClause(t, j, ss);
  }

  /**
   * {@code the plan, which Hale has called “…”}, {@code a deal that critics call “…”}: the verb at
   * {@code j} has its own subject, not a pronoun, right after "which", "that" or "whom"
   * (auxiliaries and -ly adverbs between), so the quote is that clause's, whatever verb the
   * sentence reports with.
   */
  private static boolean inRelativeClause(Tokens t, int j, int ss) {
    int b = j - 1;
    while (b > ss && t.get(b).isWord() && (Grammar.AUXILIARIES.contains(t.get(b).lower())
        || t.get(b).lower().endsWith("ly"))) {
      b--;
    }
    int[] np = b > ss ? Grammar.nounPhraseEndingAt(t, b + 1, ss) : null;
    if (np == null || np[0] - 1 <= ss || t.get(np[0]).pronoun()) {
      return false; // X said …, whom he called “…”: "he" is X, whom the sentence names better
    }
    Tok rel = t.get(np[0] - 1);
    return rel.is("which") || rel.is("that") && !t.get(np[0] - 2).in(Lexicon.IN_CUES) || rel.is("whom");
  }

  /**
   * {@code Lang has railed against what she calls the “harbor cartel”}: the pronoun after "what",
   * subject of the cue at {@code cue}, is the sentence's subject, named where the sentence names it;
   * else null. Not when the cue reports a clause of its own (in what it hopes will become …), nor
   * when the sentence names its subject with a pronoun too (the nearer one is the mention).
   */
  private static int[] whatTheyCall(Tokens t, int[] np, int cue, int ss) {
    Tok pronoun = t.get(np[0]);
    if (np[1] != np[0] + 1 || np[0] - 1 <= ss || !t.get(np[0] - 1).is("what") || !pronoun.pronoun()
        || Lexicon.isWriterOrReader(pronoun.lower()) || pronoun.is("who")
        || cue + 1 < t.size() && t.get(cue + 1).in(Lexicon.IN_PRE_VERB | Lexicon.IN_BE)) {
      return null;
    }
    int[] main = Grammar.mainSubject(t, np[0] - 1, ss);
    return main == null || !personLike(t, main) || main[1] >= np[0] - 1 || t.get(main[0]).pronoun()
        ? null : main;
  }

  /**
   * Reported speech wins over what it reports: when the verb at {@code j} sits in the complement of
   * a verb of saying earlier in the sentence ({@code She noted that Sanders has called the president
   * “weak”}), the speaker is the subject of that verb of saying.
   */
  private Found outerSpeech(Tokens t, int p, int j, int[] inner, int ss) {
    if (inner[0] - 2 >= ss && isComma(t.get(inner[0] - 2))
        && (t.get(inner[0] - 1).is("which") || t.get(inner[0] - 1).is("whom"))) {
      return null; // X stated that …, which he described as “…”: an aside, not what X stated
    }
    for (int c = inner[0] - 1; c >= ss; c--) {
      Tok w = t.get(c);
      if (w.isQuote() || !w.isWord() && (w.is(";") || w.is(":"))
          || w.is("while") || w.is("whereas") || w.is("but") || w.is("although")) {
        return null; // Rubio suggested that …, while Cruz said that “…”: a clause of its own
      }
      boolean toSomeone = w.in(Lexicon.IN_OBJECT_CUES) && (w.in(Lexicon.IN_SAY_VERBS)
          || TELLING_VERBS.contains(w.lower()));
      if (!w.in(Lexicon.IN_SAY_VERBS) && pastVerbBeforeThat(t, c, inner[0])) {
        int[] np = subjectOf(t, c, ss);
        if (np != null && personLike(t, np)) {
          return found(t, p, np, w.text(), "left-cue: subject of “" + w.text() + "”, which reports the clause", 0.7);
        }
      }
      if (!w.in(Lexicon.IN_SAY_VERBS) && !toSomeone || !isCueAt(t, c)) {
        continue;
      }
      int n = c + 1;
      while (n < inner[0] && t.get(n).isWord() && (t.get(n).in(Lexicon.IN_PRE_VERB)
          || t.get(n).capitalized() && t.get(n - 1).is("told") || t.get(n).is("reporters"))) {
        n++;
      }
      int[] object = toSomeone && n < inner[0] ? Grammar.nounPhrase(t, n, inner[0], true) : null;
      if (object != null && object[0] == n && object[1] == inner[0]) {
        n = inner[0]; // Lang assured her audience she would …: past the one told
      }
      if (n < inner[0] && opensReportedClause(t.get(n)) || n == inner[0]
          || n < inner[0] && t.get(n).isWord() && containsThat(t, n, inner[0])) {
        int[] np = subjectOf(t, c, ss);
        if (np != null) {
          return found(t, p, np, w.text(), "left-cue: subject of “" + w.text() + "”, which reports the clause", 0.75);
        }
      }
      return null;
    }
    return null;
  }

  private static final java.util.Set<String> POLLS = java.util.Set.of("poll", "survey");

  private static final java.util.Set<String> FINDS = java.util.Set.of("finds", "found", "shows",
      "showed", "shown");

  /**
   * The poll that people answering before {@code subject} speak in: {@code In a June poll by the
   * Courier, 40 percent said …} (a sentence opening with "In" and a poll), {@code The poll also finds
   * that 40 percent say …} (a poll that finds or shows what they say); else null.
   */
  private static int[] pollOf(Tokens t, int subject, int ss) {
    if (t.get(ss).is("in")) {
      int comma = ss + 1;
      while (comma < subject && !isComma(t.get(comma))) {
        comma++;
      }
      if (comma < subject && hasPoll(t, ss + 1, comma)) {
        int[] np = Grammar.nounPhrase(t, ss + 1, comma, true);
        return np != null ? np : new int[] {ss + 1, comma};
      }
    }
    for (int v = subject - 1; v > ss; v--) {
      if (t.get(v).isWord() && FINDS.contains(t.get(v).lower())) {
        int[] np = Grammar.subjectBefore(t, v, ss);
        return np != null && hasPoll(t, np[0], np[1]) ? np : null;
      }
    }
    return null;
  }

  private static boolean hasPoll(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).isWord() && POLLS.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "that", or a condition the reported clause opens with ({@code X says if he won he would …}).
   */
  private static boolean opensReportedClause(Tok w) {
    return w.is("that") || w.is("if") || w.is("unless") || w.is("once");
  }

  /**
   * {@code made clear that}, {@code expressed surprise that}: a past verb at {@code c} with one or
   * two words and then "that" right before the clause's subject at {@code subject}, so that the
   * clause is what the verb phrase reports.
   */
  private static boolean pastVerbBeforeThat(Tokens t, int c, int subject) {
    Tok w = t.get(c);
    return subject - c >= 3 && subject - c <= 4 && w.isWord() && !w.capitalized()
        && (w.lower().endsWith("ed") || w.in(Lexicon.IN_IRREGULAR_PAST))
        && t.get(subject - 1).is("that") && onlyWords(t, c, subject);
  }

  /** Verbs of telling someone something that are not verbs of saying as well (tell and warn are). */
  private static final java.util.Set<String> TELLING_VERBS = java.util.Set.of("assure", "assures",
      "assured", "assuring", "inform", "informs", "informed", "informing");

  private static boolean containsThat(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).is("that")) {
        return true;
      }
      if (!t.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The running speaker for a quote whose sentence has no attribution: the closest earlier sentence of
   * the paragraph with an attributed quote or a reporting verb; for a quote that opens its paragraph,
   * the end of the previous paragraph.
   */
  private Found continuation(int i, Tokens t, int p, int k, int s) {
    Found f = runningSpeaker(t, p, s - 1, t.size());
    if (f == null && t.get(k).isQuote() && k == t.sentStart(s)
        && (k + 1 >= t.sentEnd(s) || isSentenceEnd(t.get(k + 1)))) {
      // Lane called him a master at deals. “He showed …”: a weaker verb in the sentence right
      // before introduces a quote that is the whole of the next sentence (a guess: low confidence)
      f = weakSpeakerOf(t, p, s - 1);
      if (f != null) {
        return relabel(f, "continuation: subject of a weaker verb in the sentence before", 0.45);
      }
    }
    if (f != null) {
      return relabel(f, "continuation: running speaker in the paragraph", 0.75);
    }
    if (k > 0 && s > 0) {
      return null;
    }
    for (int q = p - 1; q >= 0 && q >= p - 2; q--) {
      if (passages.get(q).headline()) {
        return null;
      }
      Tokens pt = toks[q];
      f = introducedByColon(pt, q);
      if (f != null) {
        return f;
      }
      f = runningSpeaker(pt, q, pt.sentences() - 1, pt.size());
      if (f == null && q == p - 1) {
        // Lane praised the mayor's record. ¶ “We need …”: a weaker verb closing the paragraph
        // right before still introduces the quote that follows it
        f = weakSpeakerOf(pt, q, pt.sentences() - 1);
      }
      if (f != null) {
        return relabel(f, PREVIOUS_PARAGRAPH, 0.65);
      }
      if (!onlyQuotes(pt)) {
        return null;
      }
    }
    return null;
  }

  /** A paragraph ending in a colon introduces the quote that follows (Reyes took them to task:). */
  private Found introducedByColon(Tokens pt, int q) {
    int n = pt.size();
    if (n < 2 || !pt.get(n - 1).is(":")) {
      return null;
    }
    int ss = pt.sentStart(pt.sentenceOf(n - 1));
    for (int j = n - 2; j >= ss; j--) {
      if (isCueAt(pt, j)) {
        int[] np = subjectOf(pt, j, ss);
        if (np != null) {
          return found(pt, q, np, pt.get(j).text(), "continuation: introduced by “… " + pt.get(j).text() + ":”", 0.75);
        }
        break;
      }
    }
    int[] np = Grammar.mainSubject(pt, n - 1, ss);
    if (np == null) {
      np = Grammar.nounPhrase(pt, ss, n - 1);
    }
    return np == null || isReader(pt, np) ? null // not "Maybe you’ve had these moments before:"
        : found(pt, q, np, ":", "continuation: subject of the paragraph ending in a colon", 0.6);
  }

  private static boolean onlyQuotes(Tokens t) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).isWord()) {
        return false;
      }
    }
    return true;
  }

  private Found runningSpeaker(Tokens t, int p, int fromSentence, int limit) {
    for (int s = fromSentence; s >= 0; s--) {
      Found best = speakerOf(t, p, s, limit);
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** The subject of the last weak verb of saying in sentence {@code s} (praised, criticized), or null. */
  private Found weakSpeakerOf(Tokens t, int p, int s) {
    if (s < 0) {
      return null;
    }
    int ss = t.sentStart(s);
    for (int j = t.sentEnd(s) - 1; j >= ss; j--) {
      if (isCueAt(t, j) && t.get(j).in(Lexicon.IN_WEAK_CUES)) {
        int[] np = subjectOf(t, j, ss);
        return np != null && personLike(t, np) ? found(t, p, np, t.get(j).text(), "continuation", 0.6) : null;
      }
    }
    return null;
  }

  /** Who speaks in sentence {@code s}: its last attributed quote, else its last verb of saying. */
  private Found speakerOf(Tokens t, int p, int s, int limit) {
    int ss = t.sentStart(s);
    int se = Math.min(t.sentEnd(s), limit);
    for (int j = se - 1; j >= ss; j--) {
      Tok w = t.get(j);
      if (w.isQuote()) {
        Found f = found[w.quote()];
        if (f != null && f.has()) {
          return f;
        }
      }
    }
    for (int j = se - 1; j >= ss; j--) {
      Tok w = t.get(j);
      if (isCueAt(t, j) && !w.in(Lexicon.IN_WEAK_CUES) && !w.is("according")) {
        int[] np = subjectOf(t, j, ss);
        if (np != null) {
          return found(t, p, np, w.text(), "continuation", 0.7);
        }
      }
    }
    return null;
  }
}
