package org.quotesift.clean;

import java.util.List;
import java.util.Objects;
import org.quotesift.input.Document;

/**
 * A document split into blocks, each kept or dropped, with the article's metadata.
 *
 * <p>{@code text} is the text the blocks point into. For plain-text documents it is the source text
 * itself, so block offsets are offsets in the input; for HTML it is the text extracted from the page.
 * Blocks are in document order and do not overlap.
 *
 * @param source the document that was cleaned
 * @param text the text that {@code blocks} index
 * @param blocks every block, kept or dropped, in order
 * @param metadata title, byline, date and the like
 */
public record CleanDocument(Document source, String text, List<Block> blocks, Metadata metadata) {

  public CleanDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(metadata, "metadata");
    int previousEnd = 0;
    for (Block b : blocks) {
      if (b.start() < previousEnd || b.end() > text.length()) {
        throw new IllegalArgumentException("blocks out of order or outside the text: " + b);
      }
      previousEnd = b.end();
    }
  }

  /** The kept body blocks (paragraphs and headings), in order. */
  public List<Block> body() {
    return blocks.stream().filter(Block::isBody).toList();
  }

  /** The article body: body blocks separated by a blank line. */
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : body()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(text, b.start(), b.end());
    }
    return sb.toString();
  }

  /** How many blocks were dropped as boilerplate (metadata blocks such as the byline count too). */
  public int removed() {
    return (int) blocks.stream().filter(b -> !b.isQuotable()).count();
  }
}
