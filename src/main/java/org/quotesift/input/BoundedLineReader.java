package org.quotesift.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()} but never holds more than a limit of
 * characters: a longer line is skipped to its end and flagged, so one 200 MB line cannot exhaust
 * memory. Only {@code \n} ends a line; a {@code \r} before it is dropped.
 */
final class BoundedLineReader {
  private final Reader in;
  private final long limit;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int filled;
  private long lineNumber;
  private boolean tooLong;

  BoundedLineReader(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its terminator, or null at the end. */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == filled) {
        filled = in.read(buffer, 0, buffer.length);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          break;
        }
      }
      any = true;
      int start = position;
      while (position < filled && buffer[position] != '\n') {
        position++;
      }
      int run = position - start;
      length += run;
      if (length > limit) {
        tooLong = true;
        line.setLength(0);
      } else {
        line.append(buffer, start, run);
      }
      if (position < filled) {
        position++; // the '\n'
        break;
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** Whether the line last returned exceeded the limit (it is then returned empty). */
  boolean lastLineTooLong() {
    return tooLong;
  }
}
