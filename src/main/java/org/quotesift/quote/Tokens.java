package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one passage: words, punctuation and whole quotes (one token per quoted stretch, so
 * that the attribution rules see {@code QUOTE , he said .}), split into sentences.
 */
final class Tokens {

  enum Type { WORD, PUNCT, QUOTE }

  /**
   * A token; {@code lower} is the lower-cased word or the punctuation char, {@code quote} the span
   * index. {@code cap} (a word starting with a capital), {@code lex} (the {@link Lexicon#mask} of
   * {@code lower}) and {@code possessive} ({@link Names#possessive} of {@code text}) are worked out
   * once here because the rules ask them of every token many times.
   */
  record Tok(Type type, int start, int end, String text, String lower, int quote, boolean cap, int lex,
      boolean possessive) {

    Tok(Type type, int start, int end, String text, String lower, int quote) {
      this(type, start, end, text, lower, quote,
          type == Type.WORD && Character.isUpperCase(text.charAt(0)), Lexicon.mask(lower),
          type == Type.WORD && Names.possessive(text)); // one- and two-char marks never are
    }

    /** Whether the word is in any of the lexicon sets named by the {@code Lexicon.IN_} bits. */
    boolean in(int sets) {
      return (lex & sets) != 0;
    }

    /** {@link Lexicon#isPronoun} of {@code lower}. */
    boolean pronoun() {
      return (lex & Lexicon.IS_PRONOUN) != 0;
    }

    boolean isWord() {
      return type == Type.WORD;
    }

    boolean isQuote() {
      return type == Type.QUOTE;
    }

    boolean is(String s) {
      return lower.equals(s);
    }

    boolean capitalized() {
      return cap;
    }
  }

  // arrays, not lists: the rules call get and sentStart in their innermost loops
  private final Tok[] toks;
  /** Start token index of each sentence; sentence k spans [sentStarts[k], sentStarts[k+1]). */
  private final int[] sentStarts;

  private Tokens(List<Tok> toks) {
    this.toks = toks.toArray(new Tok[0]);
    this.sentStarts = splitSentences(this.toks);
  }

