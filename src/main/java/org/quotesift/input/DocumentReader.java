package org.quotesift.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns a source into documents: one per text or HTML file, one per record of a JSON Lines file, one
 * per HTML response of a WARC archive.
 *
 * <p>Text and HTML files are returned as {@link PendingDocument}s that read and decode when loaded, so
 * that the work can run on another thread. JSON Lines and WARC sources are streamed here, record by
 * record, so a dump of any size needs memory for one record at a time; a malformed record becomes a
 * failed pending document named {@code PATH:LINE} (or {@code PATH@OFFSET} for WARC) and the rest of
 * the file is still read. Any of them may be compressed (gzip, bzip2, xz, zstd).
 */
public final class DocumentReader {

  private static final int SNIFF_BYTES = 4096;

  private final InputOptions options;
  private final Supplier<InputStream> stdin;

  /**
   * @param options how to read
   * @param stdin standard input, asked for only when a source is {@code -}
   */
  public DocumentReader(InputOptions options, Supplier<InputStream> stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * Passes each document of {@code source} to {@code out}, in order.
   *
   * @throws InputException when the source cannot be read at all
   */
  public void read(Source source, Consumer<PendingDocument> out) throws InputException {
    if (source.isStdin()) {
      readStdin(out);
      return;
    }
    InputFormat format = formatOf(source);
    switch (format) {
      case JSONL -> {
        try (InputStream in = FileBytes.open(source.path())) {
          readJsonLines(source.name(), in, out);
        } catch (IOException e) {
          throw new InputException("cannot read: " + SourceFinder.reason(e));
        }
      }
      case WARC -> WarcRecords.read(source, options, out);
      default -> out.accept(new FilePending(source, format));
    }
  }

  private void readStdin(Consumer<PendingDocument> out) throws InputException {
    BufferedInputStream in = new BufferedInputStream(stdin.get(), 1 << 16);
    InputStream plain = FileBytes.decompressed(in);
    if (options.format() == InputFormat.JSONL) {
      readJsonLines(Source.STDIN_NAME, plain, out);
      return;
    }
    byte[] bytes = FileBytes.readAll(plain, options.maxFileSize());
    InputFormat format = options.format() == InputFormat.AUTO ? sniff(bytes) : options.format();
    switch (format) {
      case JSONL -> readJsonLines(Source.STDIN_NAME, new ByteArrayInputStream(bytes), out);
      case WARC -> WarcRecords.read(Source.STDIN_NAME, new ByteArrayInputStream(bytes), options, out);
      default -> {
        boolean html = format == InputFormat.HTML;
        String text = TextDecoder.decode(bytes, options.encoding(), html);
        out.accept(PendingDocument.of(Document.of(Source.STDIN_NAME, text, kindOf(format))));
      }
    }
  }

  private InputFormat formatOf(Source source) throws InputException {
    if (options.format() != InputFormat.AUTO) {
      return options.format();
    }
    InputFormat byName = InputFormat.fromFileName(source.name());
    if (byName != InputFormat.AUTO) {
      return byName;
    }
    try (InputStream in = FileBytes.open(source.path())) {
      return sniff(in.readNBytes(SNIFF_BYTES));
    } catch (IOException e) {
      throw new InputException("cannot read: " + SourceFinder.reason(e));
    }
  }

  /**
   * Guesses the format from the first bytes: markup is HTML, a leading JSON object is JSON Lines, a
   * WARC version line is WARC; anything else is text.
   */
  static InputFormat sniff(byte[] head) {
    int n = Math.min(head.length, SNIFF_BYTES);
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
    if (start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(3).stripLeading();
    }
    if (start.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
        || (lower.startsWith("<") && (lower.contains("<body") || lower.contains("<head")
            || lower.contains("<div") || lower.contains("<p>") || lower.contains("<meta")))) {
      return InputFormat.HTML;
    }
    if (start.startsWith("{") || start.startsWith("[") && start.substring(1).stripLeading().startsWith("{")) {
      return InputFormat.JSONL; // records, one per line (or a JSON array of them: one clear error)
    }
    return InputFormat.TEXT;
  }

  static Document.Kind kindOf(InputFormat format) {
    return format == InputFormat.HTML ? Document.Kind.HTML : Document.Kind.TEXT;
  }

  private void readJsonLines(String name, InputStream in, Consumer<PendingDocument> out)
      throws InputException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    long limit = recordLimit();
    BoundedLineReader lines = new BoundedLineReader(reader, limit);
    try {
      String line;
      boolean first = true;
      while ((line = lines.next()) != null) {
        String where = name + ":" + lines.lineNumber();
        if (first && !line.isBlank() && !lines.lastLineTooLong() && opensUnfinishedValue(line)) {
          // a pretty-printed JSON file: one error for the file, not one per line of it
          out.accept(PendingDocument.failed(name, "a JSON document spread over several lines, not"
              + " JSON Lines (one record per line)" + (line.strip().startsWith("[")
                  ? "; jq -c '.[]' FILE writes its records one per line" : "")));
          return;
        }
        first &= line.isBlank();
        if (lines.lastLineTooLong()) {
          out.accept(PendingDocument.failed(where, "record longer than the limit of " + limit
              + " characters" + (limit < options.maxFileSize()
                  ? " that this run's memory allows (see -Xmx)" : " (see --max-file-size)")));
        } else if (!line.isBlank()) {
          out.accept(parseRecord(where, line));
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read after line " + lines.lineNumber() + ": "
          + SourceFinder.reason(e));
    }
  }

  /**
   * The longest record read into memory: the size limit, or less when the heap is small, since a
   * line is held as chars (two bytes each) while it grows.
   */
  private long recordLimit() {
    return Math.min(options.maxFileSize(), Runtime.getRuntime().maxMemory() / 16);
  }

  /**
   * Whether the first line of a file opens a pretty-printed JSON document: a lone {@code {}, or a
   * {@code [} that the line does not close. (A record cut off in the middle is reported as a bad
   * record instead.)
   */
  private static boolean opensUnfinishedValue(String line) {
    String start = line.strip();
    if (start.equals("{")) {
      return true;
    }
    if (!start.startsWith("[")) {
      return false;
    }
    try {
      Json.MAPPER.readTree(line);
      return false;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return true;
    } catch (JsonProcessingException e) {
      return false; // malformed, not unfinished: reported for its line
    }
  }

  private PendingDocument parseRecord(String where, String line) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return PendingDocument.failed(where, "not a JSON record: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return PendingDocument.failed(where, "not a JSON object");
    }
    JsonNode idNode = node.get(options.idField());
    String id = idNode != null && idNode.isValueNode() && !idNode.asText().isEmpty()
        ? idNode.asText() : where;
    String label = id.equals(where) ? where : where + " (" + id + ")";
    Document.Kind kind = Document.Kind.TEXT;
    JsonNode textNode = node.get(options.textField());
    if (textNode == null || textNode.isNull()) {
      textNode = node.get(options.htmlField());
      kind = Document.Kind.HTML;
    }
    if (textNode == null || textNode.isNull()) {
      return PendingDocument.failed(label, "record has no \"" + options.textField() + "\" or \""
          + options.htmlField() + "\" field (see --text-field, --html-field)");
    }
    if (!textNode.isTextual()) {
      return PendingDocument.failed(label, "the text field is not a string");
    }
    if (textNode.asText().isBlank()) {
      return PendingDocument.failed(label, "empty text");
    }
    return PendingDocument.of(new Document(id, textNode.asText(), kind, hints(node)));
  }

