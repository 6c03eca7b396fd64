package org.quotesift.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generic English (and a little multilingual) web boilerplate vocabulary: navigation words,
 * share/follow/subscribe lines, copyright and privacy lines, photo captions and credits, bylines and
 * date lines. Shared by the text and the HTML cleaner.
 *
 * <p>Only short lines are ever matched (long prose never is), and matching is set look-ups and
 * prefix tests, never backtracking regular expressions.
 */
final class Boilerplate {

  private Boilerplate() {}

  /** Longest line (in words) that a vocabulary rule may drop. */
  static final int MAX_WORDS = 30;

  /** Whole lines that are navigation or widget labels (compared by {@link TextFeatures#key}). */
  private static final Set<String> NAV = Set.of(
      "home", "homepage", "back to top", "top", "go to top", "back", "share", "share this",
      "share this article", "share this story", "share article", "share story", "shares", "advertisement",
      "advertisements", "ad", "ads", "sponsored", "sponsored content", "tweet", "email", "e mail", "print",
      "comments", "comment", "menu", "main menu", "search", "subscribe", "sign in", "sign up", "log in",
      "login", "logout", "log out", "register", "next", "previous", "prev", "next article", "previous article",
      "read more", "more", "close", "skip to content", "skip to main content", "skip to navigation",
      "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "instagram", "youtube", "rss",
      "flipboard", "telegram", "messenger", "copy link", "copy", "link", "save", "related",
      "related articles", "related stories", "related news", "related content", "related posts", "related links",
      "most read", "most popular", "most viewed", "most shared", "trending", "trending now", "you may also like",
      "you might also like", "recommended", "recommended for you", "more stories", "more news", "latest news",
      "latest", "popular", "top stories", "videos", "tags", "topics", "continue reading",
      "story continues below advertisement", "article continues below advertisement",
      "scroll to continue with content", "loading", "click here", "see also", "follow us", "follow",
      "newsletter", "newsletters", "contact us", "contact", "about us", "about", "privacy policy", "privacy",
      "terms of use", "terms of service", "terms and conditions", "terms conditions", "cookie policy",
      "cookies policy", "cookie settings", "accessibility", "sitemap", "site map", "careers", "advertise",
      "advertise with us", "view comments", "leave a comment", "add comment", "post a comment", "reply",
      "show comments", "hide comments", "0 comments", "no comments", "image", "photo", "listen",
      "listen to this article", "play", "watch", "watch now", "explore", "sections", "all sections",
      "don t miss", "editor s picks", "editors picks", "featured", "subscribe now", "subscribe today",
      "get the app", "download the app", "open in app", "accept", "accept all", "reject all", "ok",
      "got it", "i agree", "manage preferences", "settings", "more from", "view all", "see all",
      "show more", "load more", "view more", "full story", "read full story", "breaking news", "live",
      "live tv", "menu close", "close menu", "open menu", "toggle navigation", "navigation",
      "search form", "search icon", "enter your search", "go", "submit", "ok close", "x", "top of page",
      // The same widgets in the other languages news dumps commonly come in.
      "inicio", "início", "accueil", "startseite", "home page", "compartir", "compartilhar", "partager",
      "teilen", "condividi", "buscar", "pesquisar", "rechercher", "suche", "cerca", "menú", "menü",
      "leia mais", "leia também", "veja também", "saiba mais", "lesen sie auch", "mehr zum thema",
      "weiterlesen", "lire aussi", "lire la suite", "leggi anche", "mais lidas", "más leídas",
      "più letti", "meistgelesen", "publicidade", "publicidad", "publicité", "pubblicità", "anzeige",
      "werbung", "comentários", "comentarios", "commentaires", "kommentare", "commenti", "etiquetas",
      "notícias relacionadas", "noticias relacionadas", "articles similaires", "articoli correlati",
      "ähnliche artikel");

  /** Longest navigation label: a line with a longer key is never navigation. */
  static final int LONGEST_NAV = longest(NAV);

