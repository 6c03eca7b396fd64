package org.quotesift.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.quotesift.input.Document;

/**
 * Splits a document into kept and dropped blocks and finds its metadata.
 *
 * <p>A pure function of the document.
 */
public final class Cleaner {

  private Cleaner() {}

  /** Cleans one document. */
  public static CleanDocument clean(Document document) {
    String text = document.kind() == Document.Kind.HTML
        ? Jsoup.parse(document.text()).wholeText()
        : document.text();
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int s = lineStart;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          blocks.add(Block.paragraph(s, e));
        }
        lineStart = i + 1;
      }
    }
    return new CleanDocument(document, text, blocks, Metadata.EMPTY);
  }
}
