package org.quotesift.quote;

import org.quotesift.quote.Tokens.Tok;

/**
 * Shallow grammar over a passage's tokens: noun phrases that can name a speaker, and the subject
 * of a reporting verb. Deliberately small: it looks at capitalisation, a few closed word classes
 * and commas, never at a parse tree, so it runs in time linear in the sentence.
 */
final class Grammar {

  private Grammar() {}

  static final java.util.Set<String> BARE_SUBJECTS =
      java.util.Set.of("some", "many", "others", "most", "few", "both", "several", "one", "another", "all");

  /** A speaker noun phrase starting at {@code a} (conjunctions skipped), as {@code [start, end)} token indices, or null. */
  static int[] nounPhrase(Tokens t, int a, int limit) {
    return nounPhrase(t, a, limit, false);
  }

  /**
   * As {@link #nounPhrase(Tokens, int, int)}; {@code lenient} lets the phrase open with any
   * lower-case word (political scientist Christopher Wlezien), for places where only a speaker fits.
   */
  static int[] nounPhrase(Tokens t, int a, int limit, boolean lenient) {
    int k = a;
    while (k < limit && t.get(k).isWord() && t.get(k).in(Lexicon.IN_LEADING_SKIP) && k + 1 < limit) {
      k++;
    }
    if (k >= limit || !t.get(k).isWord()) {
      return null;
    }
    int[] share = share(t, k, k, limit); // Six in 10 voters said
    if (share != null) {
      return share;
    }
    if (k + 1 < limit && t.get(k).in(Lexicon.IN_QUANTIFIER_LEAD)) {
      int q = t.get(k).is("at") || t.get(k).is("more") || t.get(k).is("less") || t.get(k).is("fewer")
          ? k + 2 : k + 1;
      share = q < limit ? share(t, k, q, limit) : null;
      if (share != null) {
        return share; // about three in 10 riders, at least half of residents
      }
      if (q < limit && t.get(q).isWord() && (Character.isDigit(t.get(q).lower().charAt(0))
          || t.get(q).in(Lexicon.IN_DETERMINERS) && !DEFINITE.contains(t.get(q).lower()))) {
        int[] rest = nounPhrase(t, q, limit);
        return rest == null ? null : new int[] {k, rest[1]}; // at least half of residents, about 40 officials
      }
    }
    Tok first = t.get(k);
    String l = first.lower();
    if (first.in(Lexicon.IN_CLAUSE_OPENERS) || l.equals("read")) {
      return null; // From the report: / In an interview: a phrase, not a speaker
    }
    if ((l.equals("one") || l.equals("another")) && (k + 1 >= limit || !t.get(k + 1).isWord())) {
      return new int[] {k, k + 1};
    }
    if (first.pronoun()) {
      return new int[] {k, k + 1};
    }
    if (l.equals("those") && k + 1 < limit && t.get(k + 1).isWord() && looksLikeVerb(t.get(k + 1).lower())
        && (k + 2 >= limit || !t.get(k + 2).isWord() || t.get(k + 2).in(Lexicon.IN_CUES | Lexicon.IN_PRE_VERB))) {
      return new int[] {k, k + 2}; // those surveyed said, those polled also say
    }
    if (first.in(Lexicon.IN_NOT_SPEAKER) && !demonstrativeBeforeRole(t, k, limit)
        || !first.capitalized() && first.in(Lexicon.IN_CUES)) {
      return null;
    }
    boolean det = first.in(Lexicon.IN_DETERMINERS);
    if (!det && first.in(Lexicon.IN_NP_STOP)) {
      return null;
    }
    if (!first.capitalized() && !det && !isRoleOrTitle(first) && !Character.isDigit(l.charAt(0))
        && !(lenient && !Lexicon.looksLikeVerb(first) && !l.endsWith("ly"))) {
      if (!modifiesRole(t, k, limit)) {
        return null;
      }
      int e = k + 2; // city officials, union organizer Tom Hale: the role and a name after it
      while (e < limit && t.get(e).isWord() && !t.get(e).capitalized() && isRoleOrTitle(t.get(e))) {
        e++; // research team head Ana Ruiz: a role of a role
      }
      while (e < limit && t.get(e).isWord() && t.get(e).capitalized() && !t.get(e).possessive()) {
        e++;
      }
      return new int[] {k, e};
    }
    if (det && BARE_SUBJECTS.contains(l) && k + 1 < t.size() && t.get(k + 1).isWord()
        && !t.get(k + 1).capitalized() && t.get(k + 1).in(Lexicon.IN_CUES)) {
      return new int[] {k, k + 1}; // Some chanted “USA!”, Many said …
    }
    int start = k;
    int lowerRun = first.capitalized() && !det ? 0 : 1; // "The email said": a determiner opens a run
    boolean prevCap = first.capitalized() && !det;
    k++;
    int n = 1;
    while (k < limit && n < 10) {
      Tok u = t.get(k);
      if (prevCap && nicknameInName(t, k, limit)) {
        k++; // Marcia “Cia” Price: a nickname inside the name goes on with it
        n++;
        continue;
      }
      if (!u.isWord()) {
        break;
      }
      String w = u.lower();
      if (u.capitalized()) {
        if (u.in(Lexicon.IN_NP_STOP) && !prevCap) {
          break;
        }
        prevCap = true;
        lowerRun = 0;
      } else if (u.in(Lexicon.IN_NP_PREP) && k + 1 < limit && t.get(k + 1).isWord()
          && (t.get(k + 1).capitalized() || t.get(k + 1).in(Lexicon.IN_DETERMINERS))) {
        prevCap = false;
      } else if (lowerRun > 0 && u.in(Lexicon.IN_CUE_BASE_FORMS) && (k + 1 == limit
          || k + 1 < t.size() && t.get(k + 1).isWord() && Lexicon.looksLikeVerb(t.get(k + 1))
          || t.get(k - 1).in(Lexicon.IN_ARTICLES) && (k + 1 >= t.size() || !t.get(k + 1).isWord()))) {
        lowerRun++; // the report said, the statement read, … according to the report.: a noun
      } else if (u.in(Lexicon.IN_NP_STOP) || u.in(Lexicon.IN_CUES) || u.in(Lexicon.IN_PRE_VERB)
          || w.endsWith("ly") && !t.get(k - 1).in(Lexicon.IN_DETERMINERS)) {
        break; // an adverb, but "the rally", "his family": a -ly word after a determiner is a noun
      } else if (prevCap && possessiveRole(u) && !(k + 1 < limit && isRoleOrTitle(t.get(k + 1)))) {
        // the Florida senator’s answer: the phrase ends with the role that owns what follows (but
        // the Jewish state's premier goes on to the person)
        k++;
        break;
      } else if (prevCap && numberAfterMonthOrNo(t, k)) {
        prevCap = false; // a Feb. 3 memo, the No. 2 Democrat: the number goes on with the phrase
        lowerRun = 1;
      } else if (prevCap) {
        if (!isRoleOrTitle(u) && !u.in(Lexicon.IN_DOCUMENTS) && !modifiesRole(t, k, limit)
            && !(k == start + 1 && openerBeforeNoun(t, start, u)) && !adjectiveBeforeNoun(t, start, k)) {
          break; // but "a Utah Department of Parks sign", "the Vidal campaign", "Veteran harbor pilot"
        }
        prevCap = false;
        lowerRun = 1;
      } else {
        boolean adjective = looksLikeVerb(w) && k + 1 < t.size() && t.get(k + 1).isWord()
            && (isRoleOrTitle(t.get(k + 1)) || t.get(k + 1).in(Lexicon.IN_DOCUMENTS));
        if (++lowerRun > 4 || looksLikeVerb(w) && lowerRun > 1 && !adjective) {
          break; // but "the retired judge", "an unnamed official": participles as adjectives
        }
        if (lowerRun > 1 && verbAfterHead(u)) {
          break; // the candidate sent out …: the head's verb
        }
        if (lowerRun > 1 && presentVerbAfterHead(t, k)) {
          break; // the executive talks about …, the news comes at …: the head's verb
        }
      }
      k++;
      n++;
    }
    int end = k;
    while (end > start + 1 && (t.get(end - 1).in(Lexicon.IN_NP_PREP)
        || t.get(end - 1).in(Lexicon.IN_DETERMINERS))) {
      end--;
    }
    if (end == start + 1 && det) {
      return null; // a bare determiner names nobody
    }
    if (end == start + 2 && t.get(start).in(Lexicon.IN_MONTHS) && numberAfterMonthOrNo(t, start + 1)) {
      return null; // March 1: a date names nobody
    }
    return new int[] {start, end};
  }

