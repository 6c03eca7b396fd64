package org.quotesift.input;

/**
 * A document that has been found but not necessarily read yet.
 *
 * <p>Loading (reading, decompressing, decoding) is deferred so that it can run on a worker thread.
 * {@link #load()} is called at most once.
 */
public interface PendingDocument {

  /** The name used for the document in output and diagnostics. */
  String name();

  /**
   * Reads and decodes the document.
   *
   * @throws InputException with a one-line reason when it cannot be read
   */
  Document load() throws InputException;

  /** A document that is already in memory. */
  static PendingDocument of(Document document) {
    return new PendingDocument() {
      @Override
      public String name() {
        return document.id();
      }

      @Override
      public Document load() {
        return document;
      }
    };
  }

  /** A document that is known to be unreadable, for example a malformed JSON Lines record. */
  static PendingDocument failed(String name, String reason) {
    return new PendingDocument() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Document load() throws InputException {
        throw new InputException(reason);
      }
    };
  }
}
