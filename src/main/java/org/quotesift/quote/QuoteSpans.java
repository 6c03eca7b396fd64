package org.quotesift.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of each passage: where the marks are and what lies between them.
 *
 * <p>Double marks ({@code “” " „ «»}) always count; single marks ({@code ‘’ '}) count in headlines,
 * where headline writers use them for quotes, and in articles that use no double marks at all
 * (British style). Inside a quote only the matching closer is looked for, so nested single quotes
 * and apostrophes never end it. A quote still open at the end of its passage ends there (the next
 * passage may re-open it); a stray closing apostrophe after sentence punctuation ({@code
 * behavior.’}) closes a double quote that found no double closer.
 */
final class QuoteSpans {

  /**
   * One quoted stretch.
   *
   * @param passage index of the passage
   * @param open index of the opening mark
   * @param start first char of the quoted words
   * @param end one past the last quoted char
   * @param close one past the closing mark, or {@code end} when unclosed
   * @param closed whether a closing mark was found
   * @param continued whether the previous passage ended inside an open quote and this one re-opens it
   */
  record Span(int passage, int open, int start, int end, int close, boolean closed, boolean continued) {}

  private QuoteSpans() {}

  static List<Span> find(String text, List<Passage> passages) {
    return find(text, passages, false);
  }

  /**
   * The quote spans of the passages; with {@code pairedSingles}, two straight single marks ('') are
   * a double mark, as in archive text that has no double mark key (''We're done,'' said Mr. Lee).
   */
  static List<Span> find(String text, List<Passage> passages, boolean pairedSingles) {
    SinglePrimary singlePrimary = new SinglePrimary(text, passages);
    MarkScanner marks = new MarkScanner(text);
    List<Span> spans = new ArrayList<>();
    boolean prevOpen = false;
    for (int p = 0; p < passages.size(); p++) {
      Passage ps = passages.get(p);
      int end = Math.min(ps.end(), text.length());
      boolean lastOpen = false;
      boolean first = true;
      int i = ps.start();
      while (i < end) {
        if (!first) {
          // once the passage's text has begun, chars that are no mark change nothing: jump over them
          i = marks.next(i, end);
          if (i >= end) {
            break;
          }
        }
        char c = text.charAt(i);
        if (!isMarkCandidate(c)) {
          // most chars are no quote mark: only whether the passage's text has begun matters
          if (first && !Chars.isSpace(c)) {
            first = false;
          }
          i++;
          continue;
        }
        int close = -1;
        int closeLen = 1;
        if ((c == '"' || c == '\'') && i > ps.start() && text.charAt(i - 1) == '=') {
          // id="672…" author="@…": markup left in scraped text, an attribute value, not a quote
          int j = text.indexOf(c, i + 1);
          i = j > 0 && j < end ? j + 1 : i + 1;
          continue;
        }
        int openLen = 1;
        if (pairedSingles && isPairedSingleOpener(text, i, ps.start(), end)) {
          openLen = 2;
          close = findPairedSingleClose(text, i + 2, end);
          closeLen = 2;
        } else if (isDoubleOpener(text, i, ps.start(), end)) {
          close = findDoubleClose(text, c, i + 1, end);
          if (close >= 0 && isDoubledSingleCloser(text, close, end)) {
            closeLen = 2;
          }
        } else if (isSingleOpener(text, i, ps.start(), end) && (ps.headline() || singlePrimary.get())) {
          close = findSingleClose(text, i + 1, end);
          if (close < 0 || close == i + 2) {
            i++; // rock 'n' roll: one letter between single marks is an elision, not a quote
            continue;
          }
        } else {
          if (!Chars.isSpace(c)) {
            first = false;
          }
          i++;
          continue;
        }
        boolean closed = close >= 0;
        int stop = closed ? close : end;
        if (openLen == 2 && closed && Chars.isSpace(text.charAt(close - 1))) {
          closed = false; // ''… ''Next: a new quote opens where this one, left open, ends
          closeLen = 0;
        }
        if (closed && close < end && text.charAt(close) == '“' && c != '„'
            && (close == ps.start() || Chars.isSpace(text.charAt(close - 1)))) {
          // a fresh opener while open: the first quote lacked its closer and ends here
          closed = false;
          closeLen = 0;
          if (c == '"') {
            i = stop; // a stray straight mark in a text quoting with curly marks: not a quote
            continue;
          }
        }
        int s = i + openLen;
        int e = stop;
        while (s < e && Chars.isSpace(text.charAt(s))) {
          s++;
        }
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s && !stageDirection(text, s, e)) {
          spans.add(new Span(p, i, s, e, closed ? stop + closeLen : e, closed, first && prevOpen));
        }
        lastOpen = !closed && stop >= end;
        first = false;
        i = closed ? stop + closeLen : (closeLen == 0 ? stop : end);
      }
      prevOpen = lastOpen;
    }
    return spans;
  }

  /**
   * Whether {@code [start, end)} holds only a bracketed stage direction ({@code "(CROSSTALK)}, {@code
   * "[APPLAUSE]} in a transcript): nobody says those words, so they make no quote.
   */
  private static boolean stageDirection(String text, int start, int end) {
    int a = start;
    int b = end;
    while (a < b && Chars.isSpace(text.charAt(a))) {
      a++;
    }
    while (b > a && (Chars.isSpace(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    if (b - a < 3) {
      return false;
    }
    char open = text.charAt(a);
    char close = text.charAt(b - 1);
    if (!(open == '(' && close == ')' || open == '[' && close == ']')) {
      return false;
    }
    for (int i = a + 1; i < b - 1; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || c == '[' || c == ']' || Character.isLowerCase(c)) {
        return false; // one bracketed stretch, in capitals: (CROSSTALK), [APPLAUSE]
      }
    }
    return true;
  }


  /** The chars {@link #isMarkCandidate} accepts. */
  static final char[] MARK_CANDIDATES = {'"', '\'', '“', '„', '«', '‟', '‘'};

  /** Whether {@code c} may open a quote or markup attribute; every other char is plain text. */
  static boolean isMarkCandidate(char c) {
    if (c < '«') { // letters, digits, most punctuation: one comparison settles it
      return c == '"' || c == '\'';
    }
    return c == '“' || c == '„' || c == '«' || c == '‟' || c == '‘';
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
  }

  private static boolean isDoubleOpener(String text, int i, int from, int end) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«' || c == '‟') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    // a straight mark opens when it does not follow a letter or digit (5'2" is inches) and is
    // followed by a word, not by white space (then it is a stray closer)
    char prev = i > from ? text.charAt(i - 1) : ' ';
    char next = i + 1 < end ? text.charAt(i + 1) : ' ';
    return !Character.isLetterOrDigit(prev) && !Chars.isSpace(next);
  }

  /** Two straight single marks opening a quote: not after a letter or digit, a word right after. */
  private static boolean isPairedSingleOpener(String text, int i, int from, int end) {
    return text.charAt(i) == '\'' && i + 2 < end && text.charAt(i + 1) == '\''
        && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '\'')
        && !Chars.isSpace(text.charAt(i + 2)) && text.charAt(i + 2) != '\'';
  }

  /**
   * Where a quote opened by two straight single marks ends: at the next '' after no white space (its
   * closer) or before a word (the next quote's opener: the caller then leaves this one open); or -1.
   */
  private static int findPairedSingleClose(String text, int from, int end) {
    for (int j = text.indexOf("''", from); j >= 0 && j + 1 < end; j = text.indexOf("''", j + 2)) {
      if (!Chars.isSpace(text.charAt(j - 1))) {
        return j;
      }
      if (j + 2 < end && !Chars.isSpace(text.charAt(j + 2))) {
        return j; // a new quote opens: this one was left open
      }
    }
    return -1;
  }

  private static int findDoubleClose(String text, char opener, int from, int end) {
    int depth = 0;
    for (int j = from; j < end; j++) {
      char d = text.charAt(j);
      if (opener == '«') {
        if (d == '»') {
          return j;
        }
        continue;
      }
      if (d == '"' && opener == '“' && isDoubleOpener(text, j, from, end)) {
        int nestedClose = text.indexOf('"', j + 1);
        if (nestedClose > 0 && nestedClose < end && text.indexOf('”', nestedClose + 1) >= 0
            && text.indexOf('”', nestedClose + 1) < end) {
          j = nestedClose; // “… "nested" …”: a straight pair inside curly marks
          continue;
        }
      }
      if (d == '”' || d == '"' || d == '‟') {
        return j;
      }
      if (d == '“') {
        if (opener == '„') {
          return j;
        }
        // “ after white space starts a new quote: this one was never closed, unless a single mark
        // closed it (“… anyone,’ Ruiz said. “…”)
        if (j > from && Chars.isSpace(text.charAt(j - 1))) {
          int single = singleCloser(text, from, j);
          return single >= 0 ? single : j;
        }
        return j;
      }
      if (depth == 0 && opener != '„' && isDoubledSingleCloser(text, j, end)) {
        return j; // “… voters,’’ Ana Ruiz said: wire copy closes a double quote with two single marks
      }
      if (d == '‘' && (j == from || !Character.isLetterOrDigit(text.charAt(j - 1)))) {
        depth++;
      } else if (d == '’' && depth > 0 && (j + 1 >= end || !Character.isLetter(text.charAt(j + 1)))) {
        depth--;
      }
    }
    // no double closer: accept a single closing mark after sentence punctuation (“… behavior.’)
    return singleCloser(text, from, end);
  }

  /** The first single mark in {@code [from, end)} after sentence punctuation that no single mark opened; else -1. */
  private static int singleCloser(String text, int from, int end) {
    for (int j = from + 1; j < end; j++) {
      char d = text.charAt(j);
      if ((d == '’' || d == '\'') && ".!?,".indexOf(text.charAt(j - 1)) >= 0
          && (j + 1 >= end || Chars.isSpace(text.charAt(j + 1)))
          && !openedSingleBefore(text, from, j)) {
        return j;
      }
    }
    return -1;
  }

  /** Whether two right single marks (’’) stand at {@code j}, before {@code end}. */
  private static boolean isDoubledSingleCloser(String text, int j, int end) {
    return text.charAt(j) == '’' && j + 1 < end && text.charAt(j + 1) == '’';
  }

  private static boolean openedSingleBefore(String text, int from, int j) {
    int depth = 0;
    for (int k = from; k < j; k++) {
      char d = text.charAt(k);
      if (d == '‘' && (k == from || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
        depth++;
      } else if ((d == '’' || d == '\'') && depth > 0 && (k + 1 >= j || !Character.isLetter(text.charAt(k + 1)))) {
        depth--;
      } else if (d == '\'' && (k == from || Chars.isSpace(text.charAt(k - 1))) && k + 1 < j
          && Character.isLetter(text.charAt(k + 1))) {
        depth++; // the word 'crisis.' inside a straight double quote
      }
    }
    return depth > 0;
  }

  private static boolean isSingleOpener(String text, int i, int from, int end) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    char prev = i > from ? text.charAt(i - 1) : ' ';
    char next = i + 1 < end ? text.charAt(i + 1) : ' ';
    // ’90s and rock ’n’ roll use ’, not ‘; a straight ' before a digit is an elision too
    return !Character.isLetterOrDigit(prev) && Character.isLetter(next);
  }

  private static int findSingleClose(String text, int from, int end) {
    for (int j = from; j < end; j++) {
      char d = text.charAt(j);
      if (d != '’' && d != '\'') {
        continue;
      }
      char prev = text.charAt(j - 1);
      char next = j + 1 < end ? text.charAt(j + 1) : ' ';
      if (Character.isLetter(next) || Chars.isSpace(prev)) {
        continue; // Korea’s, don’t: an apostrophe inside a word
      }
      if (prev == 's' && j + 1 < end && Chars.isSpace(next) && hasLaterCloser(text, j + 1, end)) {
        continue; // countries’ persistent…: a plural possessive when a closer still follows
      }
      return j;
    }
    return -1;
  }

  private static boolean hasLaterCloser(String text, int from, int end) {
    for (int j = from; j < end; j++) {
      char d = text.charAt(j);
      if (isSingleOpener(text, j, from, end)) {
        return false; // ‘reckless’ and ‘ill-judged’: a new quote opens first, so this closes
      }
      if ((d == '’' || d == '\'') && !Chars.isSpace(text.charAt(j - 1))
          && (j + 1 >= end || !Character.isLetter(text.charAt(j + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the next char that may be a mark with {@link String#indexOf(int, int)}, whose vectorised
   * scan beats a loop over every char; remembers each candidate's next position, so that the text
   * is scanned once per candidate char however many marks it has.
   */
  private static final class MarkScanner {
    private final String text;
    /** Where each candidate was last searched from, and the next index found (MAX_VALUE: none). */
    private final int[] searched = new int[MARK_CANDIDATES.length];
    private final int[] next = new int[MARK_CANDIDATES.length];

    MarkScanner(String text) {
      this.text = text;
      java.util.Arrays.fill(searched, Integer.MAX_VALUE); // nothing searched yet
    }

    /** The index of the first candidate in {@code [from, end)}, or {@code end} when there is none. */
    int next(int from, int end) {
      int best = end;
      for (int m = 0; m < next.length; m++) {
        if (next[m] < from || from < searched[m]) { // passages out of order would search backwards
          int j = text.indexOf(MARK_CANDIDATES[m], from);
          searched[m] = from;
          next[m] = j < 0 ? Integer.MAX_VALUE : j;
        }
        best = Math.min(best, next[m]);
      }
      return best;
    }
  }

  /**
   * Whether single marks quote throughout the text; it takes a scan of the whole text, so it is
   * worked out only when a single mark that could open a quote turns up outside a headline.
   */
  private static final class SinglePrimary {
    private final String text;
    private final List<Passage> passages;
    private int known; // 0 not yet worked out, 1 no, 2 yes

    SinglePrimary(String text, List<Passage> passages) {
      this.text = text;
      this.passages = passages;
    }

    boolean get() {
      if (known == 0) {
        known = singleQuotesArePrimary(text, passages) ? 2 : 1;
      }
      return known == 2;
    }
  }

  /**
   * British-style articles quote with single marks and have no double marks at all: two or more
   * single quotes (curly openers, or straight ones that open and close) and no double mark. Two
   * straight singles ('') stand for a double mark in some archives (''…,'' said Mr. Lee); such a
   * text is not single-quoted, and its '' quotes are read only on request ({@code pairedSingles}).
   */
  private static boolean singleQuotesArePrimary(String text, List<Passage> passages) {
    int singles = 0;
    for (Passage p : passages) {
      if (p.headline()) {
        continue;
      }
      int end = Math.min(p.end(), text.length());
      for (int i = p.start(); i < end; i++) {
        char c = text.charAt(i);
        if (c < '«' && c != '"' && c != '\'') {
          continue; // neither a double mark nor a single opener
        }
        if (isDoubleMark(c) || c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
          return false; // '' is a double mark written as two singles
        }
        if (c == '‘' || c == '\'' && isSingleOpener(text, i, p.start(), end)
            && findSingleClose(text, i + 1, end) > i + 2) {
          singles++; // a straight mark counts when it opens and a closer follows: 'It's late,' he said
        }
      }
    }
    return singles >= 2;
  }
}