  /**
   * {@code a German news agency said}, {@code a group of Mexican comedians is}: one capitalised word
   * (not an acronym) after a determiner or a preposition, then the head noun of the phrase, which
   * its verb or a break follows, reads as an adjective of nationality or party before its noun.
   */
  private static boolean adjectiveBeforeNoun(Tokens t, int start, int k) {
    Tok adjective = t.get(k - 1);
    if (k - 2 < start || !adjective.capitalized() || adjective.possessive()
        || adjective.text().length() < 2 || Character.isUpperCase(adjective.text().charAt(1))) {
      return false;
    }
    Tok before = t.get(k - 2);
    if (!before.isWord() || before.capitalized() || !before.in(Lexicon.IN_DETERMINERS | Lexicon.IN_NP_PREP)) {
      return false;
    }
    int head = k;
    if (head + 1 < t.size() && t.get(head + 1).isWord() && !t.get(head + 1).capitalized()
        && !endsPhrase(t.get(head + 1)) && !endsPhrase(t.get(head))) {
      head++; // a German news agency
    }
    Tok noun = t.get(head);
    return !endsPhrase(noun) && !noun.possessive()
        && (head + 1 >= t.size() || !t.get(head + 1).isWord() || verbAfterPhrase(t.get(head + 1)));
  }