  /** Lower-case prefixes of short lines that are widgets, credits or notices. */
  private static final List<String> PREFIXES = List.of(
      "share on ", "share this ", "share via ", "share with ", "share:", "follow us", "follow @", "like us on",
      "subscribe to ", "subscribe for ", "subscribe now", "sign up for ", "sign up to ", "sign up now",
      "click here", "click to ", "read more:", "read more at", "read also", "also read", "see also:",
      "related:", "related coverage", "related article", "related story", "more:", "watch:", "read:",
      "tags:", "topics:", "filed under", "posted in ", "categories:", "category:", "advertisement",
      "copyright", "©", "(c) ", "all rights reserved", "we use cookies", "this site uses cookies",
      "this website uses cookies", "by using this site", "by using our site", "by continuing to",
      "get the latest", "download the app", "download our app", "join our ", "email the author",
      "contact the author", "send us a tip", "got a news tip", "leave a reply", "log in to ",
      "you must be logged in", "please enable javascript", "your browser does not", "you may also like",
      "you might also like", "recommended for you", "most read", "trending:", "more from ",
      "don't miss", "don’t miss", "report an error", "report a typo", "get our newsletter",
      "sign up for our", "newsletter sign", "enter your email", "skip to ", "jump to ",
      "this article is more than", "listen to this", "print this", "email this", "comments (",
      "view comments", "join the conversation", "have your say", "terms of use", "privacy policy",
      "cookie policy", "(reporting by", "reporting by ", "additional reporting by", "(additional reporting",
      "(editing by", "editing by ", "(writing by", "compiled by ", "citation:", "leia também:",
      "leia mais:", "veja também:", "lesen sie auch:", "lire aussi:", "leggi anche:");

  /** Lower-case prefixes that mark a photo caption or credit line. */
  private static final List<String> CAPTION_PREFIXES = List.of(
      "photo:", "photo :", "photos:", "image:", "image credit", "images:", "picture:", "pictures:",
      "pictured:", "above:", "top:", "main image:", "credit:", "credits:", "photograph:", "photographs:",
      "photo credit", "photo by ", "photos by ", "(photo", "(image", "(picture", "[photo", "[image",
      "file photo", "(file photo", "illustration:", "video:", "caption:", "source image:", "graphic:");

  /**
   * Prefix lists indexed by their first character, so a line is tested against a handful only. An
   * array indexed by the char (no boxing, no hashing: this runs on every short line); never
   * written after class init.
   */
  private static final String[] NONE = {};
  private static final String[][] PREFIX_INDEX = index(PREFIXES);
  private static final String[][] CAPTION_INDEX = index(CAPTION_PREFIXES);

  private static String[][] index(List<String> prefixes) {
    int size = 0;
    for (String p : prefixes) {
      size = Math.max(size, p.charAt(0) + 1);
    }
    String[][] index = new String[size][];
    for (String p : prefixes) {
      String[] old = index[p.charAt(0)] == null ? NONE : index[p.charAt(0)];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = p; // list order kept: the first matching prefix names the reason
      index[p.charAt(0)] = grown;
    }
    return index;
  }

  private static String[] candidates(String[][] index, String lower) {
    if (lower.isEmpty()) {
      return NONE;
    }
    char c = lower.charAt(0);
    return c < index.length && index[c] != null ? index[c] : NONE;
  }

  /** Photo agencies and stock libraries whose name closes a caption (lower case). */
  private static final Set<String> AGENCIES = Set.of(
      "yonhap", "ap", "afp", "reuters", "epa", "epa efe", "efe", "getty images", "getty", "xinhua",
      "shutterstock", "istock", "istockphoto", "newsis", "news1", "pa", "pa wire", "pa media", "kyodo",
      "anadolu", "anadolu agency", "tass", "ani", "pti", "ians", "ap photo", "afp photo", "reuters photo",
      "file", "file photo", "handout", "supplied", "twitter", "instagram", "facebook", "youtube",
      "screenshot", "screengrab", "wikimedia commons", "wikimedia", "ap images", "bloomberg", "alamy",
      "rex", "rex features", "rex shutterstock", "zuma press", "sipa", "sipa usa", "nurphoto", "imago",
      "dpa", "upi", "afp via getty images", "via getty images", "corbis", "courtesy");

