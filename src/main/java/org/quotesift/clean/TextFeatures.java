package org.quotesift.clean;

/**
 * Cheap per-line text measurements shared by the text and HTML cleaners.
 *
 * <p>Every method is a single pass over the characters (no regular expressions), because the
 * cleaner looks at every line of every document and must run at hundreds of MB/s.
 */
final class TextFeatures {

  private TextFeatures() {}

  /**
   * For every char: its lower-case form when {@link Character#isLetterOrDigit(char)} holds, else 0.
   * Built once from the same {@code Character} calls the rules were written with, so a look-up
   * gives exactly their answer; it saves two Unicode property look-ups per non-ASCII char, which
   * dominated the cost of keys for Cyrillic, Greek or accented text. Never written after class init.
   */
  private static final char[] KEY_CHAR = keyChars();

  private static char[] keyChars() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        t[c] = Character.toLowerCase((char) c);
        if (t[c] == 0) {
          throw new AssertionError("a letter lower-cases to U+0000: " + c);
        }
      }
    }
    return t;
  }

  /** The char's key form: lower case for a letter or digit, 0 for anything else. */
  static char keyChar(char c) {
    return KEY_CHAR[c];
  }

  /**
   * A length in "words" that is fair to scripts without spaces: CJK ideographs, kana and Hangul
   * syllables count as half a word each, other runs of letters or digits as one word.
   */
  static int words(CharSequence s, int from, int to) {
    int words = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
          if (!inWord) {
            words++;
            inWord = true;
          }
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
      } else if (isCjk(c)) {
        cjk++;
        inWord = false;
      } else if (KEY_CHAR[c] != 0) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (c != '\'' && c != '’' && c != '-') {
        inWord = false;
      }
    }
    return words + cjk / 2;
  }

  static int words(CharSequence s) {
    return words(s, 0, s.length());
  }

  static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30ff') // kana
        || (c >= '\u3400' && c <= '\u9fff') // CJK ideographs
        || (c >= '\uac00' && c <= '\ud7af'); // Hangul syllables
  }

  /** Whether the text ends like a sentence, ignoring closing quotes and brackets. */
  static boolean endsSentence(CharSequence s, int from, int to) {
    int i = to - 1;
    while (i >= from && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < from) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
        || c == '다' || c == '요' || c == ':' && to - from > 60;
  }

  static boolean endsSentence(CharSequence s) {
    return endsSentence(s, 0, s.length());
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»'
        || c == ' ' || c == '\u00a0' || c == '」' || c == '』';
  }

  /** How many sentence or clause marks the text has: a proxy for prose as opposed to menus. */
  static int punctuation(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '。' || c == '、'
          || c == '，') {
        n++;
      }
    }
    return n;
  }

  /** Whether the text contains a double quotation mark of any common style. */
  static boolean hasQuoteMark(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '\u0093' || c == '\u0094') {
        // U+0093/U+0094: curly quotes of a Windows-1252 page decoded as Latin-1.
        return true;
      }
    }
    return false;
  }

  /**
   * A key for comparing lines: lower case letters and digits only, single spaces. Lines that
   * differ only in punctuation, case or spacing get the same key.
   */
  static String key(CharSequence s, int from, int to) {
    // A key is never longer than its text; a plain array is cheaper than a StringBuilder's checks.
    char[] key = new char[to - from];
    int len = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      char lower;
      if (c < 128) {
        // ASCII fast path: most lines of most dumps are ASCII.
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          lower = c;
        } else if (c >= 'A' && c <= 'Z') {
          lower = (char) (c + 32);
        } else {
          space = true;
          continue;
        }
      } else {
        lower = KEY_CHAR[c];
        if (lower == 0) {
          space = true;
          continue;
        }
      }
      if (space && len > 0) {
        key[len++] = ' ';
      }
      space = false;
      key[len++] = lower;
    }
    return new String(key, 0, len);
  }

  static String key(CharSequence s) {
    return key(s, 0, s.length());
  }

  /**
   * The measurements of one line, taken in a single pass (see {@link #measure}). {@code keyHash} is
   * a 64-bit hash of the line's {@link #measureKey} (0 when that key is empty): duplicates are found
   * by it without building the key, which most lines (paragraphs) never need. {@code keysAgree}:
   * whether {@link #measureKey} and {@link #key} of the line are the same (no CJK-range non-letter);
   * {@code keyLength}: the length of {@link #measureKey}, so rules can rule a line out unbuilt.
   */
  record Measures(int words, int punctuation, boolean quoteMark, long keyHash, int keyLength, boolean keysAgree) {}

  /** Longest line whose key is its {@link #measureKey}; longer lines use {@link #key}. */
  static final int KEY_CHARS = 320;

  /**
   * {@link #words}, {@link #punctuation}, {@link #hasQuoteMark} and the hash of {@link #measureKey}
   * of a line in one pass over its characters: the text cleaner measures every line of every dump.
   * A run of letters and digits is hashed in its own tight loop, which does no per-char word,
   * punctuation or spacing bookkeeping (3× faster than one loop that did, on PolNeAR lines).
   */
  static Measures measure(String s) {
    int n = s.length();
    long hash = 0xcbf29ce484222325L;
    boolean any = false;
    int words = 0;
    int cjk = 0;
    int punct = 0;
    boolean quote = false;
    boolean inWord = false;
    boolean space = false;
    boolean keysAgree = true;
    int keyLength = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char lower = KEY_CHAR[c];
      if (lower != 0 && (c < '\u3040' || !isCjk(c))) {
        // a run of letters or digits: one word, its chars hashed in a tight loop
        if (!inWord) {
          words++;
          inWord = true;
        }
        if (space && any) {
          hash = (hash ^ ' ') * 0x100000001b3L;
          keyLength++;
        }
        space = false;
        any = true;
        int runStart = i;
        do {
          hash = (hash ^ lower) * 0x100000001b3L;
          if (++i == n) {
            break;
          }
          c = s.charAt(i);
          lower = KEY_CHAR[c];
        } while (lower != 0 && (c < '\u3040' || !isCjk(c)));
        keyLength += i - runStart;
        continue;
      }
      i++;
      if (c < 128) {
        if (c != '\'' && c != '-') {
          inWord = false;
        }
        if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?') {
          punct++;
        } else if (c == '"') {
          quote = true;
        }
        space = true;
      } else if (isCjk(c)) {
        cjk++;
        inWord = false;
        keysAgree &= lower != 0;
        if (space && any) {
          hash = (hash ^ ' ') * 0x100000001b3L;
          keyLength++;
        }
        space = false;
        any = true;
        hash = (hash ^ c) * 0x100000001b3L;
        keyLength++;
      } else {
        if (c != '’') {
          inWord = false;
        }
        if (c == '。' || c == '、' || c == '，') {
          punct++;
        } else if (c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '\u0093' || c == '\u0094') {
          quote = true;
        }
        space = true;
      }
    }
    return new Measures(words + cjk / 2, punct, quote, any ? (hash == 0 ? 1 : hash) : 0, keyLength, keysAgree);
  }

  /**
   * The key that {@link #measure} hashes: as {@link #key}, except that every char of the CJK ranges
   * of {@link #isCjk} is kept as is, letter or not (a kana middle dot, for instance). The text
   * cleaner compares lines up to {@value #KEY_CHARS} chars by this key.
   */
  static String measureKey(CharSequence s) {
    int n = s.length();
    char[] key = new char[n];
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char lower;
      if (c < 128) {
        lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
      } else {
        lower = isCjk(c) ? c : KEY_CHAR[c];
      }
      if (lower == 0) {
        space = true;
      } else {
        if (space && len > 0) {
          key[len++] = ' ';
        }
        space = false;
        key[len++] = lower;
      }
    }
    return new String(key, 0, len);
  }

  /** Whether the first letter of the text is upper case. */
  static boolean startsUpper(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }
}
