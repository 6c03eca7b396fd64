package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import org.quotesift.quote.Tokens.Tok;

/**
 * The names an article uses, for resolving short mentions ({@code Kim}, {@code President Moon}) to
 * the fullest form the article gives ({@code Kim Jong-un}, {@code Moon Jae-in}).
 */
final class Names {

  /** A multi-word name, the title words written right before it, and where it stands in the text. */
  record Full(String[] words, String name, String title, int at) {}

  private final List<Full> fulls = new ArrayList<>();
  /** One-word names with a title (Mayor Lang): never expanded to, but they make titles ambiguous. */
  private final List<Full> titledSingles = new ArrayList<>();

  Names(Tokens[] passages) {
    for (Tokens t : passages) {
      int k = 0;
      while (k < t.size()) {
        if (!t.get(k).capitalized() || weekday(t.get(k))) {
          k++;
          continue;
        }
        int s = k;
        while (k < t.size() && (t.get(k).capitalized() && !t.get(k).possessive() && !weekday(t.get(k))
            || ofInTitle(t, k) || k > s && Grammar.nicknameInName(t, k, t.size()))) {
          k++;
        }
        if (k < t.size() && t.get(k).possessive() && t.get(k).capitalized()) {
          if (s > t.sentStart(t.sentenceOf(s))) {
            // a possessive ends the run: "… of Ana Vidal’s aides" names Ana Vidal; not at a sentence
            // start, where a capitalised opener would join it ("Despite Ana Vidal’s …")
            add(t, s, k + 1, true);
          }
          k++;
          continue;
        }
        add(t, s, k, false);
      }
    }
  }

  /** Lexicon sets of words capitalised only by opening a sentence or a headline (The, For, Maybe). */
  static final int LEADING_NON_NAME = Lexicon.IN_DETERMINERS | Lexicon.IN_NP_STOP
      | Lexicon.IN_CLAUSE_OPENERS | Lexicon.IN_LEADING_SKIP;

  /** Indexes the name in {@code [s, e)}; with {@code possessiveLast}, its last word without 's. */
  private void add(Tokens t, int s, int e, boolean possessiveLast) {
    // capitalised by the sentence or the headline, not by the name: The, For, Maybe, After, and a
    // reporting verb opening the sentence (Tweeted Trump: “…”; not a weak one: Hope Hicks)
    while (s < e && (t.get(s).in(LEADING_NON_NAME) || t.get(s).in(Lexicon.IN_CUES)
        && !t.get(s).in(Lexicon.IN_WEAK_CUES) && s == t.sentStart(t.sentenceOf(s)))) {
      s++;
    }
    int ts = s;
    int run = s;
    while (run < e && t.get(run).in(Lexicon.IN_TITLES)) {
      run++;
      if (!modifierOnly(t.get(run - 1))) {
        s = run; // up to the last head of the run: American Legion and South China Sea keep theirs
      }
      if (run < e && ofInTitle(t, run)) {
        s = run = afterOfPhrase(t, run, e);
      }
    }
    int lastTitle = lastTitleWord(t, s, e);
    if (lastTitle >= 0) {
      s = lastTitle + 1; // Transport Minister Grace Okafor: the name starts after the last title word
    }
    if (e - s >= 2 && t.get(e - 2).in(Lexicon.IN_TITLES) && personTitleWord(t.get(e - 2))) {
      s = e - 1; // Ohio Gov. Lang, For Mr. Lang: one name after a person's title, a titled single
    }
    if (e - s == 1 && s > ts) {
      String one = word(t, s, possessiveLast && s == e - 1);
      titledSingles.add(new Full(new String[] {one}, one, join(t, ts, s), t.get(s).start()));
      return;
    }
    if (e - s < 2 || e - s > 4 || hasFunctionWord(t, s, e)) {
      return; // a Title Case headline ("Kremlin To Release …") is not a name
    }
    List<String> named = new ArrayList<>(e - s);
    for (int i = s; i < e; i++) {
      if (!t.get(i).isQuote()) { // Robert “Bobby” Lane is Robert Lane
        named.add(word(t, i, possessiveLast && i == e - 1));
      }
    }
    String[] words = named.toArray(new String[0]);
    String title = s > ts ? join(t, ts, s) : null;
    fulls.add(new Full(words, String.join(" ", words), title, t.get(s).start()));
  }