  /** Substrings (lower case) that mark a caption credit anywhere in a short line. */
  private static final List<String> CREDIT_MARKS = List.of(
      "(ap photo", "ap photo/", "(afp", "afp photo", "getty images", "(reuters", "reuters/", "(photo:",
      "(photo by", "photo by ", "(photo credit", "(image:", "(image credit", "image credit:", "photo credit:",
      "(epa", "epa-efe", "epa/", "shutterstock", "istockphoto", "(yonhap", "(pa", "pa wire", "(credit:",
      "/ap)", "/afp)", "/reuters)", "/getty");
  private static final Phrases CREDIT_PHRASES = new Phrases(CREDIT_MARKS);

  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> MONTH_SET = Set.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december");
  private static final Set<String> DATE_WORDS = Set.of(
      "published", "updated", "posted", "last", "on", "at", "am", "pm", "edt", "est", "gmt", "utc", "bst",
      "cet", "kst", "ist", "pst", "pdt", "cst", "cdt", "et", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ago", "hours",
      "hour", "minutes", "min", "mins", "days", "day", "yesterday", "today", "th", "st", "nd", "rd", "the",
      "of", "z", "t", "modified", "date", "time", "first", "read", "reading");

  private static final int SHORTEST_MONTH = shortest(MONTH_SET);
  private static final int LONGEST_MONTH = longest(MONTH_SET);

  /** Longest word of {@link #MONTH_SET} and {@link #DATE_WORDS}. */
  private static final int LONGEST_DATE_WORD = Math.max(LONGEST_MONTH, longest(DATE_WORDS));

  /** Whether the line opens and closes with a double quote mark (straight or curly). */
  private static boolean wholeLineQuoted(String line) {
    int n = line.length();
    return n > 2 && (line.charAt(0) == '"' || line.charAt(0) == '“')
        && (line.charAt(n - 1) == '"' || line.charAt(n - 1) == '”');
  }

  /**
   * Why a short line is boilerplate by its wording, or null. {@code line} is the trimmed line.
   * Bylines and dates are not reported here (see {@link #bylineName} and {@link #isDateLine}).
   */
  static String reason(String line, int words) {
    return words > MAX_WORDS ? null : reason(line, TextFeatures.key(line), words);
  }

  /**
   * As {@link #reason(String, int)}, with the line's {@link TextFeatures#key} already computed; null
   * for a key known to be longer than {@link #LONGEST_NAV} (so not empty and not navigation).
   */
  static String reason(String line, String key, int words) {
    if (words > MAX_WORDS) {
      return null;
    }
    if (key != null && key.isEmpty()) {
      return line.isBlank() ? null : "symbols only";
    }
    if (key != null && NAV.contains(key)) {
      return "navigation";
    }
    String lower = line.toLowerCase(Locale.ROOT);
    if (isCaption(lower, words)) {
      return "photo caption (credit)";
    }
    // a whole line in quote marks ("Follow Ana Ruiz on Twitter @anaruiz.") is a widget a dump
    // quoted along with the paragraphs around it, not speech: it has no one to attribute it to
    String bare = wholeLineQuoted(lower) ? lower.substring(1, lower.length() - 1).strip() : lower;
    for (String p : candidates(PREFIX_INDEX, bare)) {
      if (bare.startsWith(p)) {
        return widgetReason(p);
      }
    }
    if (words <= 14 && (lower.contains("all rights reserved") || lower.contains("privacy policy")
        || lower.contains("terms of use") || lower.contains("terms of service"))) {
      return "copyright or legal notice";
    }
    if (words <= 12 && (bare.startsWith("follow ") && (bare.contains(" on ") || bare.contains("@")))) {
      return "share or follow widget";
    }
    // One- and two-word lines are labels: the navigation set above has judged them.
    if (words >= 3 && words <= 40 && line.indexOf('"') < 0 && line.indexOf('“') < 0) {
      if (WIDGET_PHRASES.anyIn(lower)) {
        return "newsletter, comment form or notice";
      }
    }
    return null;
  }

  /** Phrases (lower case) of sign-up boxes, comment forms and site notices, found anywhere in a short line. */
  private static final List<String> WIDGET_MARKS = List.of(
      "newsletter", "sign up", "signing up", "subscribe", "subscription", "unsubscribe", "opt-in",
      "your inbox", "in your inbox", "to your inbox", "email address", "your email", "next time i comment",
      "community standards", "community guidelines", "this form", "personal data", "javascript",
      "iframe", "your browser", "required fields", "will not be published", "log in to comment",
      "comments are", "click here", "cookies", "data protection", "privacy statement",
      "all rights reserved", "may not be published, broadcast", "may not be reproduced",
      "subject to copyright", "reprint", "submit correction", "editorial guidelines", "full coverage",
      "how to contact us", "contributed to this report", "contributed reporting", "reach the reporter", "contact the reporter", "have a tip", "news tip", "follow her on",
      "follow him on", "follow them on", "follow us on", "tell us what you think", "want more stories",
      "delivered weekday", "delivered to your", "breaking news alerts", "download the app",
      "read more", "read the full", "continue reading", "related articles", "related stories");
  /** {@link #WIDGET_MARKS} for one scan of the line instead of one contains() per mark. */
  private static final Phrases WIDGET_PHRASES = new Phrases(WIDGET_MARKS);

