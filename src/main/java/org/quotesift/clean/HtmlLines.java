package org.quotesift.clean;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A cheap, parser-free view of an HTML page as lines of visible text, for {@link CorpusProfile}'s
 * pre-pass: block tags end a line, inline tags do not, script and style content is skipped, and the
 * commonest entities are decoded. It only has to give the same line for the same template markup on
 * every page of a site, so it does not aim at full HTML fidelity; a single linear scan.
 */
final class HtmlLines {

  private HtmlLines() {}

  private static final Set<String> INLINE = Set.of(
      "a", "span", "b", "i", "em", "strong", "font", "small", "abbr", "time", "sup", "sub", "u", "mark",
      "cite", "q", "code", "img", "wbr", "s", "big", "label");

  static void forEach(String html, Consumer<String> sink) {
    StringBuilder line = new StringBuilder();
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i + 1);
        if (close < 0) {
          break;
        }
        String name = tagName(html, i + 1, close);
        if (name.equals("script") || name.equals("style")) {
          int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
          i = end < 0 ? n : end;
          flush(line, sink);
          continue;
        }
        if (!INLINE.contains(name)) {
          flush(line, sink);
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        if (semi > i && semi - i <= 8) {
          line.append(entity(html.substring(i + 1, semi)));
          i = semi + 1;
        } else {
          line.append(c);
          i++;
        }
      } else {
        line.append(c);
        i++;
      }
    }
    flush(line, sink);
  }

  private static String tagName(String html, int from, int to) {
    int s = from;
    if (s < to && (html.charAt(s) == '/' || html.charAt(s) == '!')) {
      s++;
    }
    int e = s;
    while (e < to && Character.isLetterOrDigit(html.charAt(e))) {
      e++;
    }
    return html.substring(s, e).toLowerCase(Locale.ROOT);
  }

  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "nbsp": return " ";
      case "quot": return "\"";
      case "lt": return "<";
      case "gt": return ">";
      default: return " ";
    }
  }

  private static void flush(StringBuilder line, Consumer<String> sink) {
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      sink.accept(s);
    }
    line.setLength(0);
  }
}
