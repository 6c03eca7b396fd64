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

  /**
   * What is known before loading: the size in bytes of what will be decoded (-1 when unknown, as
   * for compressed files) and whether it is HTML. Lets a caller refuse a document that cannot fit
   * in memory before reading it.
   */
  default Estimate estimate() {
    return Estimate.UNKNOWN;
  }

  /**
   * A document's size before it is loaded.
   *
   * @param bytes its size in bytes, or -1 when unknown
   * @param html whether it is (probably) HTML
   */
  record Estimate(long bytes, boolean html) {
    /** Nothing known. */
    public static final Estimate UNKNOWN = new Estimate(-1, false);
  }

  /**
   * The memory, in chars, this document holds before it is loaded: 0 for a file read when loaded;
   * its text for a document already in memory (a record split out of an archive). Lets a caller
   * bound the memory of the documents it keeps in flight, not only their number.
   */
  default long heldChars() {
    return 0;
  }

  /** A document that is already in memory. */
  static PendingDocument of(Document document) {
    return new PendingDocument() {
      @Override
      public String name() {
        return document.id();
      }

      @Override
      public long heldChars() {
        return document.text().length();
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
