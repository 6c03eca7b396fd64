package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quotesift.quote.Attributor.Found;
import org.quotesift.quote.QuoteSpans.Span;
import org.quotesift.quote.Tokens.Tok;

/**
 * Finds quotations in an article's passages and attributes them to speakers.
 *
 * <p>A pure function: the same text and passages always give the same quotes, in document order.
 * Nothing outside the passages is searched. A quote that runs over several paragraphs gives one
 * {@link Quote} per paragraph, all with the same speaker. Each speaker's mention is the phrase at the
 * reporting verb ({@code she}, {@code the official}); its canonical name is the fullest form the
 * article gives ({@code Kang Kyung-wha}). Quotes with no attribution (scare quotes, titles) have a
 * null speaker and low confidence.
 */
public final class QuoteExtractor {

  private QuoteExtractor() {}

  /**
   * Returns the quotes in {@code passages}, in document order.
   *
   * @param text the text the passages index
   * @param passages the article's paragraphs, headings and headline, in order and not overlapping;
   *     spans beyond the end of {@code text} are cut at its end
   * @return the quotes, never null; empty when there are no quote marks
   */
  public static List<Quote> extract(String text, List<Passage> passages) {
    return extract(text, passages, false);
  }

  /**
   * As {@link #extract(String, List)}; with {@code pairedSingles}, two straight single marks are read
   * as a double quote mark ({@code ''We're done,'' said Mr. Lee}), as archives typed without a
   * double-mark key write them. Off by default: in text that also quotes with other marks, '' is
   * rare and such a reading could pair marks that were never meant as quotes.
   */
  public static List<Quote> extract(String text, List<Passage> passages, boolean pairedSingles) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(passages, "passages");
    List<Span> spans = QuoteSpans.find(text, passages, pairedSingles);
    if (spans.isEmpty()) {
      return List.of();
    }
    Attributor attributor = new Attributor(text, passages, spans);
    boolean[] partial = new boolean[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      partial[i] = isPartial(text, spans.get(i), attributor.tokens(spans.get(i).passage()),
          attributor.tokenOf(i));
    }
    Found[] found = attributor.run(partial);
    Tokens[] all = new Tokens[passages.size()];
    boolean[] headline = new boolean[passages.size()];
    for (int p = 0; p < passages.size(); p++) {
      all[p] = attributor.tokens(p);
      headline[p] = passages.get(p).headline();
    }
    Resolver resolver = new Resolver(text, all, headline);
    List<Quote> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      Found f = found[i];
      Speaker speaker = f.has() ? resolver.speaker(f) : null;
      out.add(new Quote(s.start(), s.end(), text.substring(s.start(), s.end()), speaker, f.cue(),
          partial[i] ? Quote.Kind.PARTIAL : Quote.Kind.DIRECT, s.passage(),
          speaker == null ? 0.1 : f.confidence(), f.rule()));
    }
    return out;
  }

  /**
   * A quote is partial unless it reads as a sentence: capitalised and either long or set off
   * from its sentence by nothing, a colon or a comma.
   */
  private static boolean isPartial(String text, Span s, Tokens t, int k) {
    if (s.continued()) {
      return false;
    }
    char first = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (first == 0 && Character.isLetterOrDigit(c)) {
        first = c;
      }
      boolean w = !Chars.isSpace(c);
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    if (k == 0 && words >= 4 && (text.startsWith("…", s.start()) || text.startsWith("...", s.start()))
        && ".!?".indexOf(text.charAt(s.end() - 1)) >= 0) {
      return false; // “… they go on lying.” opening its paragraph: a sentence cut at its start
    }
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return true;
    }
    if (words >= 4) {
      return false;
    }
    int ss = t.sentStart(t.sentenceOf(k));
    if (k == ss) {
      return false;
    }
    Tok before = t.get(k - 1);
    return !(before.is(":") || before.is(",")) || before.isWord();
  }

  /** Turns a mention into a speaker: canonical name, exact mention and title. */
  private static final class Resolver {
    private final String text;
    private final Tokens[] toks;
    private final Names names;
    private final Names headlineNames;

    /** Which passages are headlines. */
    private final boolean[] headline;

    /**
     * Names are indexed from the body; the headlines' names only expand a surname the body never
     * names in full, since a Title Case headline ("Mayor Vows Fix …") reads as names that are not.
     */
    Resolver(String text, Tokens[] toks, boolean[] headline) {
      this.text = text;
      this.toks = toks;
      this.headline = headline;
      this.names = new Names(passages(false));
      this.headlineNames = new Names(passages(true));
    }

    /** The passages that are headlines, or those that are not. */
    private Tokens[] passages(boolean headlines) {
      List<Tokens> chosen = new ArrayList<>(toks.length);
      for (int p = 0; p < toks.length; p++) {
        if (headline[p] == headlines) {
          chosen.add(toks[p]);
        }
      }
      return chosen.toArray(new Tokens[0]);
    }

    /** The full name a one-word name stands for: from the body, else from the headline; or null. */
    private Names.Full expand(String word) {
      return expand(word, (char) 0);
    }

    /** {@link #expand(String)} for a name after an honorific that tells the sex (see Names). */
    private Names.Full expand(String word, char sex) {
      Names.Full full = names.expand(word, sex);
      return full != null ? full : headlineNames.expand(word, sex);
    }

    Speaker speaker(Found f) {
      Tokens t = toks[f.passage()];
      int s = f.mStartTok();
      int e = f.mEndTok();
      String mention = text.substring(f.mStart(), f.mEnd());
      if (t.get(s).isQuote()) {
        return label(f, mention); // a transcript label inside the quote
      }
      String lower = t.get(s).lower();
      if (e - s == 1 && s >= 1 && (lower.equals("which") || lower.equals("that"))) {
        String[] ref = relativeAntecedent(t, s); // the report, which said …: the report
        return new Speaker(ref == null ? mention : ref[0], mention, f.mStart(), f.mEnd(),
            ref == null ? null : ref[1]);
      }
      // in his words “…”, her pledge to …: the mention is the person the pronoun is
      String owner = e - s == 1 ? Lexicon.personalOfPossessive(lower) : null;
      if (e - s == 1 && (t.get(s).pronoun() || owner != null) && !acronym(t.get(s).text())) {
        // a mention is outside the quote marks, where "I", "we" and "you" are the writers and the
        // reader, never a person or body named before: they stand for themselves
        String pronoun = owner != null ? owner
            : Lexicon.withoutContraction(lower); // they’re, he’s: they, he
        String[] ref = Lexicon.isWriterOrReader(pronoun) ? null
            : pronoun.equals("it") || pronoun.equals("they") ? thingBefore(f.passage(), s, pronoun)
            : antecedent(f.passage(), s, pronoun);
        return new Speaker(ref == null ? mention : ref[0], mention, f.mStart(), f.mEnd(),
            ref == null ? null : ref[1]);
      }
      Tok last = t.get(e - 1);
      if (last.possessive() && last.capitalized()) {
        return owner(f, mention, t, s, e);
      }
      String together = peopleTogether(t, s, e);
      if (together != null) {
        return new Speaker(together, mention, f.mStart(), f.mEnd(), null);
      }
      int[] name = Names.nameIn(t, s, e);
      if (name == null) {
        String[] named = nameAfter(t, s, e);
        if (named != null) {
          return new Speaker(named[0], mention, f.mStart(), f.mEnd(), named[1]);
        }
        return new Speaker(description(f, mention, lower, t, e), mention, f.mStart(), f.mEnd(), null);
      }
      String[] resolved = resolveName(t, name, s);
      String word = t.get(name[0]).text();
      if (name[1] - name[0] == 1 && nonPerson(resolved[0]) && !resolved[0].endsWith(word)) {
        // "Trump said" is not the Trump Foundation, a body the name only starts (the speaker's
        // own mention only: the pronoun antecedents keep the body, which he/she then skip)
        resolved = new String[] {word, resolved[1]};
      }
      String title = resolved[1] != null ? resolved[1] : appositive(t, e);
      if (title == null) {
        title = appositiveBefore(t, s, e);
      }
      return new Speaker(resolved[0], mention, f.mStart(), f.mEnd(), title);
    }

    /**
     * {@code Ruiz and Hale said}, {@code Moss, Reyes and Lang wrote}: a mention that lists two or
     * more names, each the whole of its part, is all of them, each resolved ("Ana Ruiz and Tom
     * Hale"; "Procter and Gamble", whose parts name no one else, stays as it is); else null (Ruiz
     * and her aides).
     */
    private String peopleTogether(Tokens t, int s, int e) {
      if (!hasAnd(t, s, e)) {
        return null; // most mentions: no list to split (this runs for every speaker)
      }
      List<String> people = new ArrayList<>();
      int a = s;
      for (int k = s; k <= e; k++) {
        if (k < e && !t.get(k).is("and") && !t.get(k).is(",")) {
          continue;
        }
        if (k == a && k < e && t.get(k).is("and") && k > s && t.get(k - 1).is(",")) {
          a = k + 1; // Moss, Reyes, and Lang: the comma before "and" leaves no part
          continue;
        }
        int[] name = a < k ? Names.nameIn(t, a, k) : null;
        if (name == null || name[0] != a || name[1] != k) {
          return null;
        }
        String canonical = resolveName(t, name, a)[0];
        if (people.contains(canonical)) {
          return null;
        }
        people.add(canonical);
        a = k + 1;
      }
      if (people.size() < 2) {
        return null;
      }
      int n = people.size();
      return String.join(", ", people.subList(0, n - 1)) + " and " + people.get(n - 1);
    }

    private static boolean hasAnd(Tokens t, int s, int e) {
      for (int k = s + 1; k < e - 1; k++) {
        if (t.get(k).is("and")) {
          return true;
        }
      }
      return false;
    }

    /** How far back, in words, "it" and "they" look for what they stand for. */
    private static final int THING_REACH = 60;

    /**
     * {canonical, title} of what {@code pronoun} ("it" or "they") at token {@code s} of passage
     * {@code p} stands for: for "it" the nearest document or body before it in this passage or the
     * one before ("The letter … It added" is the letter; "the Harbor Council … it said" is the
     * Harbor Council), for "they" the nearest plural of documents or people ("the aides … they
     * said"). Null when there is none: "it" and "they" are never a person named earlier (a person
     * is he or she), so they then stand for themselves.
     */
    private String[] thingBefore(int p, int s, String pronoun) {
      boolean plural = pronoun.equals("they");
      int reach = THING_REACH;
      for (int q = p; q >= 0 && q >= p - 1; q--) {
        Tokens pt = toks[q];
        for (int k = (q == p ? s : pt.size()) - 1; k >= 0 && reach > 0; k--) {
          Tok w = pt.get(k);
          if (!w.isWord()) {
            continue;
          }
          reach--;
          // a body is "it" ("The Post … it said"); "they", in news, is a group of people
          String[] found = !w.capitalized() ? thingPhraseAt(pt, k, plural)
              : plural ? null : bodyNameAt(pt, k);
          if (found != null) {
            return found;
          }
        }
      }
      if (plural) {
        return null;
      }
      // no body nearby: the last named speaker, if that is a body (the Prosecution Authority)
      String[] named = antecedent(p, s, pronoun);
      return named != null && nonPerson(named[0]) ? named : null;
    }

    /** The body a capitalised head names ({@code the Harbor Council}, {@code The Post}), or null. */
    private String[] bodyNameAt(Tokens t, int k) {
      if (!Lexicon.NON_PERSON_HEADS.contains(t.get(k).lower()) || t.get(k).possessive()) {
        return null;
      }
      int a = k;
      while (a - 1 >= 0 && t.get(a - 1).isWord() && t.get(a - 1).capitalized()
          && !t.get(a - 1).possessive()) {
        a--;
      }
      boolean opensSentence = a == t.sentStart(t.sentenceOf(a));
      if (a == k && (opensSentence || !(a >= 1 && t.get(a - 1).in(Lexicon.IN_ARTICLES)))) {
        return null; // "State officials said", "Party leaders": a lone capital that heads no name
      }
      while (a < k && t.get(a).in(Names.LEADING_NON_NAME)) {
        a++; // The Post: the name without the sentence's capitalised article
      }
      String[] named = nameOf(t, a, k + 1); // the Times → New York Times, as the article has it
      return named != null ? named
          : new String[] {text.substring(t.get(a).start(), t.get(k).end()), null};
    }

    /**
     * The phrase a lower-case document or body noun heads, from its determiner or its owner's name
     * ({@code the letter}, {@code its statement}, {@code Lang’s campaign}; for "they" a plural: {@code
     * the emails}, {@code two aides}), or null.
     */
    private String[] thingPhraseAt(Tokens t, int k, boolean plural) {
      Tok w = t.get(k);
      String lower = w.lower();
      boolean thing = w.in(Lexicon.IN_DOCUMENTS | Lexicon.IN_ROLE_PLURALS)
          || Lexicon.BODY_NOUNS.contains(lower);
      if (!thing || plural != isPlural(lower) || !plural && w.in(Lexicon.IN_ROLE_NOUNS)) {
        return null; // a singular role noun (the spokesman) is a person: he or she
      }
      for (int d = k - 1; d >= 0 && d >= k - 3 && t.get(d).isWord(); d--) {
        Tok before = t.get(d);
        if (before.possessive()) {
          return afterPreposition(t, ownerPhraseStart(t, d)) ? null
              : new String[] {ownerPhrase(t, d, k + 1), null};
        }
        if (before.in(Lexicon.IN_ARTICLES | Lexicon.IN_DETERMINERS)) {
          return afterPreposition(t, d) ? null : new String[] {description(t, d, k + 1), null};
        }
        if (before.capitalized() || before.in(Lexicon.IN_NP_STOP | Lexicon.IN_CUES)) {
          return null;
        }
      }
      return null;
    }

    /** The first capital of the owner whose possessive is token {@code possessive} (Mr. Lang’s). */
    private static int ownerStart(Tokens t, int possessive) {
      int a = possessive;
      while (a - 1 >= 0 && t.get(a - 1).isWord() && t.get(a - 1).capitalized()) {
        a--;
      }
      return a;
    }

    /** Where the phrase an owner's possessive opens starts: the owner, or an article before it. */
    private static int ownerPhraseStart(Tokens t, int possessive) {
      int a = ownerStart(t, possessive);
      return a - 1 >= 0 && t.get(a - 1).in(Lexicon.IN_ARTICLES) ? a - 1 : a;
    }

    /**
     * The phrase from an owner through token {@code end - 1}, the owner's possessive being token
     * {@code possessive}: "Mr. Lang’s campaign" keeps its capitals; with an article before the
     * owner ("The paper’s editorial") or a lower-case owner it is a description, written "the …".
     */
    private String ownerPhrase(Tokens t, int possessive, int end) {
      int a = ownerStart(t, possessive);
      int from = ownerPhraseStart(t, possessive);
      return from < a || !t.get(a).capitalized() ? description(t, from, end)
          : text.substring(t.get(a).start(), t.get(end - 1).end());
    }

    /**
     * Whether the phrase starting at token {@code a} is the object of a preposition (the validity
     * of the inquiry, in the letter): what a document or a body says is its subject's, seldom such
     * an object's.
     */
    private static boolean afterPreposition(Tokens t, int a) {
      return a >= 1 && t.get(a - 1).isWord() && !t.get(a - 1).capitalized()
          && t.get(a - 1).in(Lexicon.IN_CLAUSE_OPENERS);
    }

    /** emails, aides, records: a plural noun; news, congress, status are not. */
    private static boolean isPlural(String lower) {
      return Lexicon.endsLikePlural(lower) && !lower.equals("news");
    }

    /** WHO, IT: a word of two or more capitals is an acronym, not the pronoun it spells. */
    private static boolean acronym(String word) {
      if (word.length() < 2) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (!Character.isUpperCase(word.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** Victor Hale's (remarks), Reyes’s (claim): the owner's name without the possessive ending. */
    private Speaker owner(Found f, String mention, Tokens t, int s, int e) {
      Tok last = t.get(e - 1);
      int end = last.start() + Names.possessiveStem(last.text());
      int from = s;
      while (from < e - 1 && t.get(from).in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_NP_STOP)
          && !t.get(from).in(Lexicon.IN_DETERMINERS) && t.get(from + 1).capitalized()) {
        from++; // Despite Mr. Trump’s assertion, And Bill Clinton's plan: the owner is the name
      }
      int a = from;
      while (a < e - 1 && t.get(a).capitalized() && t.get(a).in(Lexicon.IN_TITLES)) {
        a++; // Mayor Ruth Lang's: the title is not part of the name
      }
      String title = a > from ? text.substring(t.get(from).start(), t.get(a - 1).end()) : null;
      String bare = text.substring(t.get(a).start(), end);
      Names.Full full = e - a == 1 ? expand(bare) : names.find(bare);
      if (full != null && title != null && nonPerson(full.name())) {
        full = null; // Mr. Trump’s: a person, not the Trump Foundation
      }
      return new Speaker(full == null ? bare : full.name(), mention, f.mStart(), f.mEnd(),
          title != null ? title : full == null ? null : full.title());
    }

    /**
     * {canonical, title} when a description is followed by the name it describes, set off by commas
     * ({@code the bureau's director, Ann Lee, said}); null otherwise. The name is two or more
     * capitalised words; the title is the description without its article.
     */
    private String[] nameAfter(Tokens t, int s, int e) {
      if (e + 3 >= t.size() || !t.get(e).is(",")) {
        return null;
      }
      int b = e + 1;
      while (b < t.size() && t.get(b).isWord() && t.get(b).capitalized() && !t.get(b).in(Lexicon.IN_TITLES)
          && !t.get(b).possessive()) {
        b++;
      }
      if (b - (e + 1) < 2 || b >= t.size() || !(t.get(b).is(",") || t.get(b).is("."))) {
        return null;
      }
      String[] resolved = resolveName(t, new int[] {e + 1, b}, e + 1);
      int a = afterArticle(t, s);
      String title = a < e ? text.substring(t.get(a).start(), t.get(e - 1).end()) : resolved[1];
      return new String[] {resolved[0], title};
    }

    /** The role in an appositive after a name ({@code Yoon Young-chan, the senior secretary to …,}). */
    private String appositive(Tokens t, int e) {
      if (e + 2 >= t.size() || !t.get(e).is(",") || !(t.get(e + 1).is("the") || t.get(e + 1).is("a")
          || t.get(e + 1).is("an"))) {
        return null;
      }
      int a = e + 2;
      int b = a;
      while (b < t.size() && b < a + 12 && t.get(b).isWord()) {
        b++;
      }
      if (b >= t.size() || b == a || !(t.get(b).is(",") || t.get(b).is("."))) {
        return null;
      }
      return text.substring(t.get(a).start(), t.get(b - 1).end());
    }

    /**
     * {@code Its spokesman, Ed Lane, said}, {@code Hale's longtime aide, Ana Ruiz, wrote}: a role set
     * off by commas right before the name, which a comma closes too, is the speaker's title (without
     * a leading article or possessive pronoun); else null.
     */
    private String appositiveBefore(Tokens t, int s, int e) {
      if (s < 2 || e >= t.size() || !t.get(s - 1).is(",") || !t.get(e).is(",")) {
        return null;
      }
      int head = s - 2;
      if (!t.get(head).isWord() || t.get(head).capitalized() || !Grammar.isRoleOrTitle(t.get(head))
          || Lexicon.BODY_NOUNS.contains(t.get(head).lower())) {
        return null; // "The company, Acme, said": a body, which has no title
      }
      int a = head;
      while (a - 1 >= 0 && a > head - 5 && t.get(a - 1).isWord()
          && a - 1 >= t.sentStart(t.sentenceOf(head))) {
        a--;
      }
      if (a > 0 && t.get(a - 1).isWord()) {
        return null; // more words before: "… met with her lawyer, Ann Moss, …" is an object
      }
      Tok first = t.get(a);
      if (first.in(Lexicon.IN_ARTICLES)) { // the, a, its, his, their …
        a++;
      } else if (!first.possessive()) {
        return null;
      }
      return a > head ? null : text.substring(t.get(a).start(), t.get(head).end());
    }

    /** WALLACE → Chris Wallace when the article names him in full, else Wallace. */
    private Speaker label(Found f, String mention) {
      StringBuilder b = new StringBuilder(mention.length());
      boolean start = true;
      for (int i = 0; i < mention.length(); i++) {
        char c = mention.charAt(i);
        b.append(start ? c : Character.toLowerCase(c));
        start = !Character.isLetter(c);
      }
      String name = mention.equals(mention.toUpperCase(java.util.Locale.ROOT)) ? b.toString() : mention;
      Names.Full full = name.indexOf(' ') < 0 ? expand(name) : null;
      return new Speaker(full == null ? name : full.name(), mention, f.mStart(), f.mEnd(),
          full == null ? null : full.title());
    }

    /** {canonical, title} for the name at token range {@code name} of a mention starting at {@code s}. */
    private String[] resolveName(Tokens t, int[] name, int s) {
      int body = bodyStart(t, name, s);
      if (body < name[0]) {
        // the Republican National Committee: a body keeps the words a person's title would lose
        return new String[] {text.substring(t.get(body).start(), t.get(name[1] - 1).end()), null};
      }
      String title = null;
      char sex = 0; // Mr. Bush is no Ann Bush
      int split = Names.lastTitleWord(t, name[0], name[1]);
      if (split >= 0) {
        sex = Names.sexOfHonorific(t.get(split).lower());
        // Ohio Gov. Ruth Lang: the person is Ruth Lang, as the article's name index has it
        title = text.substring(t.get(Math.min(afterArticle(t, s), name[0])).start(), t.get(split).end());
        name = new int[] {split + 1, name[1]};
      } else if (name[0] > s) {
        int a = name[0];
        while (a > s && (t.get(a - 1).in(Lexicon.IN_TITLES) && t.get(a - 1).capitalized()
            || Names.ofInTitle(t, a - 1))) {
          a--;
        }
        if (a < name[0] && !Names.modifierOnly(t.get(name[0] - 1))) {
          title = text.substring(t.get(a).start(), t.get(name[0] - 1).end());
          sex = Names.sexOfHonorific(t.get(name[0] - 1).lower());
        } else if (a == name[0]) {
          title = roleBefore(t, s, name[0]);
        }
      }
      String canonical = withoutNickname(t, name);
      if (name[1] - name[0] == 1) {
        Names.Full full = expand(t.get(name[0]).text(), sex);
        if (full != null) {
          canonical = full.name();
          if (title == null) {
            title = full.title();
          }
        }
      } else if (title == null) {
        Names.Full full = names.find(canonical);
        if (full != null) {
          title = full.title();
        }
      }
      return new String[] {canonical, title};
    }

    /** The name's text, less a nickname quoted inside it (Robert “Bobby” Lane → Robert Lane). */
    private String withoutNickname(Tokens t, int[] name) {
      StringBuilder b = new StringBuilder();
      int from = t.get(name[0]).start();
      for (int k = name[0] + 1; k < name[1]; k++) { // a nickname never opens the name
        if (t.get(k).isQuote()) {
          b.append(text, from, t.get(k - 1).end()); // up to the word before; the space after stays
          from = t.get(k).end();
        }
      }
      return b.append(text, from, t.get(name[1] - 1).end()).toString();
    }

    /**
     * Where the name of a body starts when title words open it ({@code the National Rifle
     * Association}, {@code the Federal Election Commission}): back from a name ending in a body's head
     * word over capitalised words that are not a person's title ({@code Sen.}, {@code Senator});
     * {@code name[0]} when the name is no body's or nothing precedes it.
     */
    private static int bodyStart(Tokens t, int[] name, int s) {
      if (!Lexicon.NON_PERSON_HEADS.contains(t.get(name[1] - 1).lower())) {
        return name[0];
      }
      int a = name[0];
      while (a > s && bodyWord(t.get(a - 1))) {
        a--;
      }
      return a;
    }

    private static boolean bodyWord(Tok w) {
      return w.isWord() && w.capitalized() && !w.possessive() && !w.in(Lexicon.IN_DETERMINERS)
          && !Names.personTitleWord(w);
    }

    /**
     * Where a title taken from a mention starts: after its article ({@code the}, {@code a}, {@code
     * an}), which no title keeps; a possessive determiner stays ({@code his lawyer}).
     */
    private static int afterArticle(Tokens t, int s) {
      Tok w = t.get(s);
      return w.is("the") || w.is("a") || w.is("an") ? s + 1 : s;
    }

    /**
     * A lower-case role right before the name in the mention ({@code union leader Tom Nowak}, {@code
     * White House press secretary Sara Dunn}): the words from the mention's start, after an article,
     * when the last of them is a role noun and all are words; {@code his lawyer Dan Roth} keeps its
     * "his". Null otherwise ({@code 14-year-old Ann
     * Lee}, {@code former Ann Lee}).
     */
    private String roleBefore(Tokens t, int s, int nameStart) {
      int a = afterArticle(t, s);
      if (a >= nameStart || !t.get(nameStart - 1).in(Lexicon.IN_ROLE_NOUNS)) { // not "former"
        return null;
      }
      for (int k = a; k < nameStart; k++) {
        if (!t.get(k).isWord() || t.get(k).possessive() && (k == nameStart - 1 || !t.get(k).capitalized())
            || t.get(k).in(Lexicon.IN_NP_PREP)) {
          // not "a spokesman for candidate": the name is the preposition's object; a named owner
          // (Hale’s senior aide) is part of the role, a described one (farmer’s son) is not
          return null;
        }
      }
      return text.substring(t.get(a).start(), t.get(nameStart - 1).end());
    }

    /** The description's first, indefinite form ({@code the official} → {@code an American official}). */
    private String description(Found f, String mention, String lower, Tokens t, int e) {
      if (Grammar.possessiveRole(t.get(e - 1))) {
        // the Ohio senator’s answer …: the owner is the Ohio senator
        mention = mention.substring(0, Names.possessiveStem(mention));
      }
      if (lower.equals("a") || lower.equals("an")) {
        return lower + mention.substring(lower.length()); // "A senior diplomat" → "a senior diplomat"
      }
      if (!(lower.equals("the") || lower.equals("this") || lower.equals("that"))) {
        return mention;
      }
      String head = t.get(e - 1).lower();
      Names.Full titled = titledPerson(t, f.mStartTok(), e, head);
      String[] last = titled == null ? null : lastNameBefore(f.passage(), f.mStartTok(), true);
      if (last != null && last[0].equals(titled.name())) {
        // the senator → Ana Moss: the article's only senator so far, and the last person named
        return titled.name();
      }
      for (int p = f.passage(); p >= 0; p--) {
        Tokens pt = toks[p];
        for (int k = pt.size() - 1; k >= 0; k--) {
          Tok w = pt.get(k);
          if (w.start() >= f.mStart() || !w.isWord() || !w.lower().equals(head)) {
            continue;
          }
          for (int a = k - 1; a >= 0 && a >= k - 4; a--) {
            String l = pt.get(a).lower();
            if (l.equals("a") || l.equals("an")) {
              return description(pt, a, k + 1);
            }
            if (!pt.get(a).isWord()) {
              break;
            }
          }
        }
      }
      return mention;
    }

    /**
     * {canonical, title} of the person a pronoun refers to: the subject of the nearest reporting verb
     * or name before it (for {@code who}, the name right before its comma).
     */
    private String[] antecedent(int p, int s, String pronoun) {
      Tokens t = toks[p];
      if (pronoun.equals("who") && s >= 2) {
        String[] ref = relativeAntecedent(t, s);
        if (ref != null) {
          return ref;
        }
      }
      if (speakers == null) {
        namedSpeakers();
      }
      // the last named subject of a reporting verb before the pronoun; for he or she, a person's
      boolean person = pronoun.equals("he") || pronoun.equals("she");
      String[] best = null;
      char bestSex = SEX_UNKNOWN;
      String[] sameSex = null; // the last one whose given name says the pronoun's sex
      String[] unknownSex = null; // the last full name whose given name says nothing
      for (int i = 0; i < speakerPassage.size(); i++) {
        int q = speakerPassage.get(i);
        if (q > p || q == p && speakerCue.get(i) >= s) {
          break;
        }
        char sex = speakerSex.charAt(i);
        if (!person) {
          best = speakers.get(i);
        } else if (sex != NO_PERSON) {
          best = speakers.get(i);
          bestSex = sex;
          if (sex == pronoun.charAt(0)) {
            sameSex = best;
          } else if (sex == SEX_UNKNOWN && best[0].indexOf(' ') > 0) {
            unknownSex = best;
          }
        }
      }
      if (bestSex != SEX_UNKNOWN && bestSex != pronoun.charAt(0)) {
        // "she" after Ruth Lang and then Tomas Novak spoke is Ruth Lang: passed over only when the
        // nearest one's given name says the other sex, for the last one whose says the pronoun's,
        // else the last full name that says nothing (never a place or a lone capital); with
        // neither, no one the article has named ("she" after only men named so)
        return sameSex != null ? sameSex : unknownSex;
      }
      if (best != null) {
        return best;
      }
      // "Ana Ruiz met Tom Hale. She said …": past a name whose given name says the other sex
      return lastNameBefore(p, s, person, person ? otherSex(pronoun.charAt(0)) : 0);
    }

    /**
     * The person a definite description with a title head names ({@code the senator}, {@code the
     * former governor}, {@code the World Bank president}): only "former" and capitalised words of
     * the title itself may stand between "the" and the head, so {@code the senator's aide}, {@code
     * the senate candidate} or {@code the Florida senator} (a modifier no title shows) name no one.
     */
    private Names.Full titledPerson(Tokens t, int s, int e, String head) {
      boolean former = false;
      java.util.Set<String> modifiers = new java.util.HashSet<>();
      for (int k = s + 1; k < e - 1; k++) {
        Tok w = t.get(k);
        if (w.is("former")) {
          former = true;
        } else if (!w.isWord() || !w.capitalized()) {
          return null;
        } else {
          modifiers.add(w.lower()); // must be in the title: "the Florida senator" is not any senator
        }
      }
      return t.get(e - 1).possessive() ? null
          : names.byTitle(head, former, modifiers, t.get(s).start());
    }

    /**
     * {canonical, title} of what the relative pronoun at {@code s} refers to: the name right before
     * it ({@code Sen. Ann Moss, who …}), or the description ({@code a retired general who …} is
     * "a retired general", not the last person named; {@code the sign — which read …}); null when
     * neither stands there.
     */
    private String[] relativeAntecedent(Tokens t, int s) {
      boolean person = t.get(s).is("who");
      Tok before = t.get(s - 1);
      int b = before.is(",") || before.is("—") || before.is("–") ? s - 1 : s;
      if (b <= 0) {
        return null; // nothing before it in the passage
      }
      int a = b;
      while (a - 1 >= 0 && t.get(a - 1).capitalized()) {
        a--;
      }
      if (a < b) {
        return nameOf(t, a, b);
      }
      // back to the determiner
      int d = b - 1;
      int start = -1;
      while (d >= 0 && d >= b - 10 && t.get(d).isWord()) {
        Tok w = t.get(d);
        if (w.is("and") || w.is("or") || w.is("but") || w.pronoun() || w.in(Lexicon.IN_PRE_VERB)
            || w.in(Lexicon.IN_CUES) && !w.in(Lexicon.IN_DOCUMENTS)) {
          break; // … here and who: a second relative clause, whose head is further back
        }
        if (w.in(Lexicon.IN_ARTICLES) || w.in(Lexicon.IN_DETERMINERS)) {
          start = d;
          break;
        }
        if (w.possessive() && w.capitalized() && d < b - 1) {
          // Mr. Trump’s campaign, which …: the owner's name, with its title, opens the phrase
          return new String[] {ownerPhrase(t, d, b), null};
        }
        d--;
      }
      if (start < 0) {
        // no determiner: only a bare plural reads as the head (critics who …), not "on camera who"
        Tok w = t.get(b - 1);
        start = w.isWord() && !w.capitalized() && w.lower().endsWith("s") ? b - 1 : b;
      }
      if (person && start >= 2 && start < b && t.get(start - 1).isWord() && !t.get(start - 1).capitalized()
          && t.get(start - 1).in(Lexicon.IN_CLAUSE_OPENERS)
          && !t.get(b - 1).in(Lexicon.IN_ROLE_NOUNS | Lexicon.IN_ROLE_PLURALS)) {
        // Democrats across the region, who …: "who" is a person, and a prepositional object that
        // names none (country, discussion) points back to the phrase the preposition qualifies
        String[] head = personBefore(t, start - 1, b);
        if (head != null) {
          return head;
        }
      }
      return start < b && t.get(start).isWord() && !t.get(start).in(Lexicon.IN_CLAUSE_OPENERS)
          ? new String[] {description(t, start, b), null} : null;
    }

    /**
     * The person a phrase ending right before the preposition at {@code prep} names, with that
     * prepositional phrase up to {@code end}: a name ({@code Democrats across the region}), or a
     * phrase from its determiner ({@code one aide familiar with the talks}); null if it names
     * no one.
     */
    private String[] personBefore(Tokens t, int prep, int end) {
      int e = prep;
      if (e - 1 >= 0 && t.get(e - 1).isWord() && !t.get(e - 1).capitalized()
          && !Grammar.isRoleOrTitle(t.get(e - 1))) {
        e--; // one Democrat familiar with …: past one adjective
      }
      if (e <= 0 || !t.get(e - 1).isWord()) {
        return null;
      }
      int a = e - 1;
      boolean named = t.get(a).capitalized();
      while (named && a - 1 >= 0 && t.get(a - 1).capitalized()) {
        a--;
      }
      if (!named && !Grammar.isRoleOrTitle(t.get(e - 1))) {
        return null;
      }
      if (a - 1 >= 0 && t.get(a - 1).in(Lexicon.IN_DETERMINERS)) {
        return new String[] {description(t, a - 1, end), null};
      }
      return named ? nameOf(t, a, e) : null;
    }

    /** {canonical, title} of the name in tokens {@code [a, e)}, or null when they name no one. */
    private String[] nameOf(Tokens t, int a, int e) {
      int[] name = Names.nameIn(t, a, e);
      return name == null ? null : resolveName(t, name, a);
    }

    /** The text of tokens {@code [a, b)}, lower-cased at the start ("A retired general" → "a …"). */
    private String description(Tokens t, int a, int b) {
      String d = text.substring(t.get(a).start(), t.get(b - 1).end());
      return Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }

    /**
     * A name that is no person's: its last word heads bodies (the Attorney's Office, Tesla Inc.) or
     * its first is a place word (South Carolina, the American Legion, US Embassy).
     */
    private static boolean nonPerson(String name) {
      java.util.Locale root = java.util.Locale.ROOT;
      int space = name.indexOf(' ');
      String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(root);
      return Lexicon.NON_PERSON_HEADS.contains(last)
          || space > 0 && Lexicon.TITLE_MODIFIERS.contains(name.substring(0, space).toLowerCase(root))
          || space < 0 && Lexicon.PLACES.contains(last); // Florida, Syria: no one "he" or "she" is
    }

    private final java.util.Map<String, Boolean> lowerCaseUse = new java.util.HashMap<>();

    /**
     * Whether a one-word name is a common word: the article also writes it in lower case and gives
     * it a capital only to open a sentence (Holding a rally, … ¶ … states holding contests). A name
     * that is a word too (Will, Rice) has a capital mid-sentence somewhere (Instead, Will called).
     */
    private boolean usedInLowerCase(String name) {
      if (name.indexOf(' ') >= 0 || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
        return false;
      }
      Boolean known = lowerCaseUse.get(name); // not computeIfAbsent: a lambda's bootstrap costs start-up
      if (known == null) {
        known = wholeWordAt(name.toLowerCase(java.util.Locale.ROOT))
            && !Names.capitalisedMidSentence(text, name, -1);
        lowerCaseUse.put(name, known);
      }
      return known;
    }

    private boolean wholeWordAt(String word) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int end = at + word.length();
        if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Conservatives, Republicans, Palestinians: a one-word name ending in a plural -s that the
     * article never gives as the last word of a fuller name (a person's surname such as Sanders
     * would have been expanded to Bernie Sanders), so a group, and no antecedent for he or she.
     */
    private static boolean pluralGroup(String canonical) {
      return canonical.indexOf(' ') < 0 && canonical.length() > 4 && Lexicon.endsLikePlural(canonical);
    }

    /**
     * {canonical, title} of the last person named before token {@code s} of passage {@code p} (a
     * word the article also gives as a full name), when no reporting verb had a named subject yet:
     * "Roy … he said" is Avik Roy when the article named Avik Roy first.
     */
    private String[] lastNameBefore(int p, int s, boolean person) {
      return lastNameBefore(p, s, person, (char) 0);
    }

    private static char otherSex(char sex) {
      return sex == 'h' ? 's' : 'h';
    }

    /**
     * As {@link #lastNameBefore(int, int, boolean)}, passing over names whose given name says
     * {@code skipSex} ('h' or 's'; 0 passes over none).
     */
    private String[] lastNameBefore(int p, int s, boolean person, char skipSex) {
      for (int q = p; q >= 0; q--) {
        Tokens pt = toks[q];
        for (int k = (q == p ? s : pt.size()) - 1; k >= 0; k--) {
          Tok w = pt.get(k);
          if (!w.isWord() || !w.capitalized()) {
            continue;
          }
          Names.Full full = expand(w.text());
          if (full != null && !(person && (nonPerson(full.name()) || usedInLowerCase(full.name())))
              && (skipSex == 0 || Lexicon.sexOfFirstName(full.name()) != skipSex)) {
            return new String[] {full.name(), full.title()};
          }
        }
      }
      return null;
    }

    private List<String[]> speakers;
    private final List<Integer> speakerPassage = new ArrayList<>();
    private final List<Integer> speakerCue = new ArrayList<>();
    /**
     * Per speaker, worked out once rather than for every pronoun: {@link #NO_PERSON} for a body or
     * a group, {@code 'h'} or {@code 's'} when the given name tells, {@link #SEX_UNKNOWN} else.
     */
    private final StringBuilder speakerSex = new StringBuilder();
    private static final char NO_PERSON = 'x';
    private static final char SEX_UNKNOWN = '?';

    private static char sexOf(String canonical) {
      if (nonPerson(canonical) || pluralGroup(canonical)) {
        return NO_PERSON;
      }
      char sex = Lexicon.sexOfFirstName(canonical);
      return sex == 0 ? SEX_UNKNOWN : sex;
    }

    /** Every named subject of a reporting verb, in document order: the antecedents pronouns can take. */
    private void namedSpeakers() {
      speakers = new ArrayList<>();
      for (int q = 0; q < toks.length; q++) {
        if (headline[q]) {
          continue; // a Title Case headline reads as names that are not ("Media In One Debate")
        }
        Tokens pt = toks[q];
        for (int k = 0; k < pt.size(); k++) {
          Tok w = pt.get(k);
          if (!w.isWord() || !w.in(Lexicon.IN_CUES)) {
            continue;
          }
          int ss = pt.sentStart(pt.sentenceOf(k));
          int[] np = invertedSubject(pt, k);
          if (np == null) {
            np = Grammar.subjectBefore(pt, k, ss);
          }
          if (np == null || np[1] - np[0] == 1 && pt.get(np[0]).pronoun()) {
            continue;
          }
          int[] name = Names.nameIn(pt, np[0], np[1]);
          if (name != null && !openerNotName(pt, name, ss) && !modifierOpening(pt, name, ss)) {
            String[] named = resolveName(pt, name, np[0]);
            speakers.add(named);
            speakerPassage.add(q);
            speakerCue.add(k);
            speakerSex.append(usedInLowerCase(named[0]) ? NO_PERSON : sexOf(named[0]));
          }
        }
      }
    }

    /**
     * The name after a reporting verb that follows a comma or a quote ("Prices rose, too, said Mary
     * Lovely, an economist.", "“…,” said Ana Ruiz, an aide."): the verb's subject, where what comes
     * before it is what was said.
     */
    private static int[] invertedSubject(Tokens t, int cue) {
      Tok verb = t.get(cue);
      if (cue < 1 || !(t.get(cue - 1).is(",") || t.get(cue - 1).isQuote()) || cue + 1 >= t.size()
          || !t.get(cue + 1).capitalized()
          || t.get(cue + 1).in(Lexicon.IN_TIME_NOUNS | Lexicon.IN_MONTHS | Lexicon.IN_PRE_VERB)
          || verb.in(Lexicon.IN_OBJECT_CUES)) {
        return null; // Lang, an aide, said Monday / told CNN: a time or a listener, not a subject
      }
      int end = t.sentEnd(t.sentenceOf(cue));
      int[] np = Grammar.nounPhrase(t, cue + 1, end);
      if (np == null || np[1] < end && !t.get(np[1]).is(",") && !t.get(np[1]).is(".")) {
        return null; // Lang, an aide, said Tom Hale lied: the reported clause's subject
      }
      return Names.nameIn(t, np[0], np[1]) != null ? np : null;
    }

    /** Words that open a sentence but never name anyone (To, At, About, Maybe, Although, Nobody). */
    private static final int FUNCTION_WORDS = Names.LEADING_NON_NAME | Lexicon.IN_QUANTIFIER_LEAD
        | Lexicon.IN_SUBORDINATORS | Lexicon.IN_NOT_SPEAKER;

    /**
     * A lone capital opening the sentence before a lower-case word that is no verb ("Erroneous
     * information passed …", "Harsh comments are …", "Obama administration officials said"): it
     * modifies the subject, which is no one it names.
     */
    private static boolean modifierOpening(Tokens t, int[] name, int sentenceStart) {
      int k = name[0];
      if (name[1] - k != 1 || k != sentenceStart || name[1] >= t.size()) {
        return false;
      }
      Tok next = t.get(name[1]);
      String l = next.lower();
      return next.isWord() && !next.capitalized() && !Lexicon.looksLikeVerb(next)
          && !next.in(Lexicon.IN_PRE_VERB | Lexicon.IN_NP_STOP | Lexicon.IN_CLAUSE_OPENERS)
          && !l.endsWith("self") && !l.endsWith("ly"); // but "Obama said", "Trump himself", "Lang only"
    }

    /**
     * A lone capitalised word opening the sentence that is no name, only capitalised by its place:
     * a function word ("To", "At", "More") or a participle that a preposition or comma follows
     * ("Speaking in Leeds, …", "Speaking Sunday on …", "Based on …", "Continuing, …"); not
     * "Manning said".
     */
    private static boolean openerNotName(Tokens t, int[] name, int sentenceStart) {
      int k = name[0];
      if (name[1] - k != 1 || k != sentenceStart) {
        return false;
      }
      Tok w = t.get(k);
      if (w.in(FUNCTION_WORDS)) {
        return true;
      }
      String lower = w.lower();
      Tok next = k + 1 < t.size() ? t.get(k + 1) : null;
      return (lower.endsWith("ing") || lower.endsWith("ed")) && next != null
          && (next.in(Lexicon.IN_CLAUSE_OPENERS) || next.is(",") || Names.weekday(next));
    }
  }
}