  /**
   * Whether a line is a truncated excerpt of another page ("… the first sentence of a story …" or
   * "[…]"), as listings of other articles show. Lines with quotation marks are never teasers, so a
   * quote trailing off is kept.
   */
  static boolean isTeaser(String line, int words) {
    if (words < 6 || TextFeatures.hasQuoteMark(line, 0, line.length())) {
      return false;
    }
    String t = line.strip();
    return t.endsWith("…") || t.endsWith("...") || t.endsWith("[…]") || t.endsWith("[...]")
        || t.endsWith("(…)") || t.endsWith("…]");
  }

  /**
   * Whether a boilerplate reason marks the start of the page's tail (related lists, comments,
   * sign-up boxes, tags, copyright): once most of the article is above such a line, the article has
   * ended, even if prose-like teasers follow.
   */
  static boolean endsArticle(String reason, String line) {
    if (reason == null) {
      // "About Example Corp": the boilerplate company profile that closes a press release.
      return line.startsWith("About ") && line.length() > 6 && Character.isUpperCase(line.charAt(6))
          && TextFeatures.words(line) <= 5 && !TextFeatures.endsSentence(line);
    }
    String key = TextFeatures.key(line);
    switch (reason) {
      case "related-story link", "share, follow or subscribe widget", "tags", "copyright or legal notice",
          "newsletter, comment form or notice", "cookie banner":
        return true;
      case "navigation":
        return TERMINATOR_NAV.contains(key);
      default:
        return false;
    }
  }

  private static final Set<String> TERMINATOR_NAV = Set.of(
      "related", "related articles", "related stories", "related news", "related content", "related posts",
      "related links", "most read", "most popular", "most viewed", "most shared", "trending", "trending now",
      "you may also like", "you might also like", "recommended", "recommended for you", "more stories",
      "more news", "latest news", "top stories", "tags", "topics", "comments", "comment",
      "leave a comment", "post a comment", "view comments", "show comments", "0 comments", "no comments",
      "more from", "newsletter", "newsletters", "editor s picks", "editors picks", "featured",
      "don t miss", "see also", "share", "share this", "share this article", "share this story",
      "share article", "share story", "follow us", "popular", "mais lidas", "más leídas", "più letti",
      "meistgelesen", "notícias relacionadas", "noticias relacionadas", "articles similaires",
      "articoli correlati", "ähnliche artikel", "comentários", "comentarios", "commentaires", "kommentare",
      "commenti");

  private static String widgetReason(String prefix) {
    if (prefix.startsWith("copyright") || prefix.startsWith("©") || prefix.startsWith("(c)")
        || prefix.startsWith("all rights") || prefix.startsWith("terms") || prefix.startsWith("privacy")
        || prefix.startsWith("cookie")) {
      return "copyright or legal notice";
    }
    if (prefix.contains("cookie") || prefix.contains("by using") || prefix.contains("by continuing")) {
      return "cookie banner";
    }
    if (prefix.startsWith("leia") || prefix.startsWith("veja") || prefix.startsWith("lesen")
        || prefix.startsWith("lire") || prefix.startsWith("leggi")) {
      return "related-story link";
    }
    if (prefix.startsWith("related") || prefix.startsWith("read") || prefix.startsWith("also")
        || prefix.startsWith("see also") || prefix.startsWith("more") || prefix.startsWith("you m")
        || prefix.startsWith("recommended") || prefix.startsWith("most") || prefix.startsWith("trending")
        || prefix.startsWith("don") || prefix.startsWith("watch")) {
      return "related-story link";
    }
    if (prefix.startsWith("tags") || prefix.startsWith("topics") || prefix.startsWith("filed")
        || prefix.startsWith("posted in") || prefix.startsWith("categor")) {
      return "tags";
    }
    if (prefix.startsWith("advert")) {
      return "advertisement";
    }
    if (prefix.contains("reporting") || prefix.contains("editing") || prefix.contains("writing")
        || prefix.startsWith("compiled")) {
      return "wire credits";
    }
    return "share, follow or subscribe widget";
  }

