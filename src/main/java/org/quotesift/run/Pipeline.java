package org.quotesift.run;

import java.util.ArrayList;
import java.util.List;
import org.quotesift.clean.Block;
import org.quotesift.clean.CleanDocument;
import org.quotesift.clean.Cleaner;
import org.quotesift.clean.CorpusProfile;
import org.quotesift.input.Document;
import org.quotesift.output.ArticleRecord;
import org.quotesift.output.QuoteRecord;
import org.quotesift.quote.Passage;
import org.quotesift.quote.Quote;
import org.quotesift.quote.QuoteExtractor;
import org.quotesift.quote.Speaker;

/**
 * The stages joined: document → clean document → quotes → output records. Pure functions.
 *
 * <p>Quote offsets point into the document text as read for plain-text documents (the cleaner keeps
 * their offsets), and into the cleaned body text ({@code clean}'s {@code text} field) for HTML, whose
 * markup is not text a user can index.
 */
public final class Pipeline {

  private Pipeline() {}

  /** The quotes of a document as output records, in document order. */
  public static List<QuoteRecord> extract(Document document, boolean explain) {
    return extract(document, explain, null);
  }

  /**
   * The quotes of a document as output records, cleaning with what a pre-pass learned of the
   * corpus's templates.
   *
   * @param profile the corpus profile, or null for none; only read
   */
  public static List<QuoteRecord> extract(Document document, boolean explain, CorpusProfile profile) {
    return extract(document, explain, profile, false);
  }

  /**
   * As {@link #extract(Document, boolean, CorpusProfile)}; {@code pairedSingles} reads two straight
   * single marks as a double quote mark (see {@link QuoteExtractor#extract(String, List, boolean)}).
   */
  public static List<QuoteRecord> extract(Document document, boolean explain, CorpusProfile profile,
      boolean pairedSingles) {
    CleanDocument clean = Cleaner.clean(document, profile);
    QuoteText input = QuoteText.of(clean);
    List<Quote> quotes = QuoteExtractor.extract(input.text(), input.passages(), pairedSingles);
    CodePoints cp = CodePoints.of(input.text());
    List<QuoteRecord> records = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      records.add(toRecord(document.id(), q, cp, explain));
    }
    return records;
  }

  /** The cleaned article as an output record. */
  public static ArticleRecord article(Document document, boolean explain) {
    return article(document, explain, null);
  }

  /**
   * The cleaned article as an output record, cleaned with what a pre-pass learned of the corpus's
   * templates.
   *
   * @param profile the corpus profile, or null for none; only read
   */
  public static ArticleRecord article(Document document, boolean explain, CorpusProfile profile) {
    CleanDocument clean = Cleaner.clean(document, profile);
    var m = clean.metadata();
    List<ArticleRecord.DroppedBlock> dropped = null;
    if (explain) {
      CodePoints cp = CodePoints.of(clean.text());
      dropped = new ArrayList<>();
      for (Block b : clean.blocks()) {
        if (!b.isQuotable()) {
          dropped.add(new ArticleRecord.DroppedBlock(cp.at(b.start()), cp.at(b.end()),
              b.reason().isEmpty() ? b.role().name().toLowerCase(java.util.Locale.ROOT) : b.reason(),
              b.text(clean.text())));
        }
      }
    }
    return new ArticleRecord(document.id(), m.title(), m.subtitle(), m.byline(), m.date(),
        m.source(), m.url(), m.language(), clean.bodyText(), clean.removed(), dropped);
  }

  private static QuoteRecord toRecord(String doc, Quote q, CodePoints cp, boolean explain) {
    Speaker s = q.speaker();
    return new QuoteRecord(doc, q.text(), cp.at(q.start()), cp.at(q.end()),
        s == null ? null : s.canonical(),
        s == null ? null : s.mention(),
        s == null ? null : cp.at(s.mentionStart()),
        s == null ? null : cp.at(s.mentionEnd()),
        s == null ? null : s.title(),
        q.cue(),
        q.kind().name().toLowerCase(java.util.Locale.ROOT),
        q.paragraph(),
        Math.round(q.confidence() * 1000) / 1000.0,
        explain ? q.explanation() : null);
  }

  /** The text quotes are searched in, and the passages of it to search. */
  record QuoteText(String text, List<Passage> passages) {

    static QuoteText of(CleanDocument clean) {
      if (clean.source().kind() == Document.Kind.HTML) {
        return ofBody(clean);
      }
      List<Passage> passages = new ArrayList<>();
      for (Block b : clean.blocks()) {
        if (b.isQuotable()) {
          passages.add(new Passage(b.start(), b.end(), isHeadline(b)));
        }
      }
      return new QuoteText(clean.text(), passages);
    }

    /** The body text exactly as {@link CleanDocument#bodyText()} builds it, with its blocks. */
    private static QuoteText ofBody(CleanDocument clean) {
      StringBuilder sb = new StringBuilder();
      List<Passage> passages = new ArrayList<>();
      for (Block b : clean.body()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        int start = sb.length();
        sb.append(clean.text(), b.start(), b.end());
        passages.add(new Passage(start, sb.length(), false));
      }
      return new QuoteText(sb.toString(), passages);
    }

    private static boolean isHeadline(Block b) {
      return b.role() == Block.Role.TITLE || b.role() == Block.Role.SUBTITLE;
    }
  }
}
