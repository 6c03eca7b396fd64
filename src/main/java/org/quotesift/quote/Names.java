package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import org.quotesift.quote.Tokens.Tok;

/**
 * The names an article uses, for resolving short mentions ({@code Kim}, {@code President Moon}) to
 * the fullest form the article gives ({@code Kim Jong-un}, {@code Moon Jae-in}).
 */
final class Names {

  /** A multi-word name and the title words written right before it. */
  record Full(String[] words, String name, String title) {}

  private final List<Full> fulls = new ArrayList<>();

  Names(Tokens[] passages) {
    for (Tokens t : passages) {
      int k = 0;
      while (k < t.size()) {
        if (!t.get(k).capitalized()) {
          k++;
          continue;
        }
        int s = k;
        while (k < t.size() && (t.get(k).capitalized() && !t.get(k).possessive() || ofInTitle(t, k))) {
          k++;
        }
        if (k < t.size() && t.get(k).capitalized()) {
          k++; // a possessive ends the run (North Korea’s …)
          continue;
        }
        add(t, s, k);
      }
    }
  }

  private void add(Tokens t, int s, int e) {
    while (s < e && (t.get(s).in(Lexicon.IN_DETERMINERS) || t.get(s).in(Lexicon.IN_NP_STOP))) {
      s++;
    }
    int ts = s;
    while (s < e && t.get(s).in(Lexicon.IN_TITLES)) {
      s++;
    }
    for (int i = e - 3; i >= s; i--) {
      if (t.get(i).in(Lexicon.IN_TITLES)) {
        s = i + 1; // Transport Minister Grace Okafor: the name starts after the last title word
        break;
      }
    }
    if (e - s < 2 || e - s > 4 || hasFunctionWord(t, s, e)) {
      return; // a Title Case headline ("Kremlin To Release …") is not a name
    }
    String[] words = new String[e - s];
    for (int i = s; i < e; i++) {
      words[i - s] = t.get(i).text();
    }
    String title = s > ts ? join(t, ts, s) : null;
    fulls.add(new Full(words, String.join(" ", words), title));
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

  /** The full name for a one-word name, or null. */
  Full expand(String word) {
    Full best = null;
    for (Full f : fulls) {
      if (f.words()[f.words().length - 1].equals(word) || f.words()[0].equals(word)) {
        if (best == null || f.words().length > best.words().length) {
          best = f;
        }
      }
    }
    return best;
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
    // Budget director Samuel Lee: the later name; the Lincoln actor, a Clinton aide: no name at
    // all, the phrase describes someone else
    return firstRun(t, first[1], e);
  }

  /**
   * Whether the run ending at {@code end} is a modifier: a lower-case common noun follows it inside
   * the phrase ({@code director}, {@code spokesman}), so the head comes later. A function word
   * ({@code Democrats in Congress}) or punctuation keeps the run as the name.
   */
  /**
   * Whether the name starting at {@code a} is a preposition's object within the mention: right
   * after the preposition and any titles ({@code a spokesman for Speaker Paul Ryan}) or after its
   * determiner and perhaps
   * one modifier ({@code the chair of the Iowa Party}, {@code a paper from the left-leaning X});
   * not after a common noun ({@code master of ceremonies Asab Al-Tabchi}, where the name is the head).
   */
  private static boolean prepositionBefore(Tokens t, int s, int a) {
    int b = a - 1;
    while (b > s && t.get(b).capitalized() && t.get(b).in(Lexicon.IN_TITLES)) {
      b--; // a spokesman for House Speaker Paul Ryan
    }
    if (b > s && t.get(b).isWord() && !t.get(b).in(Lexicon.IN_DETERMINERS) && !isPreposition(t.get(b))
        && t.get(b - 1).in(Lexicon.IN_DETERMINERS)) {
      b--; // the left-leaning Brookings Institution
    }
    if (b > s && t.get(b).in(Lexicon.IN_DETERMINERS)) {
      b--;
    }
    return b >= s && isPreposition(t.get(b));
  }

  private static boolean isPreposition(Tok w) {
    return w.isWord() && (w.in(Lexicon.IN_NP_PREP) || w.is("on") || w.is("in") || w.is("with"));
  }

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

  private static int[] firstRun(Tokens t, int s, int e) {
    int k = s;
    while (k < e) {
      Tok w = t.get(k);
      if (!w.capitalized() || w.in(Lexicon.IN_TITLES) || w.in(Lexicon.IN_DETERMINERS)
          || w.possessive()) {
        k++;
        continue;
      }
      int a = k;
      while (k < e && t.get(k).capitalized() && !t.get(k).possessive()) {
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
