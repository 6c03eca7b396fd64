package org.quotesift.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotesift.input.Document;

/**
 * The line classifier for plain-text dumps.
 *
 * <p>Each non-empty line is one block; offsets are into the input text and exclude the line break,
 * a {@code \r} before it and surrounding white space. Decisions are per line, in three steps:
 *
 * <ol>
 *   <li>every line gets features (length in words, sentence punctuation) and, when its wording says
 *       so, a boilerplate reason (navigation, caption, share widget, duplicate, site template…);
 *   <li>the article is the contiguous run of lines with the best sum of scores (prose lines score
 *       positive, short unpunctuated and boilerplate lines negative, captions, rows of figures and
 *       short sentences lightly): a maximum-sum segment, so one caption or short label inside the
 *       article does not cut it, but the menus and link lists around it stay out. When the page
 *       title recurs as a line, the best run just below it is preferred (teaser lists above the
 *       article can outscore it), and a tail marker ("Related stories", a sign-up box, tags) after
 *       most of the prose ends the run. Inside the run, short lines follow their context: after
 *       prose they are headings or list items, after a dropped line they belong to that widget;
 *       lines with quotation marks always stay;
 *   <li>the title is looked for just above the article, the subtitle just below the title, and the
 *       byline, date and site name around it.
 * </ol>
 */
final class TextCleaner {

  private TextCleaner() {}

  /** One non-empty line and what is known about it. */
  private static final class Line {
    final int start;
    final int end;
    final int number; // 1-based line number in the input, for "duplicate of line N"
    final String text;
    final int words;
    final boolean sentence;
    final int punct;
    private String key; // built on demand: only short lines are ever compared by their wording
    final long keyHash; // 64-bit hash of the key, 0 for a line without letters or digits
    final boolean quote; // has a double quotation mark
    final boolean keysAgree; // key() of a short line is TextFeatures.key(text) too
    private final int measuredKeyLength; // length of TextFeatures.measureKey(text)
    String reason; // boilerplate reason from wording, duplicates or the corpus template; null if none
    String byline;
    boolean date;
    double score;

    Line(String text, int start, int end, int number) {
      this.start = start;
      this.end = end;
      this.number = number;
      this.text = text;
      TextFeatures.Measures m = TextFeatures.measure(text);
      this.words = m.words();
      this.sentence = TextFeatures.endsSentence(text);
      this.punct = m.punctuation();
      this.quote = m.quoteMark();
      this.keyHash = m.keyHash();
      this.keysAgree = m.keysAgree();
      this.measuredKeyLength = m.keyLength();
    }

    String key() {
      if (key == null) {
        // Short lines have always been compared by the key measure() hashes, long ones by key().
        key = text.length() <= TextFeatures.KEY_CHARS ? TextFeatures.measureKey(text) : TextFeatures.key(text);
      }
      return key;
    }

    /** The key {@link #keyHash} is the hash of, to confirm a duplicate the hash suggests. */
    String hashedKey() {
      return text.length() <= TextFeatures.KEY_CHARS ? key() : TextFeatures.measureKey(text);
    }

    /** {@code key().length()}, without building the key when measure() knows it. */
    int keyLength() {
      return text.length() <= TextFeatures.KEY_CHARS || keysAgree ? measuredKeyLength : key().length();
    }

    /** {@link TextFeatures#key} of the line, the key the date rule was written with. */
    String plainKey() {
      return keysAgree || text.length() > TextFeatures.KEY_CHARS ? key() : TextFeatures.key(text);
    }

    boolean prose() {
      return reason == null && byline == null && !date && score > 0;
    }

    boolean titleLike() {
      return reason == null && byline == null && !date && words >= 2 && words <= 30
          && !text.endsWith(".") && !text.endsWith(",");
    }
  }