  /**
   * Tokenises {@code [from, to)} of {@code text}; {@code quotes} are the spans inside it, given as
   * (index, open, close) triples in order.
   */
  static Tokens of(String text, int from, int to, List<int[]> quotes) {
    // sized for the passage (news text has about one token per six chars or more) so that the list
    // seldom grows: growing it, copy after copy, was ~2% of a run's samples
    List<Tok> toks = new ArrayList<>(Math.max(10, (to - from) / 5));
    int q = 0;
    int i = from;
    while (i < to) {
      if (q < quotes.size() && i == quotes.get(q)[1]) {
        int[] qq = quotes.get(q);
        // remember sentence punctuation inside the closer: “… tomorrow.” He said … starts a sentence
        String tail = qq.length > 3 && qq[3] != 0 ? "\"" + (char) qq[3] : "\"";
        toks.add(new Tok(Type.QUOTE, qq[1], qq[2], "\"", tail, qq[0]));
        i = Math.max(qq[2], i + 1);
        q++;
        continue;
      }
      char c = text.charAt(i);
      if (Chars.isSpace(c)) {
        i++;
        continue;
      }
      if (Chars.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, to, q < quotes.size() ? quotes.get(q)[1] : to);
        toks.add(word(text, i, j));
        i = j;
        continue;
      }
      int j = i + 1;
      if (c == '-' && j < to && text.charAt(j) == '-') {
        j++;
      }
      if (j - i == 1 && c < ASCII.length) {
        toks.add(new Tok(Type.PUNCT, i, j, ASCII[c], ASCII[c], -1, false, ASCII_LEX[c], false));
      } else {
        String p = text.substring(i, j);
        toks.add(new Tok(Type.PUNCT, i, j, p, j - i == 2 ? "—" : p, -1));
      }
      i = j;
    }
    return new Tokens(toks);
  }

  /**
   * The token of the word {@code text[i, j)}. Most words are ASCII (or have a curly apostrophe), so
   * one scan lower-cases them for the look-up, finds their apostrophe and hashes them; a word the
   * lexicon holds (over half of news text's words) then takes the lexicon's string instead of a
   * copy of its own. Copying each word out, lower-casing it, then hashing it and scanning it twice
   * more for an apostrophe was about half of the tokeniser's profile. Other words take the general
   * path: the same token, worked out from a copy.
   */
  private static Tok word(String text, int i, int j) {
    int hash = 0;
    boolean upper = false;
    boolean apostrophe = false;
    for (int k = i; k < j; k++) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        upper = true;
        c += 'a' - 'A';
      } else if (c == '\'' || c == '’') {
        apostrophe = true;
      } else if (c >= 128) {
        String w = text.substring(i, j);
        return new Tok(Type.WORD, i, j, w, lower(w), -1);
      }
      hash = 31 * hash + c; // String.hashCode of the lower-case word
    }
    Lexicon.Known known = Lexicon.known(text, i, j, hash);
    String w = known != null && !upper ? known.word() : text.substring(i, j);
    String lower = known != null ? known.word() : upper ? w.toLowerCase(Locale.ROOT) : w;
    boolean cap = text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
    // only a word ending in s or ’ can be possessive: most words are spared the call
    char last = text.charAt(j - 1);
    boolean possessive = (last == 's' || last == '’') && Names.possessive(w);
    return new Tok(Type.WORD, i, j, w, lower, -1, cap,
        Lexicon.mask(lower, known != null ? known.bits() : 0, apostrophe), possessive);
  }

  /**
   * {@code w.toLowerCase(Locale.ROOT)}; most words are lower-case ASCII already, which a plain scan
   * tells more cheaply than the general case mapping does.
   */
  private static String lower(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 'A' && c <= 'Z' || c >= 128) {
        return w.toLowerCase(Locale.ROOT);
      }
    }
    return w;
  }

  /** One-char strings of the ASCII chars, shared: punctuation tokens need no copy of their own. */
  private static final String[] ASCII = new String[128];
  /** {@link Lexicon#mask} of each of {@link #ASCII}, so that a punctuation token needs no look-up. */
  private static final int[] ASCII_LEX = new int[ASCII.length];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
      ASCII_LEX[c] = Lexicon.mask(ASCII[c]);
    }
  }

  private static int wordEnd(String text, int i, int to, int nextQuote) {
    int j = i;
    int limit = Math.min(to, nextQuote);
    while (j < limit) {
      char c = text.charAt(j);
      if (Chars.isLetterOrDigit(c)) {
        j++;
      } else if ((c == '’' || c == '\'' || c == '`' || c == '-' || c == '.' || c == '&')
          && j + 1 < limit && Character.isLetterOrDigit(text.charAt(j + 1))
          && !(c == '.' && !dotInWord(text, i, j))) {
        j++;
      } else if (c == ',' && j + 1 < limit && Character.isDigit(text.charAt(j + 1))
          && Character.isDigit(text.charAt(j - 1))) {
        j++; // 100,000
      } else if (c >= '\u0300' && c <= '\u036F' && j > i) {
        j++; // a combining accent (e + U+0301, decomposed é) belongs to the letter before it
      } else if (c >= '\u0080' && c <= '\u00BF' && j > i && afterMojibakeLead(text, i, j)) {
        j++; // FranÃ§ois: UTF-8 read as Latin-1 (mojibake) splits a letter into Ã and a sign
      } else {
        break;
      }
    }
    // keep the period of an abbreviation or initial with its word (Sen., U.S., J.)
    if (j < limit && text.charAt(j) == '.') {
      // the cheap tests first: the look-up needs a lower-cased copy of the word
      if (hasDot(text, i, j) || j - i == 1 && Character.isUpperCase(text.charAt(i))
          || Lexicon.ABBREVIATIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
        j++;
      }
    }
    return j;
  }

  /**
   * Whether the char before {@code j} is Ã or Â (also decomposed, as A and a combining tilde or
   * circumflex): the lead that UTF-8 read as Latin-1 leaves before a letter's second byte.
   */
  private static boolean afterMojibakeLead(String text, int i, int j) {
    char p = text.charAt(j - 1);
    return p == 'Ã' || p == 'Â'
        || (p == '\u0303' || p == '\u0302') && j - 2 >= i && text.charAt(j - 2) == 'A';
  }

  private static boolean hasDot(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * U.S., D.E., R-S.C. (a hyphen starts a segment like a dot), anybodybuttrump.us and 1.6 keep
   * their dots; "said.Trump" (a missing space) does not.
   */
  private static boolean dotInWord(String text, int i, int j) {
    char next = text.charAt(j + 1);
    if (Character.isDigit(next) && Character.isDigit(text.charAt(j - 1))) {
      return true; // $1.6 billion, 3.5 percent: a decimal point ends no sentence
    }
    if (!Character.isLetter(next)) {
      return false;
    }
    if (Character.isLowerCase(next)) {
      return true;
    }
    int segStart = j - 1;
    while (segStart > i && text.charAt(segStart - 1) != '.' && text.charAt(segStart - 1) != '-') {
      segStart--;
    }
    return j - segStart == 1;
  }

  private static int[] splitSentences(Tok[] toks) {
    int[] starts = new int[toks.length + 1];
    int n = 0;
    starts[n++] = 0;
    for (int k = 0; k + 1 < toks.length; k++) {
      Tok t = toks[k];
      if (t.type == Type.PUNCT && punct(t, ".!?")) {
        Tok next = toks[k + 1];
        if (next.type == Type.PUNCT && punct(next, ").!?,;")) {
          continue; // no sentence opens with a comma: "Ray Moss, R-Ky., told" is one sentence
        }
        starts[n++] = k + 1;
      } else if (t.type == Type.QUOTE && t.lower.length() == 2 && toks[k + 1].cap) {
        starts[n++] = k + 1; // “… biased.” Reyes called the judge …: a capital after a closed quote
      } else if (t.type == Type.WORD && t.text.length() > 2
          && t.text.charAt(t.text.length() - 1) == '.'
          && t.text.indexOf('.') < t.text.length() - 1 && starter(toks[k + 1])) {
        starts[n++] = k + 1; // "… a trip to the U.K. He adds": an abbreviation that ends a sentence
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /** Whether a punctuation token is one of the single {@code chars} (this runs on every token). */
  private static boolean punct(Tok t, String chars) {
    return t.lower.length() == 1 && chars.indexOf(t.lower.charAt(0)) >= 0;
  }

  private static boolean starter(Tok n) {
    return n.cap && n.in(Lexicon.IN_SENTENCE_STARTERS);
  }

  int sentences() {
    return sentStarts.length;
  }

  int sentStart(int s) {
    return sentStarts[s];
  }

  int sentEnd(int s) {
    return s + 1 < sentStarts.length ? sentStarts[s + 1] : toks.length;
  }

  private int[] sentOf;

  int sentenceOf(int tok) {
    if (sentOf == null) {
      sentOf = new int[toks.length];
      int s = 0;
      for (int k = 0; k < sentOf.length; k++) {
        while (s + 1 < sentStarts.length && sentStarts[s + 1] <= k) {
          s++;
        }
        sentOf[k] = s;
      }
    }
    return tok < sentOf.length ? sentOf[tok] : sentStarts.length - 1;
  }

  Tok get(int k) {
    return toks[k];
  }

  int size() {
    return toks.length;
  }
}
