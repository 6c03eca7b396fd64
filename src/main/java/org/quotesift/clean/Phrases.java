package org.quotesift.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed list of phrases searched for in a text in one scan, instead of one {@code indexOf} per
 * phrase: at each position only the phrases starting with that position's char are tried. The
 * boilerplate rules look for dozens of phrases in every short line.
 *
 * <p>Immutable after construction, so instances are shared between threads.
 */
final class Phrases {

  /** Phrases by their first char (ASCII only); null where none starts with that char. */
  private final int[][] byFirst = new int[128][];
  /** Phrases whose first char is not ASCII, tried with {@code indexOf}. */
  private final int[] others;
  private final String[] phrases;

  Phrases(List<String> phrases) {
    if (phrases.size() > 64) {
      throw new IllegalArgumentException("at most 64 phrases: " + phrases.size());
    }
    this.phrases = phrases.toArray(new String[0]);
    List<Integer> rest = new ArrayList<>();
    for (int k = 0; k < this.phrases.length; k++) {
      char c = this.phrases[k].charAt(0);
      if (c < 128) {
        int[] old = byFirst[c] == null ? new int[0] : byFirst[c];
        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = k;
        byFirst[c] = grown;
      } else {
        rest.add(k);
      }
    }
    others = rest.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether {@code s} contains any of the phrases. */
  boolean anyIn(String s) {
    return firstAtOrAfter(s, 0);
  }

  /**
   * Whether some phrase first occurs in {@code s} at index {@code from} or later: the same as
   * {@code s.indexOf(p) >= from} for some phrase {@code p}.
   */
  boolean firstAtOrAfter(String s, int from) {
    for (int k : others) {
      if (s.indexOf(phrases[k]) >= from) {
        return true;
      }
    }
    long seen = 0; // phrases already found at an earlier index
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int[] candidates = c < 128 ? byFirst[c] : null;
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        if ((seen & 1L << k) == 0 && s.startsWith(phrases[k], i)) {
          if (i >= from) {
            return true;
          }
          seen |= 1L << k;
        }
      }
    }
    return false;
  }
}
