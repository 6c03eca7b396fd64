package org.quotesift.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One quote as it leaves the program: the {@code extract} output contract.
 *
 * <p>Offsets are Unicode code points into the document text (end exclusive). Speaker fields are
 * null together when the quote has no speaker. {@code explanation} is null unless {@code --explain}
 * was given, and is then written as an extra last field/column.
 */
@JsonPropertyOrder({"doc", "quote", "start", "end", "speaker", "speaker_mention", "mention_start",
    "mention_end", "speaker_title", "cue", "kind", "paragraph", "confidence", "explanation"})
public record QuoteRecord(
    @JsonProperty("doc") String doc,
    @JsonProperty("quote") String quote,
    @JsonProperty("start") int start,
    @JsonProperty("end") int end,
    @JsonProperty("speaker") String speaker,
    @JsonProperty("speaker_mention") String speakerMention,
    @JsonProperty("mention_start") Integer mentionStart,
    @JsonProperty("mention_end") Integer mentionEnd,
    @JsonProperty("speaker_title") String speakerTitle,
    @JsonProperty("cue") String cue,
    @JsonProperty("kind") String kind,
    @JsonProperty("paragraph") int paragraph,
    @JsonProperty("confidence") double confidence,
    @JsonProperty("explanation") @JsonInclude(JsonInclude.Include.NON_NULL) String explanation)
    implements OutputRecord {

  /** Column names, in order, without {@code explanation}. */
  public static final List<String> COLUMNS = List.of("doc", "quote", "start", "end", "speaker",
      "speaker_mention", "mention_start", "mention_end", "speaker_title", "cue", "kind", "paragraph",
      "confidence");

  public QuoteRecord {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote offsets [" + start + ", " + end + ")");
    }
  }

  /** The CSV header; {@code explain} adds the {@code explanation} column. */
  public static List<String> header(boolean explain) {
    return withExplanation(COLUMNS, explain);
  }

  @Override
  public List<String> values(boolean explain) {
    List<String> v = new ArrayList<>(List.of(doc, quote, Integer.toString(start),
        Integer.toString(end), Cells.of(speaker), Cells.of(speakerMention), Cells.of(mentionStart),
        Cells.of(mentionEnd), Cells.of(speakerTitle), Cells.of(cue), kind, Integer.toString(paragraph),
        Double.toString(confidence)));
    if (explain) {
      v.add(Cells.of(explanation));
    }
    return v;
  }

  static List<String> withExplanation(List<String> columns, boolean explain) {
    if (!explain) {
      return columns;
    }
    List<String> c = new ArrayList<>(columns);
    c.add("explanation");
    return c;
  }

}
