package org.quotesift.clean;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotesift.input.Document;

/**
 * What a run has learned about its sites' templates: short lines that recur across many documents
 * (a site's footer, its menu, its "Follow us" line) are boilerplate for that corpus even when no
 * generic rule knows them.
 *
 * <p>Use it in a cheap pre-pass ({@link #observe(Document)} on every document, then {@link
 * Cleaner#clean(Document, CorpusProfile)}), or in a single streaming pass (observe each document
 * before cleaning it: later documents then benefit from earlier ones).
 *
 * <p>Memory is bounded: line keys are kept as 64-bit hashes in a table of at most {@code capacity}
 * entries; when it is full, the entries seen in the fewest documents are evicted (lossy counting),
 * so lines that recur often survive. Only short lines (at most {@value #MAX_WORDS} words) without
 * quotation marks are counted, so syndicated article paragraphs and quotes are never taken for a
 * template. A line counts once per document. Thread-safe: documents may be observed and cleaned
 * from several threads; lookups take no lock.
 */
public final class CorpusProfile {

  /** Longest line, in words, that can be a template line. */
  public static final int MAX_WORDS = 20;

  private final int capacity;
  private final int minDocuments;
  /** Line hash → in how many documents it occurred. Read without locking while cleaning in parallel. */
  private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger documents = new AtomicInteger();

  /**
   * @param capacity the most distinct lines remembered (at least 16); about 100 bytes each
   * @param minDocuments in how many documents a line must occur to be a template line (at least 2)
   */
  public CorpusProfile(int capacity, int minDocuments) {
    if (capacity < 16) {
      throw new IllegalArgumentException("capacity must be at least 16: " + capacity);
    }
    if (minDocuments < 2) {
      throw new IllegalArgumentException("minDocuments must be at least 2: " + minDocuments);
    }
    this.capacity = capacity;
    this.minDocuments = minDocuments;
  }

  /** A profile remembering up to 200,000 lines, template lines recurring in at least 5 documents. */
  public static CorpusProfile withDefaults() {
    return new CorpusProfile(200_000, 5);
  }

  /** Counts the short lines of a document (for HTML: the text of its blocks). */
  public void observe(Document document) {
    Set<Long> lines = new HashSet<>();
    if (document.kind() == Document.Kind.HTML) {
      HtmlLines.forEach(document.text(), line -> add(lines, line));
    } else {
      String t = document.text();
      int s = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || t.charAt(i) == '\n') {
          add(lines, t.substring(s, i));
          s = i + 1;
        }
      }
    }
    record(lines);
  }

  private static void add(Set<Long> lines, String line) {
    long h = hash(line);
    if (h != 0) {
      lines.add(h);
    }
  }

  /** Writers take the lock (eviction walks the table); readers never do. */
  private synchronized void record(Set<Long> lines) {
    documents.incrementAndGet();
    for (Long h : lines) {
      counts.computeIfAbsent(h, k -> new AtomicInteger()).incrementAndGet();
    }
    int floor = 1;
    while (counts.size() > capacity) {
      // Lossy counting: drop the rarest lines first, then the next rarest, until the table fits.
      final int f = floor;
      Iterator<AtomicInteger> it = counts.values().iterator();
      while (it.hasNext()) {
        if (it.next().get() <= f) {
          it.remove();
        }
      }
      floor++;
    }
  }

  /** Whether the line recurs in at least {@code minDocuments} observed documents. */
  public boolean isTemplate(String line) {
    long h = hash(line);
    if (h == 0) {
      return false;
    }
    AtomicInteger c = counts.get(h);
    return c != null && c.get() >= minDocuments;
  }

  /** How many documents were observed. */
  public int documents() {
    return documents.get();
  }

  /** How many distinct lines are remembered (never more than the capacity). */
  public int size() {
    return counts.size();
  }

  /** 64-bit FNV-1a of the line's key; 0 for lines that are not template candidates. */
  static long hash(String line) {
    int words = TextFeatures.words(line);
    if (words == 0 || words > MAX_WORDS || TextFeatures.hasQuoteMark(line, 0, line.length())) {
      return 0;
    }
    String key = TextFeatures.key(line);
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