  /** Whether a (lower-case, short) line is a photo caption or credit. */
  static boolean isCaption(String lower, int words) {
    if (words > 60) {
      return false;
    }
    for (String p : candidates(CAPTION_INDEX, lower)) {
      if (lower.startsWith(p)) {
        return true;
      }
    }
    // A credit closes a caption; "Washington (AFP) – …" at the start of a paragraph is a dateline:
    // a mark counts where it first occurs.
    if (words <= 45 && CREDIT_PHRASES.firstAtOrAfter(lower, lower.length() / 2)) {
      return true;
    }
    return endsWithAgency(lower);
  }

  /**
   * Whether the line ends in an agency credit set off from the caption: "… Sunday. Yonhap",
   * "… (Reuters)", "… / AFP", "… | Getty". A sentence that mentions an agency ("… told Reuters.")
   * ends with a full stop and is not matched.
   */
  static boolean endsWithAgency(String lower) {
    int end = lower.length();
    while (end > 0 && (lower.charAt(end - 1) == ')' || lower.charAt(end - 1) == ']'
        || lower.charAt(end - 1) == ' ')) {
      end--;
    }
    // Walk back over at most four words of the credit, checking each suffix against the list.
    int i = end;
    for (int w = 0; w < 4 && i > 0; w++) {
      int j = i - 1;
      while (j >= 0 && lower.charAt(j) != ' ' && lower.charAt(j) != '/' && lower.charAt(j) != '('
          && lower.charAt(j) != '|' && lower.charAt(j) != '[') {
        j--;
      }
      if (strippedLength(lower, j + 1, end) > LONGEST_AGENCY) {
        return false; // no agency is that long, and each further word only makes the credit longer
      }
      // The cheap test first: most short lines end in words that are not set off like a credit.
      if (j >= 0 && setOffAsCredit(lower, j)
          && AGENCIES.contains(lower.substring(j + 1, end).replace('/', ' ').strip())) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * Whether the separator at {@code j} sets a credit off from its caption: a slash, bracket or bar,
   * or a space preceded by a stop or a dash ("… Sunday. Yonhap", "… Sunday - Yonhap").
   */
  private static boolean setOffAsCredit(String lower, int j) {
    char sep = lower.charAt(j);
    if (sep == '/' || sep == '(' || sep == '|' || sep == '[') {
      return true;
    }
    int k = j - 1;
    while (k >= 0 && lower.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char p = lower.charAt(k);
    return p == '.' || p == '-' || p == '–' || p == '—' || p == ':' || p == ';' || p == '/' || p == '|' || p == '©';
  }

  private static final int LONGEST_AGENCY = longest(AGENCIES);

  // loops, not streams: these run in the class initialiser of every run, where a stream pipeline
  // and its method references cost start-up time (class loading and call-site linking)
  private static int longest(java.util.Collection<String> words) {
    int n = 0;
    for (String w : words) {
      n = Math.max(n, w.length());
    }
    return n;
  }

  private static int shortest(java.util.Collection<String> words) {
    int n = words.isEmpty() ? 0 : Integer.MAX_VALUE;
    for (String w : words) {
      n = Math.min(n, w.length());
    }
    return n;
  }

  /** The length of {@code s.substring(from, to).replace('/', ' ').strip()}, without building it. */
  private static int strippedLength(String s, int from, int to) {
    while (from < to && isBlankOrSlash(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlankOrSlash(s.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  private static boolean isBlankOrSlash(char c) {
    return c == '/' || Character.isWhitespace(c);
  }

  /**
   * The author names of a byline line ("By Yeo Jun-suk(" → "Yeo Jun-suk", "Posted on May 3 by Ann
   * Lee" → "Ann Lee"), or null when the line is not a byline.
   */
  static String bylineName(String line, int words) {
    if (words > 16 || words < 2) {
      return null;
    }
    int at;
    if (line.startsWith("By ") || line.startsWith("BY ") || line.startsWith("by ")) {
      at = 3;
    } else if (line.startsWith("Written by ") || line.startsWith("Words by ")) {
      at = line.indexOf("by ") + 3;
    } else {
      char c0 = line.charAt(0);
      if (c0 != 'p' && c0 != 'P' && c0 != 'w' && c0 != 'W') {
        return null; // no other char lower-cases to 'p' or 'w': skip lower-casing the line
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (!(lower.startsWith("posted ") || lower.startsWith("published ") || lower.startsWith("written "))) {
        return null;
      }
      int by = lower.indexOf(" by ");
      if (by < 0) {
        return null;
      }
      at = by + 4;
    }
    while (at < line.length() && line.charAt(at) == ' ') {
      at++;
    }
    if (at >= line.length() || !Character.isUpperCase(line.charAt(at))) {
      return null;
    }
    String name = cutName(line.substring(at));
    return TextFeatures.words(name) >= 1 && TextFeatures.words(name) <= 10 ? name : null;
  }

  /** A name up to the first separator, digit or bracket; trailing punctuation removed. */
  static String cutName(String s) {
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '|' || c == ',' || c == '•' || c == '·' || c == '—' || c == '–' || c == '/'
          || c == '[' || c == '<' || c == '@' || c == '\t' || Character.isDigit(c)
          || (c == '-' && i > 0 && s.charAt(i - 1) == ' ')) {
        end = i;
        break;
      }
    }
    String name = s.substring(0, end);
    for (String stop : new String[] {" Published", " Updated", " Posted", " on ", " On ", " Last "}) {
      int k = name.indexOf(stop);
      if (k > 0) {
        name = name.substring(0, k);
      }
    }
    int e = name.length();
    while (e > 0 && !Character.isLetter(name.charAt(e - 1))) {
      e--;
    }
    name = name.substring(0, e).strip();
    // A weekday or month glued on by the page layout ("Jeff Foust Monday") is not part of the name.
    int sp = name.lastIndexOf(' ');
    if (sp > 0 && (WEEKDAYS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT))
        || MONTH_SET.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT)))) {
      name = name.substring(0, sp).strip();
    }
    return name;
  }

  /**
   * Whether a short line is only a date or time stamp, possibly with "Published"/"Updated" words: at
   * least one month name or numeric date and nothing but date vocabulary and numbers.
   */
  static boolean isDateLine(String line, int words) {
    return isDateLine(line, words, null);
  }

  /** As {@link #isDateLine(String, int)}; {@code key} is {@code TextFeatures.key(line)}, or null if not at hand. */
  static boolean isDateLine(String line, int words, String key) {
    if (words > 14 || words == 0 || TextFeatures.hasQuoteMark(line, 0, line.length())) {
      return false;
    }
    if (key == null) {
      key = TextFeatures.key(line);
    }
    boolean dateSeen = false;
    int digits = 0;
    // The key's words are separated by single spaces; only words of a month's length are cut out
    // and looked up (no month starts with a digit).
    for (int from = 0; from < key.length(); ) {
      int to = wordEnd(key, from);
      if (Character.isDigit(key.charAt(from))) {
        digits++;
      } else if (isMonth(key, from, to)) {
        dateSeen = true;
      }
      from = to + 1;
    }
    if (!dateSeen && digits < 2) {
      return false; // every rule below needs a month name or two numbers: most short lines stop here
    }
    if (words <= 16 && (key.contains("updated") || key.contains("published") || key.startsWith("posted"))) {
      return true;
    }
    boolean numericDate = digits >= 3 && (line.indexOf('/') > 0 || line.indexOf('-') > 0 || line.indexOf('.') > 0);
    return (dateSeen && digits >= 1 || numericDate) && otherWords(key) <= 2;
  }

  /** How many words of the key are neither numbers, nor months, nor date vocabulary. */
  private static int otherWords(String key) {
    int other = 0;
    for (int from = 0; from < key.length(); ) {
      int to = wordEnd(key, from);
      if (!Character.isDigit(key.charAt(from)) && !isMonth(key, from, to)
          && (to - from > LONGEST_DATE_WORD || !DATE_WORDS.contains(key.substring(from, to)))) {
        other++;
      }
      from = to + 1;
    }
    return other;
  }

  private static int wordEnd(String key, int from) {
    int to = key.indexOf(' ', from);
    return to < 0 ? key.length() : to;
  }

  private static boolean isMonth(String key, int from, int to) {
    int n = to - from;
    return n >= SHORTEST_MONTH && n <= LONGEST_MONTH && MONTH_SET.contains(key.substring(from, to));
  }

}
