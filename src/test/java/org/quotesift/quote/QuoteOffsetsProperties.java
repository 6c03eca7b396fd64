package org.quotesift.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offsets stay consistent whatever mix of words, marks, apostrophes and line breaks comes in. */
class QuoteOffsetsProperties {

  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> pieces = Arbitraries.of("Pompeo", "said", "she", "told", "the official", "Kim’s",
        "countries’", "’90s", "“", "”", "\"", "‘", "’", "'", "«", "»", "„", ",", ".", ":", " — ", "\n",
        "\n\n", " ", "according to", "(D-N.Y.)", "U.S.", "\u00a0", "who", "added", "calling", "by");
    return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 400)
  void quotesAndMentionsIndexTheText(@ForAll("articles") String text) {
    List<Passage> passages = PolnearHarness.lines(text);
    List<Quote> quotes = QuoteExtractor.extract(text, passages);
    int lastStart = -1;
    for (Quote q : quotes) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.text()).isNotBlank();
      assertThat(q.start()).isGreaterThanOrEqualTo(lastStart);
      lastStart = q.start();
      Passage p = passages.get(q.paragraph());
      assertThat(q.start()).isBetween(p.start(), p.end());
      assertThat(q.end()).isLessThanOrEqualTo(p.end());
      if (q.speaker() != null) {
        Speaker s = q.speaker();
        assertThat(text.substring(s.mentionStart(), s.mentionEnd())).isEqualTo(s.mention());
        assertThat(s.mention()).isNotBlank();
      }
    }
  }
}
