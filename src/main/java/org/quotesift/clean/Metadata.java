package org.quotesift.clean;

/**
 * What the cleaner learned about an article besides its body. Every field is null when unknown.
 *
 * @param title the headline
 * @param subtitle the standfirst or dek
 * @param byline the author names, without "By"
 * @param date the publication date as the page gives it (ISO 8601 when the page has a machine date)
 * @param source the publication or site name
 * @param url the canonical URL, if the page or the input container gives one
 * @param language the language code the page declares
 */
public record Metadata(
    String title,
    String subtitle,
    String byline,
    String date,
    String source,
    String url,
    String language) {

  /** No metadata at all. */
  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

  public Metadata {
    title = blankToNull(title);
    subtitle = blankToNull(subtitle);
    byline = blankToNull(byline);
    date = blankToNull(date);
    source = blankToNull(source);
    url = blankToNull(url);
    language = blankToNull(language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