  /**
   * The last title word in the name run {@code [s, e)} that leaves two or more words after it
   * ({@code Ohio Gov. Ruth Lang}, {@code NATO Secretary General Per Holm}), or -1: where a full
   * name starts, for this index and for the speakers resolved against it.
   */
  static int lastTitleWord(Tokens t, int s, int e) {
    for (int i = e - 3; i >= s; i--) {
      if (t.get(i).in(Lexicon.IN_TITLES) && !modifierOnly(t.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A title word of place that only modifies a title after it (South, American, U.S.): no title on
   * its own, so "the American Legion" and "South China Sea" are names, while in "German Chancellor
   * Eva Brandt" it is part of the title.
   */
  static boolean modifierOnly(Tok w) {
    return Lexicon.TITLE_MODIFIERS.contains(w.lower());
  }

  /**
   * Sen., Mr., Governor: as a title word, one only a person has; not White House, State,
   * Democratic, nor a body's head such as Committee.
   */
  static boolean personTitleWord(Tok w) {
    return w.text().endsWith(".")
        || w.in(Lexicon.IN_ROLE_NOUNS) && !Lexicon.NON_PERSON_HEADS.contains(w.lower());
  }

  private static String word(Tokens t, int i, boolean possessive) {
    String w = t.get(i).text();
    return possessive ? w.substring(0, possessiveStem(w)) : w;
  }

  private static boolean hasFunctionWord(Tokens t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Lexicon.NP_STOP.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static String join(Tokens t, int s, int e) {
    StringBuilder b = new StringBuilder();
    for (int i = s; i < e; i++) {
      if (i > s) {
        b.append(' ');
      }
      b.append(t.get(i).text());
    }
    return b.toString();
  }

  /**
   * Where the name starts after the "of" of a title ({@code Secretary of State Ann Roe}, {@code
   * Director of National Intelligence Tom Hale}): past "of" and the word after it, then past
   * words that are no given name while two or more words are left, so that neither "of State Roe"
   * nor "Intelligence Tom Hale" is taken for a person's name.
   */
  private static int afterOfPhrase(Tokens t, int of, int e) {
    int k = Math.min(of + 2, e);
    while (e - k > 2 && !Lexicon.isGivenName(t.get(k).lower())) {
      k++;
    }
    return k;
  }

  /** The "of" in Secretary of State: joins two title words. */
  static boolean ofInTitle(Tokens t, int k) {
    return t.get(k).is("of") && k > 0 && k + 1 < t.size() && t.get(k - 1).in(Lexicon.IN_TITLES)
        && t.get(k + 1).capitalized();
  }

  /** Whether a word ends in ’s, 's, `s or s’; asked of every capitalised word, so by hand. */
  static boolean possessive(String w) {
    int n = w.length();
    if (n < 2) {
      return false;
    }
    char last = w.charAt(n - 1);
    char prev = w.charAt(n - 2);
    return last == 's' && (prev == '’' || prev == '\'' || prev == '`') || last == '’' && prev == 's';
  }

  /** The length of a {@link #possessive} word without its ending: Hale's → 4, voters’ → 6. */
  static int possessiveStem(String w) {
    return w.length() - (w.endsWith("s") ? 2 : 1);
  }

  /**
   * Whether {@code word} stands somewhere in {@code text} as a whole word with a capital that does
   * not just open a sentence (past spaces and quote marks, no sentence end, colon, dash or bracket
   * before it); the occurrence at {@code except} is not counted (-1: every one is).
   */
  static boolean capitalisedMidSentence(String text, String word, int except) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if (at == except || end < text.length() && Character.isLetter(text.charAt(end))
          || at > 0 && Character.isLetter(text.charAt(at - 1))) {
        continue;
      }
      int b = at - 1;
      while (b >= 0 && (text.charAt(b) == ' ' || Chars.isQuoteMark(text.charAt(b)))) {
        b--;
      }
      if (b >= 0 && ".!?\n:—–-(".indexOf(text.charAt(b)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> SUFFIXES = java.util.Set.of("Jr.", "Sr.", "Jr", "Sr",
      "II", "III", "IV");

  /** The surname of a full name: its last word, or the one before a suffix (James Kennedy Jr.). */
  private static String lastName(String[] words) {
    int last = words.length - 1;
    return last > 1 && SUFFIXES.contains(words[last]) ? words[last - 1] : words[last];
  }

  /**
   * The full name for a one-word name, or null: the longest full name the word ends (a surname:
   * Lang → Ruth Lang), else the longest it starts (a family name written first: Kim → Kim Jong-un).
   * A surname is never taken for the first word of a body named after its person (Lang → Lang
   * Family Foundation) while the article names the person too.
   */
  Full expand(String word) {
    return expand(word, (char) 0);
  }

  /**
   * {@link #expand(String)} for a name whose honorific tells the person's sex ({@code 'h'} for Mr.,
   * {@code 's'} for Mrs., Ms. or Miss; 0 when none does): the word is then a surname, so only a
   * full name ending in it counts, and one whose given name says the other sex is passed over
   * ("Mr. Bush" after Ann Bush and Tom Bush is Tom Bush); null when none is left.
   */
  Full expand(String word, char sex) {
    Full best = null;
    boolean bestEnds = false;
    for (Full f : fulls) {
      boolean ends = lastName(f.words()).equals(word);
      if (!ends && !f.words()[0].equals(word) || bestEnds && !ends) {
        continue;
      }
      if (sex != 0 && (!ends || otherSex(f.name(), sex))) {
        continue;
      }
      if (best == null || ends && !bestEnds || f.words().length > best.words().length) {
        best = f;
        bestEnds = ends;
      }
    }
    return best;
  }

  private static boolean otherSex(String name, char sex) {
    char given = Lexicon.sexOfFirstName(name);
    return given != 0 && given != sex;
  }

  /** The sex an honorific tells ({@code 'h'} or {@code 's'}), or 0: Mr. and Mrs., not Dr. */
  static char sexOfHonorific(String lower) {
    return switch (lower) {
      case "mr.", "mr" -> 'h';
      case "mrs.", "mrs", "ms.", "ms", "miss" -> 's';
      default -> 0;
    };
  }

  /**
   * Title words that a definite description's head stands for (the senator: Sen. or Senator); in a
   * holder class, built only when a description asks (start-up).
   */
  private static final class TitleForms {
    static final java.util.Map<String, java.util.Set<String>> BY_HEAD = java.util.Map.ofEntries(
        java.util.Map.entry("senator", java.util.Set.of("sen.", "senator")),
        java.util.Map.entry("governor", java.util.Set.of("gov.", "governor")),
        java.util.Map.entry("congressman", java.util.Set.of("rep.", "representative", "congressman")),
        java.util.Map.entry("congresswoman", java.util.Set.of("rep.", "representative", "congresswoman")),
        java.util.Map.entry("president", java.util.Set.of("president")),
        java.util.Map.entry("mayor", java.util.Set.of("mayor")),
        java.util.Map.entry("judge", java.util.Set.of("judge")),
        java.util.Map.entry("ambassador", java.util.Set.of("ambassador")),
        java.util.Map.entry("general", java.util.Set.of("gen.", "general")),
        java.util.Map.entry("pope", java.util.Set.of("pope")),
        java.util.Map.entry("speaker", java.util.Set.of("speaker")));
  }

  /**
   * The one person the article has named, before offset {@code before}, with the title a definite
   * description's head stands for ({@code the senator} → Ana Moss when "Sen. Ana Moss"
   * is the only senator named so far); null when no one or several people carry it. {@code former}
   * must agree with the title; a vice president is no president; a title with other words (World
   * Bank President) fits only a description that has them ({@code modifiers}, lower case).
   */
  Full byTitle(String head, boolean former, java.util.Set<String> modifiers, int before) {
    java.util.Set<String> forms = TitleForms.BY_HEAD.get(head);
    if (forms == null) {
      return null;
    }
    Full found = null;
    for (List<Full> list : List.of(fulls, titledSingles)) {
      for (Full f : list) {
        if (f.at() >= before || !fits(f.title(), forms, former, modifiers)) {
          continue;
        }
        if (found != null && !samePerson(found, f)) {
          return null; // two people with that title: the description is ambiguous
        }
        if (found == null || f.words().length > found.words().length) {
          found = f; // keep the fullest form: Mayor Ruth Lang over Mayor Lang
        }
      }
    }
    return found == null || found.words().length < 2 ? null : found;
  }

  private static boolean fits(String title, java.util.Set<String> forms, boolean former,
      java.util.Set<String> modifiers) {
    if (title == null) {
      return false;
    }
    boolean has = false;
    boolean wasFormer = false;
    int matched = 0;
    for (String w : title.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      if (forms.contains(w)) {
        has = true;
      } else if (w.equals("former") || w.equals("ex")) {
        wasFormer = true;
      } else if (modifiers.contains(w)) {
        matched++;
      } else {
        return false; // Vice President, World Bank President: not "the president"
      }
    }
    // and every modifier of the description is in the title: "the Florida senator" is not Sen. X
    return has && wasFormer == former && matched == modifiers.size();
  }

  /** Mayor Lang and Mayor Ruth Lang: the same person. */
  private static boolean samePerson(Full a, Full b) {
    String lastA = a.words()[a.words().length - 1];
    String lastB = b.words()[b.words().length - 1];
    return lastA.equals(lastB);
  }

  /** The full record for a multi-word name, to borrow its title, or null. */
  Full find(String name) {
    for (Full f : fulls) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The person or organisation a noun phrase names: the first run of capitalised words that is not
   * a title, a possessor ({@code the North’s Rodong Sinmun} gives {@code Rodong Sinmun}) or a
   * modifier of a later name ({@code Budget director Samuel Lee} gives {@code Samuel Lee}); null
   * when it names nobody ({@code an American official}).
   */
  static int[] nameIn(Tokens t, int s, int e) {
    int[] first = firstRun(t, s, e);
    if (first != null && !t.get(s).capitalized() && prepositionBefore(t, s, first[0])) {
      return null; // some on Twitter, the president of Mexico: the name is the object, not the head
    }
    if (first == null || !modifiesLaterName(t, first[1], e)) {
      return first;
    }
    // Budget director Samuel Lee: the later name; the Hamlet actor, a Vidal aide: no name at
    // all, the phrase describes someone else
    return firstRun(t, first[1], e);
  }

  /**
   * Whether the name starting at {@code a} is a preposition's object within the mention: right
   * after the preposition and any titles ({@code a spokesman for Mayor Ruth Lang}) or after its
   * determiner and perhaps one modifier ({@code the chair of the Iowa Party}, {@code a report from
   * the left-leaning X}); not after a common noun ({@code master of ceremonies Tom Reyes},
   * where the name is the head).
   */
  private static boolean prepositionBefore(Tokens t, int s, int a) {
    int b = a - 1;
    while (b > s && t.get(b).capitalized() && t.get(b).in(Lexicon.IN_TITLES)) {
      b--; // a spokesman for Mayor Ruth Lang
    }
    if (b > s && t.get(b).isWord() && !t.get(b).in(Lexicon.IN_DETERMINERS) && !isPreposition(t.get(b))
        && t.get(b - 1).in(Lexicon.IN_DETERMINERS)) {
      b--; // the left-leaning Harbor Institute
    }
    if (b > s && t.get(b).in(Lexicon.IN_DETERMINERS)) {
      b--;
    }
    return b >= s && isPreposition(t.get(b));
  }

  private static boolean isPreposition(Tok w) {
    return w.isWord() && (w.in(Lexicon.IN_NP_PREP) || w.is("on") || w.is("in") || w.is("with"));
  }

  /**
   * Whether the run ending at {@code end} is a modifier: a lower-case common noun follows it inside
   * the phrase ({@code director}, {@code spokesman}), so the head comes later. A function word
   * ({@code Democrats in Congress}) or punctuation keeps the run as the name.
   */
  private static boolean modifiesLaterName(Tokens t, int end, int e) {
    if (end >= e) {
      return false;
    }
    Tok next = t.get(end);
    return next.isWord() && !next.capitalized() && !Lexicon.DETERMINERS.contains(next.lower())
        && !FUNCTION_WORDS.contains(next.lower());
  }

  /** Words that link two names rather than head a phrase. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("in", "of", "at",
      "from", "for", "with", "on", "and", "or", "to", "by", "about", "who", "which", "that", "as",
      "said", "says", "told", "added");

  /** Monday … Sunday: a capitalised word that ends a name run ("took to Twitter Monday night"). */
  static boolean weekday(Tok w) {
    // the bit first: weekdays are pre-verb words (said Monday), and it spares a hash per capital
    return w.capitalized() && w.in(Lexicon.IN_PRE_VERB) && Lexicon.WEEKDAYS.contains(w.lower());
  }

  private static int[] firstRun(Tokens t, int s, int e) {
    int k = s;
    while (k < e) {
      Tok w = t.get(k);
      if (!w.capitalized() || w.in(Lexicon.IN_TITLES) || w.in(Lexicon.IN_DETERMINERS)
          || w.possessive() || weekday(w)) {
        k++;
        continue;
      }
      int a = k;
      while (k < e && (t.get(k).capitalized() && !t.get(k).possessive() && !weekday(t.get(k))
          || k > a && Grammar.nicknameInName(t, k, e))) { // Robert “Bobby” Lane
        k++;
      }
      if (k < e && t.get(k).possessive() && t.get(k).capitalized()) {
        k++;
        continue;
      }
      return new int[] {a, k};
    }
    return null;
  }
}
