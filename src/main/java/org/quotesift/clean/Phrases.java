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

  Phrases(List<String> phrases) {
    for (String p : phrases) {
      if (p.length() < 2) {
        throw new IllegalArgumentException("phrase shorter than two chars: " + p);
      }
      int h = bucket(p.charAt(0), p.charAt(1));
      String[] old = byStart[h] == null ? new String[0] : byStart[h];
      String[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = p;
      byStart[h] = grown;
    }
  }

  private static int bucket(char a, char b) {
    return (a * 31 + b) & (BUCKETS - 1);
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
