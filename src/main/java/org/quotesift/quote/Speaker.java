package org.quotesift.quote;

import java.util.Objects;

/**
 * Who said a quote.
 *
 * @param canonical the speaker's name as resolved within the article (the fullest name seen, e.g.
 *     {@code Kang Kyung-wha} for a {@code she}), or a description for unnamed speakers ({@code an
 *     American official})
 * @param mention the words at the cue that name the speaker, exactly as in the text ({@code she})
 * @param mentionStart {@code char} offset of {@code mention} in the text
 * @param mentionEnd one past its last char
 * @param title the speaker's title or role where the article gives it ({@code Foreign Minister}), or
 *     null
 */
public record Speaker(String canonical, String mention, int mentionStart, int mentionEnd, String title) {

  public Speaker {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(mention, "mention");
    if (mentionStart < 0 || mentionEnd < mentionStart) {
      throw new IllegalArgumentException("bad mention span [" + mentionStart + ", " + mentionEnd + ")");
    }
  }
}
