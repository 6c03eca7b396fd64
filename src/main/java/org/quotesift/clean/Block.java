package org.quotesift.clean;

import java.util.Objects;

/**
 * A line or block of a document's text with the cleaner's decision about it.
 *
 * <p>{@code start} and {@code end} are {@code char} offsets into {@link CleanDocument#text()}, end
 * exclusive, and never include the line break. A block is either kept (part of the article: title,
 * subtitle, heading or paragraph) or dropped, with the reason shown by {@code clean --explain}.
 *
 * @param start first char of the block
 * @param end one past the last char
 * @param role what the block is in the article
 * @param kept whether the block is part of the article's text
 * @param reason why it was dropped (or, for kept metadata blocks, what it was taken as); never null
 */
public record Block(int start, int end, Role role, boolean kept, String reason) {

  /** What a block is. */
  public enum Role {
    /** The headline. Kept, but given as metadata rather than body text. */
    TITLE,
    /** A standfirst or dek under the headline. Kept, given as metadata. */
    SUBTITLE,
    /** A heading inside the body. */
    HEADING,
    /** A body paragraph. */
    PARAGRAPH,
    /** A byline ("By …"), given as metadata. */
    BYLINE,
    /** A dateline or date line, given as metadata. */
    DATE,
    /** Anything else a scraper dragged along. */
    BOILERPLATE
  }

  public Block {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
  }

  /** A kept body paragraph. */
  public static Block paragraph(int start, int end) {
    return new Block(start, end, Role.PARAGRAPH, true, "");
  }

  /** A dropped block. */
  public static Block dropped(int start, int end, String reason) {
    return new Block(start, end, Role.BOILERPLATE, false, reason);
  }

  /** Whether the block is body text (a kept paragraph or heading) as opposed to metadata or boilerplate. */
  public boolean isBody() {
    return kept && (role == Role.PARAGRAPH || role == Role.HEADING);
  }

  /** Whether quotes should be looked for in the block: body text, title and subtitle. */
  public boolean isQuotable() {
    return kept && role != Role.BYLINE && role != Role.DATE && role != Role.BOILERPLATE;
  }

  /** The block's text. */
  public String text(String documentText) {
    return documentText.substring(start, end);
  }
}