  private Map<String, String> hints(JsonNode node) {
    Map<String, String> hints = new HashMap<>();
    JsonNode url = node.get(options.urlField());
    if (url != null && url.isTextual() && !url.asText().isBlank()) {
      hints.put("url", url.asText());
    }
    for (String key : new String[] {"title", "date", "source", "author"}) {
      JsonNode v = node.get(key);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        hints.put(key, v.asText());
      }
    }
    return hints;
  }

  /** Jackson, loaded only when JSON Lines are read (start-up time of text runs). */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** A text or HTML file, read and decoded when loaded. */
  private final class FilePending implements PendingDocument {
    private final Source source;
    private final InputFormat format;

    /** The size estimate() took, or -1: load() reads the file without asking again. */
    private long size = -1;

    FilePending(Source source, InputFormat format) {
      this.source = source;
      this.format = format;
    }

    @Override
    public String name() {
      return source.name();
    }

    @Override
    public Estimate estimate() {
      try {
        boolean compressed = !FileBytes.withoutCompressionSuffix(source.name()).equals(source.name());
        size = FileBytes.size(source.path());
        // over the size limit, load() refuses it with the clearer reason
        return compressed || size > options.maxFileSize() ? Estimate.UNKNOWN
            : new Estimate(size, format == InputFormat.HTML);
      } catch (InputException e) {
        return Estimate.UNKNOWN; // load() will say what is wrong
      }
    }

    @Override
    public Document load() throws InputException {
      byte[] bytes = FileBytes.read(source.path(), options.maxFileSize(),
          size >= 0 ? size : FileBytes.size(source.path()));
      InputFormat actual = format == InputFormat.AUTO ? sniff(bytes) : format;
      String text = TextDecoder.decode(bytes, options.encoding(), actual == InputFormat.HTML);
      if (text.isBlank()) {
        throw new InputException("empty file (only white space)");
      }
      return Document.of(source.name(), text, kindOf(actual));
    }
  }
}
