package org.quotesift.input;

/**
 * An input that cannot be turned into documents: unreadable, binary, undecodable or malformed.
 *
 * <p>The message is a short reason meant to follow the input's name on one line of standard error, as
 * in {@code quotesift: PATH: reason}; it never contains a stack trace.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String reason) {
    super(reason);
  }

  public InputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
