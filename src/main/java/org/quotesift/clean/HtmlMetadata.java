package org.quotesift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Article metadata from a parsed page, most reliable source first: JSON-LD, then Open Graph and
 * article meta tags, then visible markup ({@code <h1>}, {@code <time>}, rel=author, byline blocks),
 * then {@code <title>}. Container hints fill what the page does not give.
 */
final class HtmlMetadata {

  private HtmlMetadata() {}

  /** Jackson's mapper is thread-safe once configured; it holds no per-document state. */
  private static final ObjectMapper JSON = new ObjectMapper();

  static Metadata extract(org.jsoup.nodes.Document page, Map<String, String> hints) {
    List<JsonNode> ld = jsonLd(page);
    String site = first(meta(page, "og:site_name"), ldString(ld, "publisher", "name"),
        meta(page, "application-name"));
    String title = first(ldString(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
        text(page.selectFirst("h1")), page.title());
    title = stripSite(title, site);
    if (site == null) {
      String[] split = TextCleaner.splitSiteSuffix(page.title());
      site = split[1];
    }
    String subtitle = text(page.selectFirst(
        "[class~=(?i)(^|[-_ ])(dek|standfirst|subtitle|sub-title|subhead|subheadline|summary|lede)($|[-_ ])]"));
    if (subtitle != null && TextFeatures.words(subtitle) > 60) {
      subtitle = null;
    }
    String byline = first(ldAuthor(ld), author(meta(page, "author")), author(meta(page, "article:author")),
        author(meta(page, "sailthru.author")), author(text(page.selectFirst("[rel=author]"))),
        author(text(page.selectFirst("[itemprop=author]"))), visibleByline(page));
    String date = first(ldString(ld, "datePublished"), meta(page, "article:published_time"),
        meta(page, "datePublished"), meta(page, "pubdate"), meta(page, "publishdate"),
        meta(page, "date"), meta(page, "dc.date.issued"), meta(page, "sailthru.date"), timeAttr(page),
        ldString(ld, "dateModified"), hints.get("date"));
    String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"),
        hints.get("url"));
    String lang = first(attr(page.selectFirst("html[lang]"), "lang"), meta(page, "og:locale"),
        attr(page.selectFirst("meta[http-equiv=content-language]"), "content"), hints.get("language"));
    if (title == null) {
      title = hints.get("title");
    }
    return new Metadata(title, subtitle, byline, date, site, url, lang);
  }

  /** "Headline | Site" → "Headline" when the suffix names the site or is set off by a bar. */
  static String stripSite(String title, String site) {
    if (title == null) {
      return null;
    }
    String siteKey = site == null ? "" : TextFeatures.key(site);
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
      int k = title.lastIndexOf(sep);
      if (k > 0) {
        String suffix = title.substring(k + sep.length());
        String key = TextFeatures.key(suffix);
        boolean names = !siteKey.isEmpty() && !key.isEmpty() && (siteKey.contains(key) || key.contains(siteKey));
        if (names || sep.equals(" | ") && TextFeatures.words(suffix) <= 5) {
          return title.substring(0, k).strip();
        }
      }
    }
    return title.strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String meta(org.jsoup.nodes.Document page, String name) {
    for (Element m : page.getElementsByTag("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name)) {
        String v = m.attr("content");
        if (!v.isBlank()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String timeAttr(org.jsoup.nodes.Document page) {
    Element t = page.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  /** A person's name from an author field; null for URLs and "Email the author" style noise. */
  static String author(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (s.isEmpty() || lower.startsWith("http") || lower.contains("@") || lower.contains("email")
        || lower.contains("e-mail") || lower.contains("contact") || lower.contains("follow")) {
      return null;
    }
    if (s.startsWith("By ") || s.startsWith("BY ") || s.startsWith("by ")) {
      s = s.substring(3);
    }
    s = Boilerplate.cutName(s);
    int w = TextFeatures.words(s);
    return w >= 1 && w <= 12 ? s : null;
  }

  private static String visibleByline(org.jsoup.nodes.Document page) {
    for (Element e : page.select("[class*=byline], [class*=author-name], [class*=author], [id*=byline]")) {
      String t = e.text();
      if (t.length() > 120) {
        continue;
      }
      String name = Boilerplate.bylineName(t, TextFeatures.words(t));
      if (name == null) {
        name = author(t);
      }
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLd(org.jsoup.nodes.Document page) {
    List<JsonNode> out = new ArrayList<>();
    Elements scripts = page.select("script[type=application/ld+json]");
    for (Element s : scripts) {
      try {
        collect(JSON.readTree(s.data()), out);
      } catch (Exception e) {
        // Broken JSON-LD is common on the web; the other sources still apply.
      }
    }
    return out;
  }

  /** Article-like JSON-LD objects, flattening arrays and {@code @graph}. */
  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    } else if (n.isObject()) {
      if (n.has("@graph")) {
        collect(n.get("@graph"), out);
      }
      String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
      if (type.contains("article") || type.contains("posting") || type.contains("report") || n.has("headline")) {
        out.add(n);
      }
    }
  }

  private static String ldString(List<JsonNode> ld, String... path) {
    for (JsonNode n : ld) {
      JsonNode v = n;
      for (String p : path) {
        v = v.isArray() && v.size() > 0 ? v.get(0).path(p) : v.path(p);
      }
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.path("author");
      List<String> names = new ArrayList<>();
      if (a.isArray()) {
        a.forEach(x -> addAuthor(x, names));
      } else {
        addAuthor(a, names);
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  private static void addAuthor(JsonNode a, List<String> names) {
    String name = a.isTextual() ? a.asText() : a.path("name").isTextual() ? a.path("name").asText() : null;
    name = author(name);
    if (name != null && !names.contains(name)) {
      names.add(name);
    }
  }
}
