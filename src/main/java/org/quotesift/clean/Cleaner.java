package org.quotesift.clean;

import org.quotesift.input.Document;

/**
 * Splits a document into kept and dropped blocks and finds its metadata.
 *
 * <p>Plain text ({@link Document.Kind#TEXT}) is classified line by line and the blocks index the
 * input text itself, so offsets found in the cleaned blocks are offsets in the input. HTML is parsed
 * with Jsoup, its main content is extracted, and the blocks index the extracted text (paragraphs
 * separated by blank lines). Container hints ({@code url}, {@code title}, {@code date}) are used as
 * fallbacks for metadata the document does not give.
 *
 * <p>A pure function of its arguments: no I/O, no shared state. The optional {@link CorpusProfile}
 * adds what was learned from the other documents of a run (lines recurring across many documents
 * are the site's template); it is only read here.
 */
public final class Cleaner {

  private Cleaner() {}

  /** Cleans one document on its own. */
  public static CleanDocument clean(Document document) {
    return clean(document, null);
  }

  /**
   * Cleans one document, also dropping lines that {@code profile} has seen recur across the corpus.
   *
   * @param profile the run's corpus profile, or null for none
   */
  public static CleanDocument clean(Document document, CorpusProfile profile) {
    return document.kind() == Document.Kind.HTML
        ? HtmlCleaner.clean(document, profile)
        : TextCleaner.clean(document, profile);
  }
}
