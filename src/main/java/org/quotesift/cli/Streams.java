package org.quotesift.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The process's standard streams as the commands see them.
 *
 * @param in standard input
 * @param out standard output, for data
 * @param terminals which standard streams are terminals
 */
record Streams(InputStream in, OutputStream out, Main.Terminals terminals) {}
