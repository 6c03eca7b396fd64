package org.quotesift.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.quotesift.input.Document;

/**
 * Main-content extraction for news pages.
 *
 * <ol>
 *   <li>Metadata is read from the whole page first ({@link HtmlMetadata}).
 *   <li>Elements that are never article text are removed: scripts, styles, forms, navigation,
 *       headers, footers, asides, figures and captions, hidden elements, and elements whose class
 *       or id names a widget (share bars, comments, related lists, cookie and subscribe banners,
 *       hover cards…) unless they hold the headline or the article. On listing-like pages (three
 *       or more {@code <article>}s) short untitled articles are teaser cards and go too.
 *   <li>Paragraph text (low link density) is credited to every ancestor; the content container is
 *       reached by descending from {@code <body>} (or from a titled {@code <article>} or {@code
 *       itemprop=articleBody} holding most of the text) into the child holding most of it while
 *       that child holds nearly all of it. A body split over sibling blocks (ads between them) is
 *       thus kept whole, as their common parent is chosen.
 *   <li>The container is flattened into text blocks (block elements and {@code <br>} end a block,
 *       table cells are words of their row; link characters are counted), and the blocks are
 *       classified like the lines of a text dump: wording rules, duplicates, link density, teaser
 *       excerpts, and a maximum-sum run of prose scores that trims leftover menus and link lists at
 *       the edges while keeping headings, lists, table rows and {@code <br>}-broken paragraphs
 *       inside; a tail marker ("Related", a sign-up box) after most of the prose ends it.
 * </ol>
 */
final class HtmlCleaner {

  private HtmlCleaner() {}

