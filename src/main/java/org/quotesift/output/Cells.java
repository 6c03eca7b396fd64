package org.quotesift.output;

/** CSV cell text for a value that may be null. */
final class Cells {
  private Cells() {}

  static String of(Object o) {
    return o == null ? "" : o.toString();
  }
}