  static CleanDocument clean(Document doc, CorpusProfile profile) {
    String text = doc.text();
    List<Line> lines = split(text);
    classify(lines, profile);
    int[] region = anchoredRegion(lines, bestRegion(lines, 0));
    cutTail(lines, region);
    Block.Role[] roles = new Block.Role[lines.size()];
    String[] reasons = new String[lines.size()];
    decideRegion(lines, region, roles, reasons);
    Meta meta = findMetadata(doc, lines, region, roles, reasons);
    List<Block> blocks = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Block.Role role = roles[i];
      boolean kept = role == Block.Role.PARAGRAPH || role == Block.Role.HEADING || role == Block.Role.TITLE
          || role == Block.Role.SUBTITLE;
      blocks.add(new Block(l.start, l.end, role, kept, reasons[i] == null ? "" : reasons[i]));
    }
    return new CleanDocument(doc, text, blocks, meta.toMetadata(doc));
  }

  /** Non-empty lines with exact offsets: line breaks, a preceding {@code \r} and white space excluded. */
  private static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    Breaks breaks = new Breaks(text);
    int lineStart = 0;
    int number = 1;
    int n = text.length();
    while (lineStart <= n) {
      int i = breaks.next(lineStart);
      int s = lineStart;
      int e = i;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Line(text.substring(s, e), s, e, number));
      }
      lineStart = i + 1;
      number++;
    }
    return lines;
  }

  /**
   * Finds line breaks with {@link String#indexOf} (vectorised in the JDK) instead of testing every
   * character: the next line feed, lone carriage return or Unicode line/paragraph separator.
   */
  private static final class Breaks {
    private final String text;
    private int lf = -2;
    private int cr = -2;
    private int ls = -2;
    private int ps = -2;

    Breaks(String text) {
      this.text = text;
    }

    /** The next break at or after {@code from}, or the text's length. */
    int next(int from) {
      lf = refresh(lf, '\n', from);
      ls = refresh(ls, '\u2028', from);
      ps = refresh(ps, '\u2029', from);
      cr = refresh(cr, '\r', from);
      while (cr >= 0 && cr + 1 < text.length() && text.charAt(cr + 1) == '\n') {
        cr = text.indexOf('\r', cr + 1); // part of CRLF: trimmed with the line, not a break
      }
      return Math.min(Math.min(orEnd(lf), orEnd(cr)), Math.min(orEnd(ls), orEnd(ps)));
    }

    private int orEnd(int position) {
      return position < 0 ? text.length() : position;
    }

    private int refresh(int known, char c, int from) {
      return known == -1 || known >= from ? known : text.indexOf(c, from);
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || c == '\u200b';
  }

  private static void classify(List<Line> lines, CorpusProfile profile) {
    Map<Long, Line> seen = new HashMap<>(2 * lines.size()); // sized once: no rehashing
    Line previous = null;
    for (Line l : lines) {
      Line first = l.keyHash == 0 ? null : seen.putIfAbsent(l.keyHash, l);
      if (first != null && !first.hashedKey().equals(l.hashedKey())) {
        first = null; // two wordings with one 64-bit hash: not a copy (a later copy of l goes unseen)
      }
      boolean signs = previous != null && previous.quote && signature(l.text);
      previous = l;
      if (first != null && !(l.words < 4 && l.quote) && !signs) {
        // A short quoted interjection ("Yes!") may well be said twice; longer repeats are copies.
        l.reason = "duplicate of line " + first.number;
      } else if (profile != null && profile.isTemplate(l.text)) {
        l.reason = "site template (recurs across documents)";
      } else if (l.text.endsWith("[…]") || l.text.endsWith("[...]")) {
        l.reason = "teaser (truncated excerpt)"; // the bracketed ellipsis of an excerpt generator
      } else {
        // A key longer than any navigation label is not needed (nor built) for the wording rules.
        String key = l.keyLength() <= Boilerplate.LONGEST_NAV ? l.key() : null;
        l.reason = l.words > Boilerplate.MAX_WORDS ? null : Boilerplate.reason(l.text, key, l.words);
      }
      if (l.reason == null) {
        l.byline = Boilerplate.bylineName(l.text, l.words);
        l.date = l.byline == null && l.words <= 14 && Boilerplate.isDateLine(l.text, l.words, l.plainKey());
      }
    }
    unmarkDateRuns(lines);
    for (Line l : lines) {
      l.score = score(l);
    }
    markCaptionsAboveCredits(lines);
  }

  /** A dateline stands alone; consecutive date-like lines are a schedule or a table: article data. */
  private static void unmarkDateRuns(List<Line> lines) {
    boolean[] candidate = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      candidate[i] = lines.get(i).date;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (candidate[i] && (i > 0 && candidate[i - 1] || i + 1 < lines.size() && candidate[i + 1])) {
        lines.get(i).date = false;
      }
    }
  }

  /**
   * A line directly above a bare credit line ("(Image: © Example)", "Photo: Example") is the
   * caption that credit belongs to.
   */
  private static void markCaptionsAboveCredits(List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      Line credit = lines.get(i + 1);
      if (l.reason == null && l.byline == null && !l.date && l.words <= 60 && credit.words <= 8
          && credit.end - credit.start < 80 && "photo caption (credit)".equals(credit.reason)
          && credit.number == l.number + 1) {
        l.reason = "photo caption (above its credit)";
        l.score = score(l);
      }
    }
  }

  /** Positive for prose, negative for menu items and boilerplate. */
  private static double score(Line l) {
    if (l.reason != null) {
      // Captions and credits sit inside articles (galleries, photos between paragraphs): they are
      // dropped but must not cut the article in two. Other boilerplate weighs heavily.
      return l.reason.startsWith("photo caption") ? -0.3 : -1.5;
    }
    if (l.byline != null || l.date) {
      return -0.5;
    }
    if (l.words >= 10 && (l.sentence || l.punct >= 2)) {
      return 1 + Math.min(l.words, 100) / 15.0;
    }
    if (l.words >= 4 && l.sentence) {
      return 0.3;
    }
    if (l.words >= 25) {
      return 0.5;
    }
    if (l.words >= 4 && numbers(l.text) >= 3) {
      return 0; // a row of figures (a results table): data of the article, not a menu item
    }
    // Menus do not end in full stops: a short sentence ("Oh.", "Sorry!") is only weak evidence.
    return l.sentence ? -0.3 : -1;
  }

  /**
   * Prefers the article under its own headline: when the page title (first line, without the site
   * suffix) recurs as a line, the best run starting within a few lines below a recurrence wins if it
   * is not much weaker than the best run overall (teaser lists above the article can outscore it).
   */
  private static int[] anchoredRegion(List<Line> lines, int[] global) {
    if (lines.size() < 3 || global[1] < global[0]) {
      return global;
    }
    String firstLine = lines.get(0).text;
    String titleKey = TextFeatures.key(splitSiteSuffix(firstLine)[0]);
    // "Headline | Section | Site | …": the part before the first bar is the headline too.
    int bar = firstLine.indexOf(" | ");
    String shortKey = bar > 0 ? TextFeatures.key(firstLine.substring(0, bar)) : titleKey;
    if (titleKey.length() < 12 && shortKey.length() < 12) {
      return global;
    }
    double globalSum = sum(lines, global);
    int[] best = null;
    double bestSum = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).words > 40) {
        continue; // a paragraph, not the headline: its key is never built
      }
      int length = lines.get(i).keyLength();
      if (length < 12 || length != titleKey.length() && length != shortKey.length()) {
        continue; // cannot equal either key: not built
      }
      String key = lines.get(i).key();
      if (key.equals(titleKey) || key.equals(shortKey)) {
        int[] r = bestRegion(lines, i + 1);
        if (r[1] >= r[0] && r[0] - i <= 12 && sum(lines, r) > bestSum) {
          best = r;
          bestSum = sum(lines, r);
        }
      }
    }
    return best != null && bestSum >= 0.3 * globalSum ? best : global;
  }

  private static double sum(List<Line> lines, int[] r) {
    double s = 0;
    for (int i = r[0]; i <= r[1]; i++) {
      s += lines.get(i).score;
    }
    return s;
  }

  /**
   * The maximum-sum run of line scores starting at or after {@code from}, as [first, last]
   * inclusive; [0, -1] when nothing scores.
   */
  private static int[] bestRegion(List<Line> lines, int from0) {
    double best = 0;
    int bestFrom = 0;
    int bestTo = -1;
    double run = 0;
    int from = from0;
    for (int i = from0; i < lines.size(); i++) {
      if (run <= 0) {
        run = 0;
        from = i;
      }
      run += lines.get(i).score;
      if (run > best) {
        best = run;
        bestFrom = from;
        bestTo = i;
      }
    }
    return new int[] {bestFrom, bestTo};
  }

  /**
   * Ends the article at the first tail marker (a "Related" heading, a sign-up box, tags, copyright)
   * that comes after most of the article's prose: teasers below it read like prose but are not.
   */
  /** Share of the article's prose that must be above a tail marker for it to end the article. */
  private static final double TAIL_SHARE = 0.8;

  /** Longest standfirst, in words, when nothing but its place under the headline says it is one. */
  private static final int SUBTITLE_WORDS = 18;

  private static void cutTail(List<Line> lines, int[] region) {
    double total = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      total += Math.max(0, lines.get(i).score);
    }
    double sum = 0;
    for (int i = region[0]; i <= region[1]; i++) {
      Line l = lines.get(i);
      sum += Math.max(0, l.score);
      if (sum >= TAIL_SHARE * total && Boilerplate.endsArticle(l.reason, l.text)) {
        region[1] = i - 1;
        return;
      }
    }
  }

  private static void decideRegion(List<Line> lines, int[] region, Block.Role[] roles, String[] reasons) {
    boolean none = region[1] < region[0];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean inside = none || i >= region[0] && i <= region[1];
      if (l.reason != null) {
        roles[i] = Block.Role.BOILERPLATE;
        reasons[i] = l.reason;
      } else if (l.byline != null) {
        roles[i] = Block.Role.BYLINE;
        reasons[i] = "byline";
      } else if (l.date) {
        roles[i] = Block.Role.DATE;
        reasons[i] = "date line";
      } else if (!inside) {
        roles[i] = Block.Role.BOILERPLATE;
        reasons[i] = i < region[0] ? "navigation or header before the article"
            : "related links or footer after the article";
      } else if (none || l.score > 0 || keepShort(lines, i, region, roles)) {
        roles[i] = isHeading(lines, i, region) ? Block.Role.HEADING : Block.Role.PARAGRAPH;
      } else {
        roles[i] = Block.Role.BOILERPLATE;
        reasons[i] = "short line without sentence (menu or label)";
      }
    }
  }

  /**
   * A signature line as fact-checks and epigraphs print one under a quote: a dash, then one to
   * five capitalised words (and initials or a party tag), perhaps a closing period:
   * {@code - Sanders.}, {@code — Sen. Ann Moss}.
   */
  static boolean signature(String text) {
    int n = text.length();
    if (n < 3 || "-–—―".indexOf(text.charAt(0)) < 0 || text.charAt(1) != ' ') {
      return false;
    }
    String body = text.substring(2).strip();
    if (body.endsWith(".")) {
      body = body.substring(0, body.length() - 1);
    }
    String[] words = body.split(" ");
    if (words.length < 1 || words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A short line without quotes, not a full sentence (or a question), followed by prose. */
  private static boolean isHeading(List<Line> lines, int i, int[] region) {
    Line l = lines.get(i);
    if (l.score > 0 || l.words > 12 || i >= region[1] || l.quote
        || l.text.endsWith(".") || l.text.endsWith(":")) {
      return false;
    }
    return lines.get(i + 1).prose();
  }

  /**
   * Whether a short line inside the article stays: a heading followed by prose, or a short line of
   * dialogue (it has quotation marks or ends a sentence between prose lines).
   */
  private static boolean keepShort(List<Line> lines, int i, int[] region, Block.Role[] roles) {
    Line l = lines.get(i);
    if (l.quote && l.words >= 1) {
      return true; // never lose a quote inside the article for want of length
    }
    if (i > region[0] && roles[i - 1] == Block.Role.PARAGRAPH && lines.get(i - 1).quote
        && signature(l.text)) {
      return true; // "- Sanders." signing the quote above it: the quote's attribution
    }
    if (i >= region[1] || l.words < 2) {
      return false;
    }
    // A run of short lines continues what it follows: after prose or a heading it is a list or a
    // heading of the article; after a dropped line ("Related articles") it is that widget's links.
    Block.Role prev = i > region[0] ? roles[i - 1] : null;
    return prev == Block.Role.PARAGRAPH || prev == Block.Role.HEADING || prev == Block.Role.SUBTITLE
        || prev == Block.Role.TITLE || prev == null && lines.get(i + 1).prose();
  }

  /** Metadata found in the text, with the blocks it came from. */
  private record Meta(String title, String subtitle, String byline, String date, String source) {
    Metadata toMetadata(Document doc) {
      Map<String, String> h = doc.hints();
      return new Metadata(
          title != null ? title : h.get("title"),
          subtitle,
          byline,
          date != null ? date : h.get("date"),
          source,
          h.get("url"),
          h.get("language"));
    }
  }

  private static Meta findMetadata(Document doc, List<Line> lines, int[] region, Block.Role[] roles,
      String[] reasons) {
    if (lines.isEmpty()) {
      return new Meta(null, null, null, null, null);
    }
    int bodyStart = firstBody(roles, region);
    String[] titleAndSite = splitSiteSuffix(lines.get(0).text);
    int title = findTitle(doc, lines, bodyStart, titleAndSite[0]);
    String titleText = null;
    String subtitle = null;
    if (title >= 0) {
      roles[title] = Block.Role.TITLE;
      reasons[title] = "title";
      titleText = lines.get(title).text;
      if (title == 0 && titleAndSite[1] != null) {
        titleText = titleAndSite[0];
      }
      // A scraped page carries its standfirst under the headline; a clean article that starts with
      // its headline (a record, a PolNeAR text) goes straight into its lead paragraph.
      subtitle = title > 0 ? findSubtitle(lines, title, region, roles, reasons) : null;
    } else if (titleAndSite[0] != null && lines.get(0).titleLike()) {
      titleText = titleAndSite[0];
    }
    String byline = null;
    String date = null;
    for (int i = 0; i < lines.size(); i++) {
      if (roles[i] == Block.Role.BYLINE && byline == null) {
        byline = lines.get(i).byline;
      } else if (roles[i] == Block.Role.DATE && date == null && i < Math.max(bodyStart, 1) + 3) {
        date = stripDateLabel(lines.get(i).text);
      }
    }
    String source = titleAndSite[1] != null ? titleAndSite[1] : findSiteName(lines, region, roles, reasons);
    return new Meta(titleText, subtitle, byline, date, source);
  }

  /** "Published: 3 May 2020" → "3 May 2020". */
  static String stripDateLabel(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String label : new String[] {"published", "updated", "posted", "last updated", "date"}) {
      if (lower.startsWith(label)) {
        String rest = line.substring(label.length()).strip();
        if (rest.startsWith(":")) {
          rest = rest.substring(1).strip();
        } else if (rest.toLowerCase(Locale.ROOT).startsWith("on ")) {
          rest = rest.substring(3).strip();
        }
        return rest.isEmpty() ? line : rest;
      }
    }
    return line;
  }

  private static int firstBody(Block.Role[] roles, int[] region) {
    for (int i = Math.max(0, region[0]); i < roles.length; i++) {
      if (roles[i] == Block.Role.PARAGRAPH || roles[i] == Block.Role.HEADING) {
        return i;
      }
    }
    return roles.length;
  }

  /**
   * The title line: the nearest title-like line above the body, preferring one the page title (first
   * line) or the container's title hint contains; the first line itself when the document starts
   * with its title (clean articles such as PolNeAR's).
   */
  private static int findTitle(Document doc, List<Line> lines, int bodyStart, String pageTitle) {
    String hint = doc.hints().get("title");
    String hintKey = TextFeatures.key(hint != null ? hint : pageTitle != null ? pageTitle : "");
    int nearest = -1;
    int limit = Math.max(0, bodyStart - 25);
    for (int i = Math.min(bodyStart, lines.size()) - 1; i >= limit; i--) {
      Line l = lines.get(i);
      if (!l.titleLike()) {
        continue;
      }
      if (i > 0 && l.keyLength() >= 10 && l.keyLength() <= hintKey.length() && hintKey.contains(l.key())) {
        return i;
      }
      if (nearest < 0 && bodyStart - i <= 2) {
        nearest = i;
      }
    }
    if (bodyStart <= 1 && !lines.isEmpty() && lines.get(0).titleLike()) {
      return 0;
    }
    Line first = lines.get(0);
    // With a container title, the first line is the headline only if it says the same.
    boolean hintAgrees = hint == null || TextFeatures.key(first.text).equals(hintKey);
    if (hintAgrees && bodyStart <= 3 && lines.size() > 1 && first.reason == null && first.byline == null && !first.date
        && first.words <= 30 && (first.words <= 15 || oneSentence(first.text) && !lede(first))) {
      // A clean article's headline, possibly closed with a full stop by whoever saved it.
      return 0;
    }
    if (hint == null && first.titleLike() && (pageTitle != null && !pageTitle.equals(first.text) || first.words >= 4)) {
      // The page's own title ("Headline | Site", or a headline-length first line) says more than an
      // unrelated line near the body; a short first line may be the site's name or a menu.
      return 0;
    }
    return nearest;
  }

  /** How many whitespace-separated tokens of the line start with a digit. */
  private static int numbers(String t) {
    int n = 0;
    boolean start = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t') {
        start = true;
      } else {
        if (start && c >= '0' && c <= '9') {
          n++;
        }
        start = false;
      }
    }
    return n;
  }

  /**
   * Whether a first line closed with a full stop reads as the article's opening sentence rather
   * than a headline: over 20 words and in sentence case (under half of its words capitalised).
   * Headlines that long are written in Title Case; a saved article with no headline starts with
   * its lede ("Former first lady Ann Roe said Friday that she …"), which must stay in the body.
   */
  private static boolean lede(Line l) {
    if (l.words <= 20 || !l.text.endsWith(".")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    boolean start = true;
    for (int i = 0; i < l.text.length(); i++) {
      char c = l.text.charAt(i);
      if (Character.isWhitespace(c)) {
        start = true;
      } else if (start) {
        start = false;
        if (Character.isLetter(c)) {
          words++;
          if (Character.isUpperCase(c)) {
            capitalised++;
          }
        }
      }
    }
    return capitalised * 2 < words;
  }

  /** Whether the text has no sentence break inside (". " followed by a capital). */
  private static boolean oneSentence(String t) {
    for (int i = 1; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
          && Character.isLowerCase(t.charAt(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /** A standfirst right under the title: one short sentence before the first paragraph. */
  private static String findSubtitle(List<Line> lines, int title, int[] region, Block.Role[] roles,
      String[] reasons) {
    int i = title + 1;
    if (i >= lines.size() || i + 1 >= lines.size()) {
      return null;
    }
    Line l = lines.get(i);
    boolean bodyFollows = false;
    for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
      if (roles[j] == Block.Role.PARAGRAPH && lines.get(j).score > 0) {
        bodyFollows = true;
        break;
      }
    }
    // Between the headline and the byline or date line, a sentence is the standfirst whatever its length.
    Line after = lines.get(i + 1);
    int maxWords = after.byline != null || after.date ? 60 : SUBTITLE_WORDS;
    if (l.reason != null || l.byline != null || l.date || !l.sentence || l.words < 5 || l.words > maxWords
        || !bodyFollows || l.quote
        || l.punct > 3) {
      return null;
    }
    roles[i] = Block.Role.SUBTITLE;
    reasons[i] = "subtitle";
    return l.text;
  }

  private static final List<String> SITE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ");

  /** Splits "Headline | Site" into {headline, site}; {line, null} when there is no site suffix. */
  static String[] splitSiteSuffix(String line) {
    for (String sep : SITE_SEPARATORS) {
      int k = line.lastIndexOf(sep);
      if (k > 0) {
        String site = line.substring(k + sep.length()).strip();
        int w = TextFeatures.words(site);
        if (w >= 1 && w <= 5 && k + sep.length() < line.length()) {
          return new String[] {line.substring(0, k).strip(), site};
        }
      }
    }
    return new String[] {line, null};
  }

  /**
   * The site name from a copyright line ("© 2019 The Example Times") or from a short footer line
   * after the article whose leading capitalised words name the site ("Example Herald daum").
   */
  private static String findSiteName(List<Line> lines, int[] region, Block.Role[] roles, String[] reasons) {
    for (int i = lines.size() - 1; i > region[1] && i >= 0; i--) {
      Line l = lines.get(i);
      String lower = l.text.toLowerCase(Locale.ROOT);
      if (lower.startsWith("©") || lower.startsWith("copyright") || lower.startsWith("(c)")) {
        String name = copyrightHolder(l.text);
        if (name != null) {
          return name;
        }
      }
    }
    if (lines.isEmpty() || region[1] >= lines.size() - 1) {
      return null;
    }
    int last = lines.size() - 1;
    Line l = lines.get(last);
    if (l.words > 5 || l.byline != null || l.date || l.sentence) {
      return null;
    }
    String name = leadingCapitalised(l.text);
    if (name != null && TextFeatures.words(name) >= 2) {
      roles[last] = Block.Role.BOILERPLATE;
      reasons[last] = "site footer";
      return name;
    }
    return null;
  }

  static String copyrightHolder(String line) {
    String s = line.replace("©", " ").replaceAll("(?i)copyright|\\(c\\)|all rights reserved\\.?", " ");
    s = s.replaceAll("[0-9]{4}\\s*[-–]\\s*[0-9]{4}|[0-9]{4}", " ").strip();
    int cut = s.indexOf('.');
    if (cut > 0 && cut < s.length() - 1) {
      s = s.substring(0, cut);
    }
    s = s.replaceAll("^[\\s,.:]+|[\\s,.:]+$", "");
    if (s.startsWith("The ") || s.startsWith("the ")) {
      s = s.substring(4);
    }
    int w = TextFeatures.words(s);
    return w >= 1 && w <= 6 ? s : null;
  }

  /** The run of capitalised words a line starts with ("Korea Herald daum" → "Korea Herald"). */
  static String leadingCapitalised(String line) {
    String[] toks = line.split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (String t : toks) {
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