  /** Score of a short block without sentence punctuation: a label or menu item. */
  private static final double SHORT = -1;

  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "select", "input",
      "textarea", "nav", "footer", "aside", "figure", "figcaption", "header", "menu", "dialog", "object",
      "embed", "video", "audio", "picture", "map", "head", "label");

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
      "dt", "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "center", "hr", "address",
      "details", "summary", "body", "form", "fieldset");

  /** Class or id words that always mark a widget, never the article. */
  private static final String[] STRONG = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend", "outbrain", "taboola",
    "cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "sign-up", "trending", "popular",
    "most-read", "mostread", "more-stories", "read-more", "readmore", "recirc", "breadcrumb", "caption",
    "credit", "byline", "sidebar", "promo", "sponsor", "advert", "banner", "modal", "popup", "overlay",
    "pagination", "pager", "toolbar", "widget", "footer", "masthead", "navbar", "menu", "skip-link",
    "visually-hidden", "sr-only", "screen-reader", "hidden", "author-bio", "about-author", "tags",
    "keywords", "print-only", "jump", "rail", "teaser", "nocontent", "paywall-", "login", "donate",
    "video-player", "playlist", "gallery", "slideshow", "timestamp", "dateline", "post-meta", "entry-meta",
    "article-meta", "meta-data", "topics", "rollover", "tooltip", "popover", "hovercard"
  };

  /** Class or id words that mark the article itself and protect an element from removal. */
  private static final String[] POSITIVE = {
    "article-body", "articlebody", "article-content", "articlecontent", "story-body", "storybody",
    "entry-content", "post-content", "post-body", "article__body", "article-text", "story-content",
    "main-content", "body-text", "bodytext", "content-body", "article_body", "story-text", "text-body"
  };

  /** {@link #STRONG} and {@link #POSITIVE} for one scan of each class and id (every element has one). */
  private static final Phrases STRONG_WORDS = new Phrases(List.of(STRONG));
  private static final Phrases POSITIVE_WORDS = new Phrases(List.of(POSITIVE));

  /** Class or id tokens (whole tokens) that mark a widget. */
  private static final Set<String> TOKENS = Set.of(
      "ad", "ads", "dfp", "nav", "tag", "meta", "author", "date", "share", "aside", "related", "tools",
      "social", "print", "email", "subscription", "header", "head", "top", "bottom", "links", "more");

  static CleanDocument clean(Document doc, CorpusProfile profile) {
    org.jsoup.nodes.Document page = Jsoup.parse(doc.text(), doc.hints().getOrDefault("url", ""));
    Metadata meta = HtmlMetadata.extract(page, doc.hints());
    Element body = page.body();
    prune(body);
    Element container = container(body);
    List<Chunk> chunks = flatten(container);
    return classify(doc, chunks, meta, profile);
  }

  // ---- 2. pruning

  private static void prune(Element body) {
    List<Element> drop = new ArrayList<>();
    // The <article>s that stay, in document order: what body.getElementsByTag("article") finds after
    // the removals (the walk does not enter what it drops), without another walk of the page.
    List<Element> articles = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return node instanceof org.jsoup.nodes.Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
        }
        if (e == body) {
          return FilterResult.CONTINUE;
        }
        if (isJunk(e)) {
          drop.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (ARTICLE.matches(body, e)) {
          articles.add(e);
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    for (Element e : drop) {
      e.remove();
    }
    // A page with many <article>s lists other stories: short untitled ones are teaser cards.
    if (articles.size() >= 3) {
      Element longest = null;
      int longestText = -1;
      int[] lengths = new int[articles.size()];
      for (int i = 0; i < articles.size(); i++) {
        lengths[i] = articles.get(i).text().length();
        if (lengths[i] > longestText) {
          longestText = lengths[i];
          longest = articles.get(i);
        }
      }
      for (int i = 0; i < articles.size(); i++) {
        Element a = articles.get(i);
        // The longest one may be a short news brief among teasers: it stays.
        if (a != longest && lengths[i] < 600 && a.getElementsByTag("h1").isEmpty()) {
          a.remove();
        }
      }
    }
  }

  private static boolean isJunk(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      // A <header> or <form> wrapping the whole article (some CMSs do) is kept.
      if ((tag.equals("header") || tag.equals("form")) && e.getElementsByTag("p").size() >= 4) {
        return false;
      }
      return true;
    }
    if (tag.equals("form") && e.getElementsByTag("p").size() < 4) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("menu")) {
      return true;
    }
    if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("p")
        || tag.startsWith("h") && tag.length() == 2) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    if (POSITIVE_WORDS.anyIn(names)) {
      return false;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    if (STRONG_WORDS.anyIn(names)) {
      return !holdsArticle(e);
    }
    // Whole-token matches ("ad", "nav"), split by hand: this runs on every element with a class.
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start <= 12 && TOKENS.contains(names.substring(start, i))) {
          return !holdsArticle(e);
        }
        start = -1;
      }
    }
    return false;
  }

  private static final Evaluator H1 = new Evaluator.Tag("h1");
  private static final Evaluator ARTICLE = new Evaluator.Tag("article");
  private static final Evaluator ARTICLE_BODY = new Evaluator.AttributeWithValue("itemprop", "articleBody");
  private static final Evaluator P = new Evaluator.Tag("p");

  /**
   * Guard for class-name rules: a wrapper with many paragraphs is not a widget ("page-with-sidebar").
   * One walk over the subtree answers what three element searches used to (same evaluators as
   * {@code getElementsByTag} and {@code getElementsByAttributeValue}, so the same matches).
   */
  private static boolean holdsArticle(Element e) {
    int ps = 0;
    for (Iterator<Element> it = e.stream().iterator(); it.hasNext(); ) {
      Element x = it.next();
      if (H1.matches(e, x) || ARTICLE.matches(e, x) || ARTICLE_BODY.matches(e, x)) {
        return true;
      }
      if (P.matches(e, x) && x.text().length() > 120 && ++ps >= 3) {
        return true;
      }
    }
    return false;
  }

  // ---- 3. the content container

  private static Element container(Element body) {
    Map<Element, double[]> weight = new IdentityHashMap<>();
    List<Element> declaredCandidates = new ArrayList<>();
    // One walk: paragraphs, text-bearing blocks and self-declared article elements.
    for (Iterator<Element> it = body.stream().iterator(); it.hasNext(); ) { // getAllElements(), no list
      Element e = it.next();
      String tag = e.normalName();
      if (tag.equals("p")) {
        credit(e, paragraphWeight(e), weight);
      } else if (tag.equals("div") || tag.equals("td") || tag.equals("section") || tag.equals("article")
          || tag.equals("pre")) {
        int own = ownTextLength(e);
        if (own >= 80) {
          credit(e, own * 0.8, weight);
        }
      }
      if (tag.equals("article") || e.attributesSize() > 0 && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
        declaredCandidates.add(e);
      }
    }
    return descend(body, declared(body, declaredCandidates, weight), weight);
  }

  /**
   * An element that declares itself the article ({@code itemprop=articleBody}, or an {@code
   * <article>} with the headline) and holds most of the text is where the article is, even when
   * teasers of other stories share the page; null when there is none.
   */
  private static Element declared(Element body, List<Element> candidates, Map<Element, double[]> weight) {
    double bodyWeight = weightOf(body, weight);
    Element declared = null;
    for (Element e : candidates) {
      boolean titled = !e.normalName().equals("article") || !e.getElementsByTag("h1").isEmpty();
      if (titled && weightOf(e, weight) >= 0.5 * bodyWeight
          && (declared == null || weightOf(e, weight) > weightOf(declared, weight))) {
        declared = e;
      }
    }
    return declared;
  }

  /** From the declared article (or the body), into the child holding nearly all paragraph text. */
  private static Element descend(Element body, Element declared, Map<Element, double[]> weight) {
    Element at = declared != null ? declared : body;
    while (true) {
      double total = weightOf(at, weight);
      Element best = null;
      double bestW = 0;
      for (Element c : at.children()) {
        double w = weightOf(c, weight);
        if (w > bestW) {
          bestW = w;
          best = c;
        }
      }
      if (best == null || total <= 0 || bestW < 0.82 * total) {
        return at;
      }
      at = best;
    }
  }

  private static double weightOf(Element e, Map<Element, double[]> weight) {
    double[] w = weight.get(e);
    return w == null ? 0 : w[0];
  }

  /** Non-link text of a paragraph, with bonus for sentence punctuation; nothing for link lists. */
  private static double paragraphWeight(Element p) {
    String t = p.text();
    int len = t.length();
    if (len < 25) {
      return 0;
    }
    int links = 0;
    for (Element a : p.getElementsByTag("a")) {
      links += a.text().length();
    }
    double density = (double) links / len;
    if (density > 0.5) {
      return 0;
    }
    int punct = TextFeatures.punctuation(t, 0, len);
    return (len - links) * (1 + Math.min(punct, 10) / 10.0);
  }

  private static void credit(Element e, double w, Map<Element, double[]> weight) {
    if (w <= 0) {
      return;
    }
    for (Element a = e; a != null; a = a.parent()) {
      weight.computeIfAbsent(a, k -> new double[1])[0] += w;
    }
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element el && isInline(el)) {
        n += el.text().length();
      }
    }
    return n;
  }

  private static boolean isInline(Element e) {
    return !BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("br");
  }

  // ---- 4. flattening into text blocks

  /** A block of text from the page with how much of it is link text and what element made it. */
  private static final class Chunk {
    final StringBuilder text = new StringBuilder();
    int linkChars;
    String tag = "p";
    boolean inList;
    boolean inTable;
    /** Blocks split only by {@code <br>} share a group: lines of one paragraph or list. */
    int group;
  }

  /** The walk's state: the block being filled and how deep in links, lists and tables it is. */
  private static final class Flattener implements NodeVisitor {
    final List<Chunk> out = new ArrayList<>();
    Chunk cur = new Chunk();
    int links;
    int lists;
    int tables;
    int group;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(cur, t.getWholeText(), links > 0);
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          links++;
        } else if (tag.equals("br")) {
          end();
        } else if ((tag.equals("img") || tag.equals("td") || tag.equals("th")) && cur.text.length() > 0) {
          // Table cells are words of their row: a row is one block, as readers see it.
          appendText(cur, " ", false);
        } else if (BLOCK_TAGS.contains(tag)) {
          end();
          group++;
          cur.tag = tag;
          if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
            lists++;
          } else if (tag.equals("table")) {
            tables++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          links--;
        } else if (BLOCK_TAGS.contains(tag)) {
          cur.tag = tag;
          end();
          group++;
          if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) {
            lists--;
          } else if (tag.equals("table")) {
            tables--;
          }
          cur.tag = e.parent() == null ? "div" : e.parent().normalName();
        }
      }
    }

    void end() {
      String s = cur.text.toString().strip();
      if (s.isEmpty()) {
        cur.text.setLength(0);
        cur.linkChars = 0;
        return;
      }
      cur.text.setLength(0);
      cur.text.append(s);
      cur.inList = lists > 0 || cur.tag.equals("li");
      cur.inTable = tables > 0;
      cur.group = group;
      out.add(cur);
      Chunk next = new Chunk();
      next.tag = cur.tag;
      cur = next;
    }
  }

  private static List<Chunk> flatten(Element container) {
    Flattener f = new Flattener();
    NodeTraversor.traverse(f, container);
    f.end();
    return f.out;
  }

  /** Appends text with white space collapsed to single spaces. */
  private static void appendText(Chunk c, String s, boolean link) {
    StringBuilder sb = c.text;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u200b' || ch == '\ufeff') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      } else {
        sb.append(ch);
        if (link) {
          c.linkChars++;
        }
      }
    }
  }

  // ---- 5. classifying the blocks

  /** Per-block decisions of the classifier, filled step by step. */
  private static final class Decisions {
    final String[] reasons;
    final double[] score;
    final Block.Role[] roles;
    final int[] words; // TextFeatures.words of each block, counted once
    final int[] groupWords;
    final int[] groupLines;

    Decisions(List<Chunk> chunks) {
      int n = chunks.size();
      reasons = new String[n];
      score = new double[n];
      roles = new Block.Role[n];
      words = new int[n];
      groupWords = new int[n];
      groupLines = new int[n];
      // Groups are runs of consecutive blocks: measure each run once.
      for (int from = 0; from < n; ) {
        int to = from;
        int words = 0;
        while (to < n && chunks.get(to).group == chunks.get(from).group) {
          this.words[to] = TextFeatures.words(chunks.get(to).text);
          words += this.words[to];
          to++;
        }
        for (int j = from; j < to; j++) {
          groupWords[j] = words;
          groupLines[j] = to - from;
        }
        from = to;
      }
    }
  }

  private static CleanDocument classify(Document doc, List<Chunk> chunks, Metadata meta, CorpusProfile profile) {
    Decisions d = new Decisions(chunks);
    Map<String, Integer> seen = new HashMap<>();
    String titleKey = meta.title() == null ? "" : TextFeatures.key(meta.title());
    for (int i = 0; i < chunks.size(); i++) {
      judge(chunks, i, d, seen, titleKey, profile);
    }
    int[] region = bestRegion(d.score);
    if (region[1] < region[0]) {
      // Nothing reads like an article (a snippet, a one-line page): keep whatever is not boilerplate.
      region[0] = 0;
      region[1] = chunks.size() - 1;
      for (int i = 0; i < chunks.size(); i++) {
        if (d.reasons[i] == null) {
          d.score[i] = Math.max(d.score[i], 0.1);
        }
      }
    }
    cutTail(chunks, d.reasons, d.score, region);
    applyRegion(chunks, d, region);
    return build(doc, chunks, d.roles, d.reasons, meta);
  }

  /** Role, boilerplate reason (if any) and prose score of block {@code i}. */
  private static void judge(List<Chunk> chunks, int i, Decisions d, Map<String, Integer> seen, String titleKey,
      CorpusProfile profile) {
    Chunk c = chunks.get(i);
    String t = c.text.toString();
    int words = d.words[i];
    String key = TextFeatures.key(t);
    boolean heading = c.tag.length() == 2 && c.tag.charAt(0) == 'h' && Character.isDigit(c.tag.charAt(1));
    double density = (double) c.linkChars / Math.max(1, t.length());
    Integer first = key.isEmpty() ? null : seen.putIfAbsent(key, i + 1);
    boolean sentence = TextFeatures.endsSentence(t);
    d.roles[i] = heading ? Block.Role.HEADING : Block.Role.PARAGRAPH;
    if (!titleKey.isEmpty() && key.equals(titleKey) && (heading || i < 5)) {
      d.roles[i] = Block.Role.TITLE;
      d.reasons[i] = "title";
      d.score[i] = -0.5;
      return;
    }
    if (first != null && !(sentence && words >= 4 && density < 0.2)) {
      // Repeated prose is kept (interview questions asked of several people); repeated labels,
      // links and captions are dropped.
      d.reasons[i] = "duplicate of block " + first;
    } else if (profile != null && profile.isTemplate(t)) {
      d.reasons[i] = "site template (recurs across documents)";
    } else if (density > 0.5 && !(words >= 30 && density < 0.7) && !groupIsText(chunks, i)) {
      d.reasons[i] = c.inList ? "link list" : "link";
    } else if (Boilerplate.isTeaser(t, words) && (linkDense(chunks, i - 1) || linkDense(chunks, i + 1))) {
      // An excerpt cut off next to a link: a listing of other stories.
      d.reasons[i] = "teaser (truncated excerpt)";
    } else {
      d.reasons[i] = Boilerplate.reason(t, key, words);
      if (d.reasons[i] == null && !heading && Boilerplate.bylineName(t, words) != null) {
        d.reasons[i] = "byline";
        d.roles[i] = Block.Role.BYLINE;
      } else if (d.reasons[i] == null && !heading && d.groupLines[i] < 3 && !c.inTable && !c.inList
          && Boilerplate.isDateLine(t, words, key)) {
        // (Lines of a <br>-broken paragraph, rows and list items with dates are a schedule.)
        d.reasons[i] = "date line";
        d.roles[i] = Block.Role.DATE;
      }
    }
    if (d.reasons[i] != null) {
      if (d.roles[i] != Block.Role.BYLINE && d.roles[i] != Block.Role.DATE) {
        d.roles[i] = Block.Role.BOILERPLATE;
      }
      // As in text dumps: a caption between paragraphs must not cut the article in two.
      d.score[i] = d.reasons[i].startsWith("photo caption") ? -0.3 : -1.5;
    } else {
      d.score[i] = heading ? -0.3 : proseScore(c, t, words, sentence, density, d.groupWords[i], d.groupLines[i]);
    }
  }

  /** Positive for prose, about zero for article data (rows, list items), negative for labels. */
  private static double proseScore(Chunk c, String t, int words, boolean sentence, double density, int groupWords,
      int groupLines) {
    if (words >= 10 && (sentence || TextFeatures.punctuation(t, 0, t.length()) >= 2)) {
      return (1 + Math.min(words, 100) / 15.0) * (1 - density);
    }
    if (sentence && (words >= 4 || TextFeatures.hasQuoteMark(t, 0, t.length()))) {
      return 0.3;
    }
    if (words >= 3 && groupLines >= 3 && groupWords >= 30) {
      // A line of a paragraph broken with <br> (a schedule, a list of results): its share of what
      // the whole paragraph would score.
      return 0.5 * (1 + Math.min(groupWords, 100) / 15.0) / groupLines;
    }
    if (words >= 3 && (c.inTable || c.inList)) {
      // A table row or a list item without links: too short to vouch for the article, too
      // structured to be a menu.
      return 0.1;
    }
    return words >= 25 ? 0.5 : SHORT;
  }

  /** Drops what lies outside the article's region and the labels and empty headings inside it. */
  private static void applyRegion(List<Chunk> chunks, Decisions d, int[] region) {
    for (int i = 0; i < chunks.size(); i++) {
      if (d.reasons[i] != null) {
        continue;
      }
      if (i < region[0] || i > region[1]) {
        d.roles[i] = Block.Role.BOILERPLATE;
        d.reasons[i] = i < region[0] ? "before the article" : "after the article";
      } else if (d.score[i] <= 0 && d.roles[i] == Block.Role.PARAGRAPH && !chunks.get(i).inList
          && !keepShort(chunks, d.score, i, region)) {
        d.roles[i] = Block.Role.BOILERPLATE;
        d.reasons[i] = "short line without sentence (label)";
      } else if (d.roles[i] == Block.Role.HEADING
          && (i == region[1] || d.score[i + 1] <= 0 && d.roles[i + 1] != Block.Role.PARAGRAPH)) {
        d.roles[i] = Block.Role.BOILERPLATE;
        d.reasons[i] = "heading without text";
      }
    }
  }

  /**
   * Whether the lines sharing block {@code i}'s group (one element broken by {@code <br>}) are
   * mostly plain text: a link line among them (a product link, a source) belongs to the paragraph.
   */
  private static boolean groupIsText(List<Chunk> chunks, int i) {
    int g = chunks.get(i).group;
    int from = i;
    while (from > 0 && chunks.get(from - 1).group == g) {
      from--;
    }
    int chars = 0;
    int links = 0;
    int n = 0;
    for (int j = from; j < chunks.size() && chunks.get(j).group == g; j++) {
      chars += chunks.get(j).text.length();
      links += chunks.get(j).linkChars;
      n++;
    }
    return n >= 3 && links < 0.4 * chars;
  }

  /**
   * Among the prose blocks of [from, to], the share that directly follows a link-dense block: a
   * list of story teasers (linked headline, then its summary) rather than the article.
   */
  private static double teaserShare(List<Chunk> chunks, double[] score, int from, int to) {
    int prose = 0;
    int teasers = 0;
    for (int i = from; i <= to; i++) {
      if (score[i] > 0) {
        prose++;
        if (linkDense(chunks, i - 1)) {
          teasers++;
        }
      }
    }
    return prose == 0 ? 1 : (double) teasers / prose;
  }

  private static boolean linkDense(List<Chunk> chunks, int i) {
    if (i < 0 || i >= chunks.size()) {
      return false;
    }
    Chunk c = chunks.get(i);
    return c.linkChars > 0.5 * c.text.length();
  }

  /** As for text dumps: a tail marker after most of the article's prose ends the article. */
  private static void cutTail(List<Chunk> chunks, String[] reasons, double[] score, int[] region) {
    double total = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      total += Math.max(0, score[i]);
    }
    double sum = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      sum += Math.max(0, score[i]);
      if (Boilerplate.endsArticle(reasons[i], chunks.get(i).text.toString())
          && (sum >= 0.8 * total || sum >= 0.3 * total && teaserShare(chunks, score, i + 1, region[1]) >= 0.5)) {
        region[1] = i - 1;
        return;
      }
    }
  }

  private static boolean keepShort(List<Chunk> chunks, double[] score, int i, int[] region) {
    String t = chunks.get(i).text.toString();
    if (TextFeatures.hasQuoteMark(t, 0, t.length()) && TextFeatures.words(t) >= 2) {
      return true;
    }
    boolean prev = i > region[0] && score[i - 1] > 0;
    boolean next = i < region[1] && score[i + 1] > 0;
    return prev && next && (TextFeatures.endsSentence(t) || TextFeatures.words(t) <= 12);
  }

  private static int[] bestRegion(double[] score) {
    double best = 0;
    int bestFrom = 0;
    int bestTo = -1;
    double run = 0;
    int from = 0;
    for (int i = 0; i < score.length; i++) {
      if (run <= 0) {
        run = 0;
        from = i;
      }
      run += score[i];
      if (run > best) {
        best = run;
        bestFrom = from;
        bestTo = i;
      }
    }
    return new int[] {bestFrom, bestTo};
  }

  private static CleanDocument build(Document doc, List<Chunk> chunks, Block.Role[] roles, String[] reasons,
      Metadata meta) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(chunks.get(i).text);
      Block.Role role = roles[i];
      boolean kept = role == Block.Role.PARAGRAPH || role == Block.Role.HEADING || role == Block.Role.TITLE
          || role == Block.Role.SUBTITLE;
      blocks.add(new Block(start, text.length(), role, kept, reasons[i] == null ? "" : reasons[i]));
    }
    return new CleanDocument(doc, text.toString(), blocks, meta);
  }
}