  /** Auxiliaries: the sign of a finite verb (forms of "be" are {@link Lexicon#BE}). */
  static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had",
      "will", "would", "could", "can", "may", "might", "should", "must", "does", "do", "did");

  /** A verb (or "who") that can follow the subject phrase it ends: not "familiar with". */
  private static boolean verbAfterPhrase(Tok w) {
    return w.in(Lexicon.IN_CUES | Lexicon.IN_PRE_VERB | Lexicon.IN_IRREGULAR_PAST | Lexicon.IN_BE)
        || looksLikeVerb(w.lower()) || AUXILIARIES.contains(w.lower()) || w.is("who");
  }

  /** A word that cannot be a noun inside a subject phrase: a verb, a cue or a function word. */
  private static boolean endsPhrase(Tok w) {
    String l = w.lower();
    return w.in(Lexicon.IN_CUES | Lexicon.IN_PRE_VERB | Lexicon.IN_IRREGULAR_PAST | Lexicon.IN_NP_STOP
        | Lexicon.IN_BE) || looksLikeVerb(l) || l.endsWith("ing") || l.endsWith("ly");
  }

  /**
   * A short quote ({@code “Cia”}) between a given name or an initial and a capitalised word: a
   * nickname inside a name, which ends no noun phrase.
   */
  static boolean nicknameInName(Tokens t, int k, int limit) {
    return t.get(k).isQuote() && k + 1 < limit && t.get(k).end() - t.get(k).start() <= 16
        && betweenNameParts(t, k);
  }

  /**
   * Whether token {@code k} stands between a given name or an initial and a capitalised word, as a
   * nickname does ({@code Robert “Bob” Lane}, {@code J. “Jay” Ruiz}).
   */
  static boolean betweenNameParts(Tokens t, int k) {
    if (k == 0 || k + 1 >= t.size() || !t.get(k + 1).capitalized() || !t.get(k + 1).isWord()) {
      return false;
    }
    Tok before = t.get(k - 1);
    String b = before.text();
    boolean initial = b.length() == 2 && Character.isUpperCase(b.charAt(0)) && b.charAt(1) == '.';
    // a given name the lexicon does not know (Marcia “Cia” Price) when the quote is one short word
    boolean shortQuote = t.get(k).isQuote() && t.get(k).end() - t.get(k).start() <= 10;
    return initial || before.capitalized() && !before.possessive()
        && (Lexicon.isGivenName(before.lower()) || shortQuote && k >= 2 && nameContext(t.get(k - 2))
            && !before.pronoun() && !before.in(Lexicon.IN_NP_STOP | Lexicon.IN_CUES)
            && !Lexicon.looksLikeVerb(before)); // not a Title Case headline's "Was ‘Mocking’ Clinton"
  }

  /** A title word (Del., Sen.) or a known given name before a first name the lexicon lacks. */
  private static boolean nameContext(Tok w) {
    return w.isWord() && w.capitalized() && (w.in(Lexicon.IN_TITLES) || Lexicon.isGivenName(w.lower()));
  }

  /** A lower-case role or title with a possessive ending ({@code senator’s}, {@code mayor's}). */
  static boolean possessiveRole(Tok w) {
    if (!w.isWord() || w.capitalized() || !w.possessive()) {
      return false;
    }
    String l = w.lower();
    int stem = Lexicon.mask(l.substring(0, Names.possessiveStem(l)));
    return (stem & (Lexicon.IN_ROLE_NOUNS | Lexicon.IN_TITLES)) != 0;
  }

  /** A number after a month or "No." ({@code a Feb. 3 memo}, {@code the No. 2 Democrat}). */
  private static boolean numberAfterMonthOrNo(Tokens t, int k) {
    if (k == 0) {
      return false;
    }
    Tok before = t.get(k - 1);
    return Character.isDigit(t.get(k).lower().charAt(0))
        && (before.in(Lexicon.IN_MONTHS) || before.is("no.") || before.is("nos."));
  }

  /**
   * A capital "Will" or "May" right before a past form ({@code Will described}, {@code May said}) or
   * the -s form of a verb of saying ({@code Will acknowledges}): a modal takes a base form, so this
   * is a first name. Not before an -s form that is as often a plural noun (May claims, May reports).
   */
  private static boolean modalName(Tokens t, int j) {
    Tok m = t.get(j);
    if (!m.capitalized() || !(m.is("will") || m.is("may")) || j + 1 >= t.size()) {
      return false;
    }
    Tok w = t.get(j + 1);
    boolean thirdPerson = Lexicon.endsLikePlural(w.lower()) && w.in(Lexicon.IN_CUES)
        && !w.in(Lexicon.IN_SPEECH_NOUNS | Lexicon.IN_DOCUMENTS);
    return w.isWord() && !w.capitalized() && (looksLikeVerb(w.lower()) || w.in(Lexicon.IN_IRREGULAR_PAST)
        || w.is("said") || thirdPerson);
  }

  /**
   * {@code This official}, {@code Those aides}, {@code That letter}: a demonstrative before a role or
   * document noun determines it (a lower-case "that" is as often a conjunction, so only a capital one).
   */
  private static boolean demonstrativeBeforeRole(Tokens t, int k, int limit) {
    Tok w = t.get(k);
    if (!(w.is("this") || w.is("these") || w.is("those") || w.is("that") && w.capitalized())
        || k + 1 >= limit) {
      return false;
    }
    Tok next = t.get(k + 1);
    return next.isWord() && !next.capitalized() && (isRoleOrTitle(next) || next.in(Lexicon.IN_DOCUMENTS));
  }

  /**
   * Whether the capitalised word at {@code start} opens its sentence and modifies a role or
   * document noun a few words on: "Former royal PR aides", "Law enforcement sources", where the
   * capital is the sentence's, not a name's (but "Manning said", "Lang’s aides", "Lang didn’t").
   */
  private static boolean openerBeforeNoun(Tokens t, int start, Tok next) {
    if (t.sentStart(t.sentenceOf(start)) != start || t.get(start).possessive()) {
      return false;
    }
    // up to three modifiers, then a role or document noun heads the phrase (Law enforcement
    // sources, Former royal PR aides); anything verb-like or a function word first ends it
    for (int k = start + 1; k < t.size() && k <= start + 4; k++) {
      Tok w = t.get(k);
      if (w.isWord() && !w.possessive() && (isRoleOrTitle(w) || w.in(Lexicon.IN_DOCUMENTS))) {
        return true;
      }
      if (!w.isWord() || w.possessive() || Lexicon.looksLikeVerb(w) || w.pronoun()
          || w.in(Lexicon.IN_NP_STOP | Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_SUBORDINATORS
              | Lexicon.IN_DETERMINERS | Lexicon.IN_PRE_VERB)
          || w.lower().indexOf('’') >= 0 || w.lower().indexOf('\'') >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code city officials}, {@code union leaders}: a lower-case noun right before a role noun
   * that ends the phrase's words, modifying it (not a verb: "-ed", "-ing" and irregular pasts are
   * left out, and so are adverbs).
   */
  private static boolean modifiesRole(Tokens t, int k, int limit) {
    Tok w = t.get(k);
    String l = w.lower();
    return k + 1 < limit && t.get(k + 1).isWord() && isRoleOrTitle(t.get(k + 1))
        && !t.get(k + 1).capitalized() && !l.endsWith("ed") && !l.endsWith("ing") && !l.endsWith("ly")
        && !w.in(Lexicon.IN_IRREGULAR_PAST | Lexicon.IN_NP_STOP | Lexicon.IN_PRE_VERB)
        && !w.pronoun();
  }

  /** Determiners no quantity opens with: "over the council's caution" is no "over 40 officials". */
  private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "his", "her", "their",
      "its", "our", "my", "your", "this", "that", "these", "those");

  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten");

  private static boolean number(Tok w) {
    return w.isWord() && (Character.isDigit(w.lower().charAt(0)) || NUMBER_WORDS.contains(w.lower()));
  }

  /**
   * A share of a group opening at {@code q} ({@code four in 10 voters}, {@code half of the voters}),
   * as a phrase from {@code start}; null when there is none. The group after "in 10" may be left
   * out ({@code Roughly three in 10 said}).
   */
  private static int[] share(Tokens t, int start, int q, int limit) {
    if (q + 2 < limit && number(t.get(q)) && t.get(q + 1).is("in") && number(t.get(q + 2))) {
      int[] rest = q + 3 < limit ? nounPhrase(t, q + 3, limit, true) : null;
      return new int[] {start, rest != null && rest[0] == q + 3 ? rest[1] : q + 3};
    }
    if (q + 2 < limit && (t.get(q).is("half") || t.get(q).is("majority")) && t.get(q + 1).is("of")) {
      int[] rest = nounPhrase(t, q + 2, limit, true);
      return rest == null ? null : new int[] {start, rest[1]};
    }
    return null;
  }

  /**
   * Whether {@code u}, after the first word of a noun phrase, is the phrase's verb: an irregular
   * past ({@code the candidate sent out …}, {@code its salvo began …}). Third-person forms are left
   * alone: "the ad uses" and "the party procedures" cannot be told apart by their letters.
   */
  private static boolean verbAfterHead(Tok u) {
    return u.in(Lexicon.IN_IRREGULAR_PAST);
  }

  private static boolean looksLikeVerb(String w) {
    return w.endsWith("ed") && !w.endsWith("eed");
  }

  /**
   * A word in -s that no role or document noun is, followed by a determiner, a pronoun, "to",
   * "that" or "about": the present-tense verb after the head (the executive talks about, the
   * group seeks to, the director makes a), not a plural noun of the phrase.
   */
  private static boolean presentVerbAfterHead(Tokens t, int k) {
    Tok u = t.get(k);
    if (!Lexicon.looksLikeVerb(u) || u.lower().endsWith("ed") || isRoleOrTitle(u)
        || u.in(Lexicon.IN_DOCUMENTS) || k + 1 >= t.size()) {
      return false;
    }
    Tok next = t.get(k + 1);
    // not "of", "with", "in": plurals take them as often (the authors of, clothes with)
    return next.isWord() && !next.capitalized() && (next.pronoun() && !next.is("who") // witnesses who
        || next.in(Lexicon.IN_DETERMINERS | Lexicon.IN_ARTICLES) || next.is("to") || next.is("that")
        || next.is("about"));
  }

  /**
   * A role noun ({@code official}, {@code aides}: a role noun plus "s") or title word, read from
   * the bits the tokenizer set.
   */
  static boolean isRoleOrTitle(Tok w) {
    return w.in(Lexicon.IN_ROLE_NOUNS | Lexicon.IN_TITLES | Lexicon.IN_ROLE_PLURALS);
  }

  /** Whether a token ends the search for a subject: a quote, a clause break or a subordinator. */
  static boolean hardBoundary(Tok t) {
    if (t.isQuote()) {
      return true;
    }
    if (!t.isWord()) {
      String p = t.lower();
      return p.equals(";") || p.equals(":") || p.equals("(") || p.equals(")") || p.equals("—")
          || p.equals("–") || p.equals("―") || p.equals("[") || p.equals("]")
          || p.equals("-"); // a hyphen standing alone is a dash (NEW YORK - Trump said)
    }
    switch (t.lower()) {
      case "that": case "and": case "but": case "as": case "when": case "while": case "because":
      case "if": case "although": case "though":
      case "where": case "whereas": case "so": case "whom": case "unless":
        return true;
      default:
        return false;
    }
  }

  /**
   * The subject of the reporting verb at token {@code cue}, looking no further left than {@code
   * from}: skips adverbs and auxiliaries, appositives ({@code Yoon, the secretary, said}) and
   * relative clauses ({@code the official, who was not identified, added}). Names joined by "and"
   * ({@code Ruiz and Hale said}, {@code Ruiz, Hale, and Lane wrote}) are one subject.
   */
  static int[] subjectBefore(Tokens t, int cue, int from) {
    int[] np = lastSubjectBefore(t, cue, from);
    return np == null ? null : coordinatedRoles(t, coordinatedNames(t, np, from), from);
  }

  /**
   * {@code the former mayor and current candidate said}: a role phrase with no determiner right after
   * "and" goes with the determiner-led phrase before it, one person in two roles; else {@code np}.
   */
  static int[] coordinatedRoles(Tokens t, int[] np, int from) {
    int a = np[0];
    Tok head = t.get(np[1] - 1);
    if (a - 3 < from || !t.get(a - 1).is("and") || t.get(a).capitalized()
        || t.get(a).in(Lexicon.IN_DETERMINERS | Lexicon.IN_ARTICLES) || !isRoleOrTitle(head)
        || head.in(Lexicon.IN_ROLE_PLURALS)
        || !(isRoleOrTitle(t.get(a - 2)) || t.get(a - 2).capitalized())) {
      return np; // but "the body and researchers": two subjects, not one person's two roles
    }
    for (int b = a - 2; b >= from && b >= a - 9; b--) {
      Tok w = t.get(b);
      if (!w.isWord()) {
        return np;
      }
      if (w.in(Lexicon.IN_ARTICLES) && !w.capitalized() || b == from && w.in(Lexicon.IN_ARTICLES)) {
        int[] before = nounPhrase(t, b, a - 1);
        return before != null && before[0] == b && before[1] == a - 1 ? new int[] {b, np[1]} : np;
      }
    }
    return np;
  }

  /**
   * {@code np} widened to the names coordinated with it ({@code Ruiz, Hale and Lane}) when it is a
   * name right after "and" and the part before "and" is a run of capitalised words that opens the
   * stretch or follows a comma; parts before further commas join while they are names too (not "On
   * Monday, Procter and Gamble"). Else {@code np} (Ana met Lane and Hale: "met" is no comma).
   */
  static int[] coordinatedNames(Tokens t, int[] np, int from) {
    int a = np[0];
    if (a - 2 < from || !t.get(a - 1).is("and") || !capitalisedRun(t, a, np[1])) {
      return np;
    }
    int partEnd = t.get(a - 2).is(",") ? a - 2 : a - 1; // Ruiz, Hale, and Lane: the serial comma
    int b = namePartStart(t, partEnd, from);
    if (b < 0 || b > from && !t.get(b - 1).is(",") && t.get(b - 1).isWord()) {
      return np;
    }
    int start = b;
    while (start - 1 > from && t.get(start - 1).is(",")) {
      int before = namePartStart(t, start - 1, from);
      if (before < 0) {
        break; // On Monday, Procter and Gamble: an opening phrase ends the list
      }
      if (before > from && !t.get(before - 1).is(",") && t.get(before - 1).isWord()) {
        return np; // the Council on Energy, Environment and Water: parts of a longer name
      }
      start = before;
    }
    return new int[] {start, np[1]};
  }

  /**
   * {@code np} widened to the names listed after it ({@code said Ruiz, Hale, and Lane}): each part a
   * run of capitalised words, after a comma, "and" or ", and", the last after "and"; else {@code np}.
   */
  static int[] coordinatedNamesAfter(Tokens t, int[] np, int end) {
    if (!capitalisedRun(t, np[0], np[1])) {
      return np;
    }
    int e = np[1];
    int listEnd = -1;
    while (e < end) {
      boolean and = t.get(e).is("and") || t.get(e).is(",") && e + 1 < end && t.get(e + 1).is("and");
      if (!and && !t.get(e).is(",")) {
        break;
      }
      int a = t.get(e).is(",") && and ? e + 2 : e + 1;
      int b = a;
      while (b < end && t.get(b).isWord() && t.get(b).capitalized() && !t.get(b).pronoun()
          && !t.get(b).is("and")) {
        b++;
      }
      if (b == a || !namePart(t, a, b) || t.get(b - 1).possessive()) {
        break;
      }
      if (and) {
        listEnd = b; // the list is whole once a part after "and" closes it
        break;
      }
      e = b;
    }
    return listEnd < 0 ? np : new int[] {np[0], listEnd};
  }

  /** Where the name ending at {@code end} starts, or -1 when the words before it are no name. */
  private static int namePartStart(Tokens t, int end, int from) {
    int b = end;
    while (b - 1 >= from && t.get(b - 1).isWord() && t.get(b - 1).capitalized()
        && !t.get(b - 1).possessive() && !t.get(b - 1).pronoun()) {
      b--;
    }
    return b == end || !namePart(t, b, end) ? -1 : b;
  }

  /**
   * Whether capitalised words {@code [a, e)} can be one name of a list: not an opening phrase (On
   * Monday, In May) and no role after its first word (Research and Advocacy Director).
   */
  private static boolean namePart(Tokens t, int a, int e) {
    if (t.get(a).in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_TIME_NOUNS | Lexicon.IN_MONTHS)) {
      return false;
    }
    for (int k = a + 1; k < e; k++) {
      if (isRoleOrTitle(t.get(k)) || t.get(k).in(Lexicon.IN_TIME_NOUNS | Lexicon.IN_MONTHS)) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalisedRun(Tokens t, int a, int e) {
    for (int k = a; k < e; k++) {
      if (!t.get(k).isWord() || !t.get(k).capitalized() || t.get(k).pronoun()) {
        return false;
      }
    }
    return e > a;
  }

  private static int[] lastSubjectBefore(Tokens t, int cue, int from) {
    int j = cue - 1;
    while (j >= from && t.get(j).isWord() && (skippable(t.get(j)) || floatingQuantifier(t, j))) {
      if (j == cue - 1 && modalName(t, j)) {
        return new int[] {j, j + 1}; // In his column, Will described …
      }
      j--;
    }
    if (j < from) {
      return null;
    }
    j = skipBracketed(t, j, from);
    if (j < from) {
      return null;
    }
    Tok last = t.get(j);
    if (last.isWord() && (last.is("that") && j > from && t.get(j - 1).isWord()
        && !t.get(j - 1).in(Lexicon.IN_CUES) || last.is("which"))) {
      return new int[] {j, j + 1}; // a message that said …, the report, which notes …, — which read
    }
    if (last.isWord() && last.pronoun() && !last.is("it") && !last.is("you")) {
      return new int[] {j, j + 1}; // … who earlier said, Reyes, who he derided as …: the pronoun at the verb
    }
    if (last.isWord() && (last.is("and") || last.is("but") || last.is("or"))) {
      // coordinated verbs (… held an audition and asked …): the subject of the whole clause
      int[] sub = Lexicon.isParticiple(t.get(cue).lower()) ? null : subordinateSubject(t, j, from);
      if (sub != null) {
        return sub;
      }
      int[] np = clauseSubject(t, j, from);
      if (np != null && np[1] == j) {
        // … visited Laredo, Texas and explained: a phrase running up to "and" is a list item
        // or a place, not a clause's subject; take the sentence's
        int[] main = mainSubject(t, j, from);
        return main != null ? main : np;
      }
      return np;
    }
    boolean direct = true;
    int segEnd = j + 1;
    if (last.lower().equals(",")) {
      direct = false;
      segEnd = j;
    }
    while (true) {
      if (!direct && segEnd - 1 >= from) {
        segEnd = skipBracketed(t, segEnd - 1, from) + 1; // Sen. Ana Moss (D-Ore.), who …, said
      }
      int a = segEnd - 1;
      while (a >= from && !t.get(a).lower().equals(",")
          && !(direct ? hardBoundary(t.get(a)) : hardBoundary(t.get(a)) && !t.get(a).isWord())) {
        a--;
      }
      int segStart = a + 1;
      boolean commaBefore = a >= from && t.get(a).lower().equals(",");
      if (segStart >= segEnd) {
        if (commaBefore) {
          segEnd = a;
          continue;
        }
        return null;
      }
      if (!direct && commaBefore && parenthetical(t, segStart, segEnd, a, from)) {
        int[] located = placeAfterPlace(t, segStart, segEnd, a, from) ? locatedSubject(t, a, from) : null;
        if (located != null) {
          return located;
        }
        segEnd = a;
        continue;
      }
      int[] np = direct ? nameAtVerb(t, segStart, segEnd) : null;
      if (np == null && direct && segEnd - segStart >= 3) {
        // at which point the fans chanted, to whom the mayor wrote: the phrase after the relative
        for (int w = segStart + 1; w < segStart + 3 && w < segEnd - 1; w++) {
          if (t.get(w).is("which") || t.get(w).is("whom")) {
            int[] after = nounPhrase(t, w + 1, segEnd);
            if (after == null && w + 2 < segEnd) {
              after = nounPhrase(t, w + 2, segEnd); // at which point the fans: past "point"
            }
            if (after != null && after[1] == segEnd) {
              return after;
            }
          }
        }
      }
      if (np == null && direct && segEnd - segStart >= 2 && relativeOrThat(t.get(segStart))) {
        // the plan, which an audit said was …; Bannon, who Beck called …: the phrase after it
        int[] after = nounPhrase(t, segStart + 1, segEnd);
        if (after != null && after[1] == segEnd - 1 && t.get(after[0]).in(Lexicon.IN_DETERMINERS)
            && !t.get(segEnd - 1).capitalized() && !looksLikeVerb(t.get(segEnd - 1).lower())) {
          after = new int[] {after[0], segEnd}; // an FBI audit: the noun after the name is the head
        }
        if (after != null && after[1] == segEnd) {
          return after;
        }
      }
      if (np == null && direct) {
        // a small fine after the coach had written …, a job before its chief boasted …, that is why
        // critics say …: the phrase after the last subordinator that runs up to the verb (not
        // "what": in "X denounced what it calls …" the source is as often X)
        for (int w = segEnd - 2; w > segStart; w--) {
          Tok u = t.get(w);
          if (u.isWord() && (u.in(Lexicon.IN_SUBORDINATORS) && !u.is("as") || u.is("whom")
              || u.is("whether") || u.is("why") || u.is("how"))) {
            int[] after = nounPhrase(t, w + 1, segEnd);
            if (after != null && after[0] == w + 1 && after[1] == segEnd) {
              np = after;
            }
            break;
          }
        }
      }
      if (np == null) {
        // It was in May that Ana, who …, said: the subject is in the last clause of the stretch
        np = nounPhrase(t, direct ? segStart : afterLastSubordinator(t, segStart, segEnd), segEnd);
        if (!direct && (np == null || np[1] < segEnd)) {
          // … mend the port’s “leaky” budget and he, as ever, pledged: the subject is the
          // name or pronoun right before the comma, not a phrase earlier in the stretch
          int[] atComma = nameRightBefore(t, segStart, segEnd);
          if (atComma != null && (np == null ? t.get(atComma[0]).pronoun() : atComma[0] > np[0]
              && (t.get(atComma[0]).pronoun() || !hasCapital(t, np[0], np[1])))) {
            np = atComma;
          }
        }
      }
      if (np == null && direct) {
        np = nameRightBefore(t, segStart, segEnd);
      }
      if (np == null && !direct && t.get(segStart).in(Lexicon.IN_SUBORDINATORS) && segEnd - segStart >= 2) {
        // As Ana Ruiz, the port chief, put it: a name after the subordinator, up to the appositive
        int[] after = nounPhrase(t, segStart + 1, segEnd);
        np = after != null && after[1] == segEnd && t.get(after[0]).capitalized() ? after : null;
      }
      if (np == null && !direct && t.get(segStart).in(Lexicon.IN_CLAUSE_OPENERS) && commaBefore) {
        segEnd = a;
        continue;
      }
      if (np == null && a >= from && t.get(a).isWord() && (t.get(a).is("and") || t.get(a).is("but"))) {
        return clauseSubject(t, a, from); // … but now said: the subject of the first conjunct
      }
      return np;
    }
  }

  /**
   * {@code … ended early when Ortiz praised X and described Y}: the subject right after the
   * nearest subordinator before the "and" at {@code and}, when a verb follows it there; else null.
   * The search stops at a comma or other punctuation (after X fell ill, Ana wrote … and said) and
   * at an earlier "and"/"but"; "as" and "given" are mostly prepositions. "that" counts ({@code so
   * loved that Ortiz on Sunday thanked them and called …}), and so do "which" and "whom" opening a
   * relative clause with its own subject ({@code the dam, which Lang called a relic and vowed …}).
   */
  private static int[] subordinateSubject(Tokens t, int and, int from) {
    for (int i = and - 1; i > from; i--) {
      Tok w = t.get(i);
      if (!w.isWord() && !w.isQuote() || w.is("and") || w.is("but")) {
        return null;
      }
      if (w.isWord() && (w.in(Lexicon.IN_SUBORDINATORS) || w.is("that") || w.is("which") || w.is("whom"))
          && !w.is("as") && !w.is("given")) {
        int[] np = nounPhrase(t, i + 1, and);
        return np != null && np[1] < and && t.get(np[1]).isWord() ? np : null;
      }
    }
    return null;
  }

  /**
   * A one- or two-word capitalised stretch after "in/of/from/at Place," ({@code in Columbus, Ohio,},
   * {@code of Flint, Mich.,}): the second half of a place name, not a subject.
   */
  private static boolean placeAfterPlace(Tokens t, int s, int e, int comma, int from) {
    if (e - s > 2 || comma <= from || !t.get(comma).is(",") || e <= s) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (!t.get(k).isWord() || !t.get(k).capitalized()) {
        return false;
      }
    }
    int a = comma - 1;
    while (a > from && t.get(a).isWord() && t.get(a).capitalized()) {
      a--;
    }
    Tok prep = t.get(a);
    return a < comma - 1 && prep.isWord() && (prep.is("in") || prep.is("of") || prep.is("from")
        || prep.is("at") || prep.is("near"));
  }

  /**
   * {@code after a woman in Dayton, Ohio, told him}: the common noun phrase a place ending at the
   * comma {@code comma} belongs to, when a subordinator opens it ({@code a woman in Dayton}); else
   * null (in "Vidal, at a picnic in Toledo, Ohio, said" the name before the commas speaks).
   */
  private static int[] locatedSubject(Tokens t, int comma, int from) {
    int prep = comma - 1;
    while (prep > from && t.get(prep).isWord() && t.get(prep).capitalized()) {
      prep--;
    }
    for (int s = prep - 1; s > from && s >= prep - 6; s--) {
      Tok before = t.get(s - 1);
      if (before.isWord() && before.in(Lexicon.IN_SUBORDINATORS) && !before.is("as")) {
        int[] np = nounPhrase(t, s, prep);
        return np != null && np[0] == s && np[1] == prep && !t.get(s).capitalized()
            ? new int[] {s, comma} : null;
      }
      if (!t.get(s).isWord()) {
        return null;
      }
    }
    return null;
  }

  private static boolean relativeOrThat(Tok w) {
    return w.is("which") || w.is("who") || w.is("whom") || w.is("that");
  }

  /**
   * The start of the last clause in {@code [from, to)}: the token after its last subordinator
   * ({@code that}, {@code when}, …; not {@code and}/{@code but}, which join names as well as
   * clauses, nor {@code as}, mostly a preposition), or {@code from} when there is none or nothing
   * follows it.
   */
  private static int afterLastSubordinator(Tokens t, int from, int to) {
    for (int i = to - 2; i >= from; i--) {
      Tok w = t.get(i);
      if (w.isWord() && hardBoundary(w) && !w.is("and") && !w.is("but") && !w.is("as")) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean hasCapital(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).capitalized()) {
        return true;
      }
    }
    return false;
  }

  /** Steps back over {@code (D-MA)} or {@code — a baker from Elm Grove —} ending at {@code j}. */
  private static int skipBracketed(Tokens t, int j, int from) {
    Tok last = t.get(j);
    if (last.isWord() || last.isQuote()) {
      return j;
    }
    String close = last.lower();
    String open = close.equals(")") ? "(" : close.equals("—") || close.equals("–") ? close : null;
    if (open == null) {
      return j;
    }
    for (int a = j - 1; a >= from && a >= j - 20; a--) {
      Tok u = t.get(a);
      if (u.isQuote()) {
        return j;
      }
      if (!u.isWord() && u.lower().equals(open)) {
        int b = a - 1;
        while (b >= from && t.get(b).isWord() && skippable(t.get(b))) {
          b--;
        }
        return b >= from && t.get(b).isWord() ? b : j;
      }
    }
    return j;
  }

  /**
   * The subject of the main clause of a sentence, for participles that hang off it ({@code Reyes
   * went after Lang, calling her …}): the first noun phrase, after introductory phrases, that is
   * followed by more words in its comma-delimited stretch.
   */
  static int[] mainSubject(Tokens t, int end, int from) {
    int segStart = from;
    while (segStart < end) {
      int segEnd = segStart;
      while (segEnd < end && !t.get(segEnd).lower().equals(",") && !t.get(segEnd).isQuote()
          && !t.get(segEnd).is("—") && !t.get(segEnd).is("(") && !t.get(segEnd).is(")")) {
        segEnd++;
      }
      if (segEnd > segStart) {
        Tok f = t.get(segStart);
        String l = f.lower();
        boolean intro = f.in(Lexicon.IN_CLAUSE_OPENERS) || l.endsWith("ing") && f.capitalized()
            || f.in(Lexicon.IN_MONTHS) || segEnd - segStart == 1 && f.text().length() > 2
                && f.text().equals(f.text().toUpperCase(java.util.Locale.ROOT)) // WASHINGTON —
            || l.endsWith("ed") && f.capitalized() || l.equals("who") || l.equals("which")
            || t.get(segEnd - 1).in(Lexicon.IN_TIME_NOUNS); // Last month, …
        if (!intro) {
          int[] np = nounPhrase(t, segStart, segEnd);
          if (np != null && np[1] < segEnd && !t.get(np[1] - 1).in(Lexicon.IN_TIME_NOUNS)) {
            return np; // not "a few days" in "Then a few days later, Reyes changed course"
          }
          if (np != null && np[1] == segEnd && np[0] == segStart && t.get(np[0]).capitalized()
              && appositiveFollows(t, segEnd, end)) {
            return np; // Ray Moss, R-Ky., sent … / Dana Bell, who …, has said
          }
        }
      }
      segStart = segEnd + 1;
    }
    return null;
  }

  /**
   * Whether a comma at {@code comma} opens a party tag, an age or a who-clause ({@code , R-Ky.,},
   * {@code , 34,}, {@code , who …}).
   */
  private static boolean appositiveFollows(Tokens t, int comma, int end) {
    if (comma + 1 >= end || !t.get(comma).is(",")) {
      return false;
    }
    Tok next = t.get(comma + 1);
    return next.isWord() && (partyTag(next.lower()) || next.is("who")
        || Character.isDigit(next.lower().charAt(0)) && comma + 2 < end && t.get(comma + 2).is(","));
  }

  /** The noun phrase that ends right before token {@code end} (Republican pollster Daron Shaw: “…”). */
  static int[] nounPhraseEndingAt(Tokens t, int end, int from) {
    int a = end;
    while (a - 1 >= from && t.get(a - 1).isWord()) {
      Tok u = t.get(a - 1);
      if (!(u.capitalized() || isRoleOrTitle(u) || u.in(Lexicon.IN_NP_PREP)
          || u.in(Lexicon.IN_DOCUMENTS))) {
        break;
      }
      a--;
    }
    while (a < end && (!t.get(a).capitalized() && !isRoleOrTitle(t.get(a))
        && !t.get(a).in(Lexicon.IN_DOCUMENTS) || t.get(a).in(Lexicon.IN_CLAUSE_OPENERS))) {
      a++;
    }
    if (a >= end) {
      int k = end - 1;
      return k >= from && t.get(k).pronoun() ? new int[] {k, k + 1} : null;
    }
    if (a > from && t.get(a - 1).isWord() && t.get(a - 1).in(Lexicon.IN_DETERMINERS)) {
      a--;
    }
    return new int[] {a, end};
  }

  /**
   * {@code The Gazette and the Post each called …}, {@code the aides both said}: "each", "both" or
   * "all" after a name or a plural noun goes with the subject before it, not with a noun after it.
   */
  static boolean floatingQuantifier(Tokens t, int j) {
    Tok w = t.get(j);
    if (!(w.is("each") || w.is("both") || w.is("all")) || j == 0) {
      return false;
    }
    Tok before = t.get(j - 1);
    return before.isWord() && !before.in(Lexicon.IN_NP_STOP | Lexicon.IN_DETERMINERS | Lexicon.IN_PRE_VERB)
        && (before.capitalized() && !before.pronoun() || Lexicon.endsLikePlural(before.lower()));
  }

  private static boolean skippable(Tok w) {
    String l = w.lower();
    return w.in(Lexicon.IN_PRE_VERB) || l.endsWith("ly") && l.length() > 4 && !w.capitalized();
  }

  /**
   * A name written right before the verb, after some other opening words ({@code Saturday at the
   * convention Sen. Elizabeth Warren said}); null when the segment has a relative clause ({@code an
   * official who accompanied Pompeo said}) or the name is a prepositional object ({@code the
   * president of Mexico said}).
   */
  private static int[] nameAtVerb(Tokens t, int from, int end) {
    int k = end - 1;
    if (k <= from || !t.get(k).capitalized() || !t.get(from).isWord()) {
      return null;
    }
    int s = k;
    while (s - 1 >= from && t.get(s - 1).capitalized() && !t.get(s - 1).possessive()) {
      s--;
    }
    if (s == from) {
      return null; // the whole segment is the name: nounPhrase handles it
    }
    for (int i = from; i < s; i++) {
      String l = t.get(i).lower();
      if (l.equals("who") || l.equals("which") || l.equals("that") || l.equals("whose")) {
        return null;
      }
    }
    Tok before = t.get(s - 1);
    if (numberAfterMonthOrNo(t, s - 1)) {
      return null; // the No. 2 Democrat said: one phrase, which nounPhrase takes whole
    }
    if (!before.isWord() || before.in(Lexicon.IN_NP_PREP) || before.is("in") || before.is("by")
        || before.is("with") || before.is("to") || before.in(Lexicon.IN_DETERMINERS)
        || before.possessive() || isRoleOrTitle(before)) {
      return null;
    }
    return new int[] {s, k + 1};
  }

  /** A name or pronoun ending right at {@code end}: for segments that open with a phrase (In 2015 Trump said). */
  private static int[] nameRightBefore(Tokens t, int from, int end) {
    int k = end - 1;
    if (k < from) {
      return null;
    }
    if (t.get(k).pronoun()) {
      return new int[] {k, k + 1};
    }
    int s = k + 1;
    while (s - 1 >= from && t.get(s - 1).capitalized()) {
      s--;
    }
    while (s < k && (t.get(s).in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_SUBORDINATORS)
        || t.get(s).is("what") || t.get(s).is("whatever"))) {
      // After Tom Reyes announced …, What Hale called …: the opener is not part of the name (but
      // "From said")
      s++;
    }
    if (s == k && t.get(s).in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_SUBORDINATORS)
        && end < t.size() && Lexicon.isParticiple(t.get(end).lower())) {
      return null; // After blasting …, In declaring …: the opener of a participle
    }
    return s <= k ? new int[] {s, k + 1} : null;
  }

  private static boolean parenthetical(Tokens t, int s, int e, int comma, int from) {
    Tok f = t.get(s);
    String l = f.lower();
    if (l.equals("who") || l.equals("whom") || l.equals("whose") || l.equals("which") || l.equals("where")) {
      // but "his players, who, after the match, thanked": a relative standing alone before a comma is
      // the verb's subject
      return e - s > 1 || !(l.equals("who") || l.equals("which"));
    }
    if (Character.isDigit(l.charAt(0)) || partyTag(l) && e - s <= 2
        || e - s == 1 && NAME_SUFFIXES.contains(l)) {
      return true; // Ana Vidal, R-Ore., / Dräger, Inc., / Tom Hale, Jr.,
    }
    if (f.capitalized() && (isRoleOrTitle(f) || allCapitalisedEndingInRole(t, s, e))
        && bareNameBefore(t, comma, from)) {
      // Ana Vidal, Senior Vice President of Sales for Acme, says / Rob Hale, President Acme
      // Europe, says: a Title Case appositive
      return true;
    }
    boolean allAdverbs = true;
    for (int k = s; k < e; k++) {
      if (!t.get(k).isWord() || !skippable(t.get(k))) {
        allAdverbs = false;
        break;
      }
    }
    if (allAdverbs) {
      return true;
    }
    boolean prevSegment = comma > from && !hardBoundary(t.get(comma - 1));
    if (!prevSegment) {
      return false;
    }
    if (f.isWord() && !f.capitalized() && !f.pronoun() && t.get(comma - 1).capitalized()) {
      return true; // Ana Vidal, dressed in a green coat …, said: a phrase hanging off a name
    }
    if (placeAfterPlace(t, s, e, comma, from)) {
      return true; // Vidal, at a picnic in Toledo, Ohio, said
    }
    return f.in(Lexicon.IN_DETERMINERS) || l.endsWith("ing") || f.in(Lexicon.IN_PARENTHETICAL)
        || f.isWord() && !f.capitalized() && l.endsWith("ed")
        || f.isWord() && !f.capitalized() && isRoleOrTitle(f) || l.equals("according");
  }

  /** What follows a name after a comma without being a phrase of its own. */
  private static final java.util.Set<String> NAME_SUFFIXES =
      java.util.Set.of("inc.", "inc", "ltd.", "ltd", "llc", "corp.", "co.", "plc", "jr.", "sr.");

  /** George Washington University Law Professor: capitalised words up to a role noun. */
  private static boolean allCapitalisedEndingInRole(Tokens t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!t.get(k).isWord() || !t.get(k).capitalized()) {
        return false;
      }
    }
    return e - s >= 2 && t.get(e - 1).in(Lexicon.IN_ROLE_NOUNS);
  }

  /**
   * Whether the words before the comma at {@code comma} are a bare name opening the clause (two to
   * four capitalised words after a boundary): "Ana Vidal, Senior Vice President …", not "In
   * Washington, Secretary of State Ana Vidal said", where the phrase after the comma is the subject.
   */
  private static boolean bareNameBefore(Tokens t, int comma, int from) {
    int k = comma - 1;
    while (k >= from && t.get(k).isWord() && t.get(k).capitalized()
        && !t.get(k).in(Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_TITLES)) {
      k--;
    }
    int words = comma - 1 - k;
    return words >= 2 && words <= 4 && (k < from || !t.get(k).isWord());
  }

  /** R-S.C., D-Calif.: a party and state tag after a politician's name. */
  static boolean partyTag(String l) {
    return l.length() > 2 && l.charAt(1) == '-' && "rdi".indexOf(l.charAt(0)) >= 0;
  }

  /** The subject of the clause holding token {@code at}: the first noun phrase after its opener. */
  static int[] clauseSubject(Tokens t, int at, int from) {
    int segEnd = at;
    while (true) {
      int a = segEnd - 1;
      while (a >= from && !t.get(a).lower().equals(",") && !hardBoundaryForClause(t.get(a))) {
        a--;
      }
      int segStart = a + 1;
      boolean relative = segStart < segEnd && a >= from && segEnd < at
          && (t.get(segStart).is("who") || t.get(segStart).is("which") || t.get(segStart).is("whose"));
      boolean place = a >= from && segEnd < t.size() && t.get(segEnd).is(",")
          && placeAfterPlace(t, segStart, segEnd, a, from);
      if (segStart < segEnd && !relative && !place) {
        // Sanders, who was absent, has toned down …: not "who"; in San Bernardino, California, …
        int[] np = nounPhrase(t, segStart, segEnd);
        if (np == null && t.get(segStart).in(Lexicon.IN_CLAUSE_OPENERS)) {
          np = subjectAfterOpener(t, segStart, segEnd);
        }
        if (np != null && !appositive(t, np, a, segEnd, from)) {
          return np;
        }
      }
      if (a >= from) {
        segEnd = a;
        continue;
      }
      return null;
    }
  }

  /**
   * Whether the noun phrase {@code np} fills a whole stretch set off by commas after another word
   * ({@code she vented to her brother, Tom Baker, that …}): an appositive names what comes before
   * it, so the clause's subject is further left.
   */
  private static boolean appositive(Tokens t, int[] np, int comma, int segEnd, int from) {
    if (!(np[0] == comma + 1 && np[1] == segEnd && segEnd < t.size() && t.get(segEnd).is(",")
        && comma - 1 >= from)) {
      return false;
    }
    Tok noun = t.get(comma - 1); // her husband, Tom Baker: a common noun, then the name it is
    if (!noun.isWord() || noun.capitalized() || noun.pronoun() || !t.get(np[0]).capitalized()) {
      return false; // Suu Kyi, 70, / Rep. Reid Ribble, who …
    }
    int a = comma - 1;
    while (a > from && !t.get(a - 1).is(",") && !hardBoundaryForClause(t.get(a - 1))) {
      a--;
    }
    return !t.get(a).in(Lexicon.IN_CLAUSE_OPENERS); // In the call, Rep. Reid Ribble, …: the subject
  }

  /**
   * Since Trump and Kim agreed …: the first name or pronoun after a subordinator; in which Lang
   * said …: the one after a preposition and "which" or "whom".
   */
  private static int[] subjectAfterOpener(Tokens t, int s, int e) {
    String l = t.get(s).lower();
    if (s + 2 < e && (t.get(s + 1).is("which") || t.get(s + 1).is("whom"))) {
      return nounPhrase(t, s + 2, e); // in which Lang voiced …, during which the mayor said …
    }
    if ((l.equals("on") || l.equals("in")) && s + 2 < e
        && (t.get(s + 1).in(Lexicon.IN_MONTHS) || Names.weekday(t.get(s + 1)))) {
      // On May 4 the panel ruled …, In March its members said …: a date, then the subject
      int q = s + 2;
      while (q < e && (Character.isDigit(t.get(q).lower().charAt(0)) || t.get(q).in(Lexicon.IN_TIME_NOUNS))) {
        q++;
      }
      return q < e ? nounPhrase(t, q, e) : null;
    }
    if (!(l.equals("since") || l.equals("although") || l.equals("though") || l.equals("while")
        || l.equals("when") || l.equals("if") || l.equals("because") || l.equals("after")
        || l.equals("before") || l.equals("as") || l.equals("once") || l.equals("until"))) {
      return null;
    }
    return nounPhrase(t, s + 1, e);
  }

  private static boolean hardBoundaryForClause(Tok t) {
    if (t.isQuote()) {
      return false;
    }
    if (!t.isWord()) {
      return hardBoundary(t);
    }
    return t.is("but") || t.is("while") || t.is("whereas") || t.is("because") || t.is("though")
        || t.is("although");
  }
}
