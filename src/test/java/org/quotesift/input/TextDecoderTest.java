package org.quotesift.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static String decode(byte[] bytes) throws InputException {
    return TextDecoder.decode(bytes, Optional.empty());
  }

  @Test
  void utf8WithAndWithoutBom() throws InputException {
    assertThat(decode("“Hi,” she said.".getBytes(StandardCharsets.UTF_8))).isEqualTo("“Hi,” she said.");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
    assertThat(decode(bom)).isEqualTo("ok");
  }

  @Test
  void utf16WithBom() throws InputException {
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'o', 0, 'k', 0};
    assertThat(decode(le)).isEqualTo("ok");
  }

  @Test
  void windows1252FileWithoutAnyUtf8IsReadAsWindows1252() throws InputException {
    byte[] cp1252 = "\u201CYes,\u201D he said \u2014 Korea\u2019s".getBytes(Charset.forName("windows-1252"));
    assertThat(decode(cp1252)).isEqualTo("\u201CYes,\u201D he said \u2014 Korea\u2019s");
  }

  @Test
  void mixedEncodingsAreRefusedWithThePosition() {
    byte[] mixed = {'a', (byte) 0xE2, (byte) 0x80, (byte) 0x9C, 'b', (byte) 0xFF};
    assertThatThrownBy(() -> decode(mixed))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("invalid UTF-8 at byte 5");
  }

  @Test
  void emptyAndBinaryAreRefused() {
    assertThatThrownBy(() -> decode(new byte[0])).hasMessage("empty file");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThatThrownBy(() -> decode(png)).hasMessage("binary file (not text)");
  }

  @Test
  void forcedCharsetWins() throws InputException {
    byte[] latin = {'c', 'a', 'f', (byte) 0xE9};
    assertThat(TextDecoder.decode(latin, Optional.of(StandardCharsets.ISO_8859_1))).isEqualTo("café");
  }

  @Test
  void firstInvalidUtf8FindsOverlongAndTruncatedSequences() {
    assertThat(TextDecoder.firstInvalidUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0x80})).isEqualTo(1);
    assertThat(TextDecoder.firstInvalidUtf8(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x80})).isEqualTo(2);
    assertThat(TextDecoder.firstInvalidUtf8("ok ✓ 𝄞".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
  }

  @Property(tries = 500)
  void anyTextWithoutControlCharactersRoundTripsThroughUtf8(@ForAll String s) throws InputException {
    String text = "x" + s.replaceAll("[\\p{Cc}\\p{Cs}]", " ");
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }
}
