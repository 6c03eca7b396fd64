package org.quotesift.clean;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of phrases (two chars or longer) looked for anywhere in a text in one scan: each
 * position's two chars select the few phrases that can start there, which are then compared. For
 * many phrases in a short text (class names against the widget vocabulary) this beats one {@code
 * String.contains} per phrase; for long texts and few phrases {@code contains} wins.
 *
 * <p>Immutable after construction, so instances are shared between threads.
 */
final class Phrases {

  private static final int BUCKETS = 1 << 12;

  /** Phrases by a hash of their first two chars; null for an empty bucket. */
  private final String[][] byStart = new String[BUCKETS][];
  /** The position in the constructor's list of each phrase of {@link #byStart}. */
  private final int[][] numbers = new int[BUCKETS][];

  Phrases(List<String> phrases) {
    for (int k = 0; k < phrases.size(); k++) {
      String p = phrases.get(k);
      if (p.length() < 2) {
        throw new IllegalArgumentException("phrase shorter than two chars: " + p);
      }
      int h = bucket(p.charAt(0), p.charAt(1));
      int n = byStart[h] == null ? 0 : byStart[h].length;
      byStart[h] = Arrays.copyOf(byStart[h] == null ? new String[0] : byStart[h], n + 1);
      byStart[h][n] = p;
      numbers[h] = Arrays.copyOf(numbers[h] == null ? new int[0] : numbers[h], n + 1);
      numbers[h][n] = k;
    }
  }

  private static int bucket(char a, char b) {
    return (a * 31 + b) & (BUCKETS - 1);
  }

  /**
   * Whether some phrase first occurs in {@code s} at index {@code from} or later: the same as {@code
   * s.indexOf(p) >= from} for some phrase {@code p}. Only for lists of up to 64 phrases.
   */
  boolean firstAtOrAfter(String s, int from) {
    long seen = 0; // phrases (by number) already found before {@code from}
    for (int i = 0; i + 1 < s.length(); i++) {
      int h = bucket(s.charAt(i), s.charAt(i + 1));
      String[] candidates = byStart[h];
      if (candidates == null) {
        continue;
      }
      for (int c = 0; c < candidates.length; c++) {
        long bit = 1L << numbers[h][c];
        if ((seen & bit) == 0 && s.startsWith(candidates[c], i)) {
          if (i >= from) {
            return true;
          }
          seen |= bit;
        }
      }
    }
    return false;
  }

  /** Whether {@code s} contains any of the phrases: the same as {@code s.contains(p)} for some phrase. */
  boolean anyIn(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      String[] candidates = byStart[bucket(s.charAt(i), s.charAt(i + 1))];
      if (candidates != null) {
        for (String p : candidates) {
          if (s.startsWith(p, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
