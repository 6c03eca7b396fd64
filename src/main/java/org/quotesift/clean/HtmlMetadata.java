package org.quotesift.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Article metadata from a parsed page, most reliable source first: JSON-LD, then Open Graph and
 * article meta tags, then visible markup ({@code <h1>}, {@code <time>}, rel=author, byline blocks),
 * then {@code <title>}. Container hints fill what the page does not give.
 */
final class HtmlMetadata {

  private HtmlMetadata() {}

  /** Jackson's mapper is thread-safe once configured; it holds no per-document state. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one walk over the page collects for the metadata rules. */
  private static final class Found {
    final Map<String, String> meta = new java.util.HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    Element h1;
    Element time;
    Element relAuthor;
    Element itempropAuthor;
    Element canonical;
    Element dek;
    Element htmlLang; // the first match of html[lang]
  }

  private static final Evaluator HTML = new Evaluator.Tag("html");
  private static final Evaluator LANG = new Evaluator.Attribute("lang");

  private static final java.util.regex.Pattern DEK = java.util.regex.Pattern.compile(
      "(^|[-_ ])(dek|standfirst|subtitle|sub-title|subhead|subheadline|summary|lede)($|[-_ ])");

  /** One walk over the page (no repeated selector scans: this runs on every page). */
  private static Found collect(org.jsoup.nodes.Document page) {
    Found f = new Found();
    // stream(): the same elements in the same order as getAllElements(), without building a list.
    for (Iterator<Element> it = page.stream().iterator(); it.hasNext(); ) {
      Element e = it.next();
      switch (e.normalName()) {
        case "meta" -> {
          String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
          String content = e.attr("content");
          if (!key.isEmpty() && !content.isBlank()) {
            f.meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
          }
          if (e.attr("http-equiv").equalsIgnoreCase("content-language") && !content.isBlank()) {
            f.meta.putIfAbsent("content-language", content);
          }
        }
        case "script" -> {
          if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
            f.jsonLd.add(e.data());
          }
        }
        case "h1" -> f.h1 = f.h1 == null ? e : f.h1;
        case "time" -> f.time = f.time == null && e.hasAttr("datetime") ? e : f.time;
        case "link" -> f.canonical = f.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") ? e : f.canonical;
        default -> { }
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      if (f.htmlLang == null && HTML.matches(page, e) && LANG.matches(page, e)) {
        f.htmlLang = e; // (a selectFirst("html[lang]") walks the whole page when <html> has no lang)
      }
      if (f.relAuthor == null && e.attr("rel").equalsIgnoreCase("author") && !e.normalName().equals("link")) {
        f.relAuthor = e;
      }
      if (f.itempropAuthor == null && e.attr("itemprop").equalsIgnoreCase("author")) {
        f.itempropAuthor = e;
      }
      String cls = e.className().toLowerCase(Locale.ROOT);
      String id = e.id().toLowerCase(Locale.ROOT);
      if (f.bylines.size() < 10 && (cls.contains("byline") || cls.contains("author") || id.contains("byline"))) {
        f.bylines.add(e);
      }
      // The pattern only runs on the few classes that can match it.
      if (f.dek == null && (cls.contains("dek") || cls.contains("standfirst") || cls.contains("sub")
          || cls.contains("summary") || cls.contains("lede")) && DEK.matcher(cls).find()) {
        f.dek = e;
      }
    }
    return f;
  }

  static Metadata extract(org.jsoup.nodes.Document page, Map<String, String> hints) {
    Found f = collect(page);
    List<JsonNode> ld = jsonLd(f.jsonLd);
    String site = first(meta(f, "og:site_name"), ldString(ld, "publisher", "name"), meta(f, "application-name"));
    String title = first(ldString(ld, "headline"), meta(f, "og:title"), meta(f, "twitter:title"), text(f.h1),
        page.title());
    if (site != null && site.contains(" | ")) {
      site = site.substring(0, site.indexOf(" | ")).strip(); // "Site | Section | Section"
    }
    title = stripSite(unescape(title), site);
    if (site == null) {
      String[] split = TextCleaner.splitSiteSuffix(page.title());
      site = split[1];
    }
    String subtitle = text(f.dek);
    if (subtitle != null && TextFeatures.words(subtitle) > 60) {
      subtitle = null;
    }
    String byline = first(ldAuthor(ld), author(meta(f, "author")), author(meta(f, "article:author")),
        author(meta(f, "sailthru.author")), author(text(f.relAuthor)), author(text(f.itempropAuthor)),
        visibleByline(f.bylines));
    String date = firstDate(ldString(ld, "datePublished"), meta(f, "article:published_time"),
        meta(f, "datepublished"), meta(f, "pubdate"), meta(f, "publishdate"), meta(f, "date"),
        meta(f, "dc.date.issued"), meta(f, "sailthru.date"), attr(f.time, "datetime"),
        ldString(ld, "dateModified"), hints.get("date"));
    String url = first(attr(f.canonical, "href"), meta(f, "og:url"), hints.get("url"));
    String lang = first(attr(f.htmlLang, "lang"), meta(f, "og:locale"),
        meta(f, "content-language"), hints.get("language"));
    if (title == null) {
      title = hints.get("title");
    }
    return new Metadata(title, subtitle, byline, date, site, url, lang);
  }

  private static String meta(Found f, String name) {
    return f.meta.get(name);
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

  /** Like {@link #first}, skipping placeholder dates ("0001-01-01T00:00:00Z") some CMSs emit. */
  private static String firstDate(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank() && !v.strip().startsWith("0001-") && !v.strip().startsWith("0000-")) {
        return v.strip();
      }
    }
    return null;
  }

  /** Entities left escaped in a meta value ("doesn&#8217;t") are decoded. */
  private static String unescape(String s) {
    return s != null && s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
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
    int by = lower.indexOf("by ");
    if (by == 0 || by > 0 && by < 12 && lower.charAt(by - 1) == ' ' && lower.indexOf(' ') == by - 1) {
      s = s.substring(by + 3); // "By Ann Lee", "Analysis by Ann Lee", "Opinion by Ann Lee"
    }
    s = Boilerplate.cutName(s);
    int w = TextFeatures.words(s);
    return w >= 1 && w <= 12 ? s : null;
  }

  private static String visibleByline(List<Element> candidates) {
    for (Element e : candidates) {
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

  private static List<JsonNode> jsonLd(List<String> scripts) {
    List<JsonNode> out = new ArrayList<>();
    for (String s : scripts) {
      try {
        collectLd(JSON.readTree(s), out);
      } catch (Exception e) {
        // Broken JSON-LD is common on the web; the other sources still apply.
      }
    }
    return out;
  }

  /** Article-like JSON-LD objects, flattening arrays and {@code @graph}. */
  private static void collectLd(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collectLd(c, out));
    } else if (n.isObject()) {
      if (n.has("@graph")) {
        collectLd(n.get("@graph"), out);
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
