package org.quotesift.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One cleaned document as it leaves the program: the {@code clean} output contract.
 *
 * <p>{@code text} is the article body, paragraphs separated by a blank line. {@code removed} counts
 * the lines or blocks dropped as boilerplate or moved to metadata. {@code dropped} is null unless
 * {@code --explain} was given.
 */
@JsonPropertyOrder({"doc", "title", "subtitle", "byline", "date", "source", "url", "language", "text",
    "removed", "dropped"})
public record ArticleRecord(
    @JsonProperty("doc") String doc,
    @JsonProperty("title") String title,
    @JsonProperty("subtitle") String subtitle,
    @JsonProperty("byline") String byline,
    @JsonProperty("date") String date,
    @JsonProperty("source") String source,
    @JsonProperty("url") String url,
    @JsonProperty("language") String language,
    @JsonProperty("text") String text,
    @JsonProperty("removed") int removed,
    @JsonProperty("dropped") @JsonInclude(JsonInclude.Include.NON_NULL) List<DroppedBlock> dropped)
    implements OutputRecord {

  /** Column names, in order, without the explanation column. */
  public static final List<String> COLUMNS = List.of("doc", "title", "subtitle", "byline", "date",
      "source", "url", "language", "text", "removed");

  public ArticleRecord {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    dropped = dropped == null ? null : List.copyOf(dropped);
  }

  /**
   * A block the cleaner dropped, for {@code --explain}.
   *
   * @param start code point offset of the block in the document text
   * @param end one past its end
   * @param reason why it was dropped
   * @param text the block's text
   */
  @JsonPropertyOrder({"start", "end", "reason", "text"})
  public record DroppedBlock(
      @JsonProperty("start") int start,
      @JsonProperty("end") int end,
      @JsonProperty("reason") String reason,
      @JsonProperty("text") String text) {}

  /** The CSV header; {@code explain} adds the {@code dropped} column. */
  public static List<String> header(boolean explain) {
    List<String> c = new ArrayList<>(COLUMNS);
    if (explain) {
      c.add("dropped");
    }
    return c;
  }

  @Override
  public List<String> values(boolean explain) {
    List<String> v = new ArrayList<>(List.of(doc, Cells.of(title), Cells.of(subtitle),
        Cells.of(byline), Cells.of(date), Cells.of(source),
        Cells.of(url), Cells.of(language), text, Integer.toString(removed)));
    if (explain) {
      v.add(dropped == null ? "" : dropped.stream()
          .map(d -> d.reason() + ": " + d.text())
          .collect(Collectors.joining("\n")));
    }
    return v;
  }
}
