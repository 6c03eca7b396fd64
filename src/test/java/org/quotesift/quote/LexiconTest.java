package org.quotesift.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Map<Set<String>, Integer> SETS = new LinkedHashMap<>();

  static {
    SETS.put(Lexicon.CUES, Lexicon.IN_CUES);
    SETS.put(Lexicon.CUE_BASE_FORMS, Lexicon.IN_CUE_BASE_FORMS);
    SETS.put(Lexicon.BE, Lexicon.IN_BE);
    SETS.put(Lexicon.BEFORE_BASE_VERB, Lexicon.IN_BEFORE_BASE_VERB);
    SETS.put(Lexicon.DOCUMENTS, Lexicon.IN_DOCUMENTS);
    SETS.put(Lexicon.WEAK_CUES, Lexicon.IN_WEAK_CUES);
    SETS.put(Lexicon.NP_STOP, Lexicon.IN_NP_STOP);
    SETS.put(Lexicon.NP_PREP, Lexicon.IN_NP_PREP);
    SETS.put(Lexicon.DETERMINERS, Lexicon.IN_DETERMINERS);
    SETS.put(Lexicon.PRE_VERB, Lexicon.IN_PRE_VERB);
    SETS.put(Lexicon.CLAUSE_OPENERS, Lexicon.IN_CLAUSE_OPENERS);
    SETS.put(Lexicon.PARENTHETICAL, Lexicon.IN_PARENTHETICAL);
    SETS.put(Lexicon.TITLES, Lexicon.IN_TITLES);
    SETS.put(Lexicon.ROLE_NOUNS, Lexicon.IN_ROLE_NOUNS);
    SETS.put(Lexicon.NOT_SPEAKER, Lexicon.IN_NOT_SPEAKER);
    SETS.put(Lexicon.TIME_NOUNS, Lexicon.IN_TIME_NOUNS);
    SETS.put(Lexicon.SPEECH_NOUNS, Lexicon.IN_SPEECH_NOUNS);
    SETS.put(Lexicon.SAY_VERBS, Lexicon.IN_SAY_VERBS);
    SETS.put(Lexicon.OBJECT_CUES, Lexicon.IN_OBJECT_CUES);
    SETS.put(Lexicon.ARTICLES, Lexicon.IN_ARTICLES);
    SETS.put(Lexicon.MONTHS, Lexicon.IN_MONTHS);
    SETS.put(Lexicon.PRONOUNS, Lexicon.IN_PRONOUNS);
    SETS.put(Lexicon.LEADING_SKIP, Lexicon.IN_LEADING_SKIP);
    SETS.put(Lexicon.QUANTIFIER_LEAD, Lexicon.IN_QUANTIFIER_LEAD);
    SETS.put(Lexicon.SENTENCE_STARTERS, Lexicon.IN_SENTENCE_STARTERS);
    SETS.put(Lexicon.SUBORDINATORS, Lexicon.IN_SUBORDINATORS);
  }

  /** Every listed word, its -s form, a possessive and a contraction, and some that are in no list. */
  private static Set<String> words() {
    Set<String> all = new TreeSet<>(Set.of("", "x", "xs", "went", "wents", "trump", "states", "he’s",
        "i'm", "who’d", "ss", "aides", "sons", "us"));
    for (Set<String> s : SETS.keySet()) {
      for (String w : s) {
        all.add(w);
        all.add(w + "s");
        all.add(w + "’s");
        all.add(w + "'re");
      }
    }
    return all;
  }

  @Test
  void maskAgreesWithTheSets() {
    for (String w : words()) {
      int m = Lexicon.mask(w);
      for (Map.Entry<Set<String>, Integer> e : SETS.entrySet()) {
        assertEquals(e.getKey().contains(w), (m & e.getValue()) != 0, w);
      }
      assertEquals(Lexicon.isPronoun(w), (m & Lexicon.IS_PRONOUN) != 0, w);
    }
  }

  @Test
  void tokenClassesAgreeWithTheStringRules() {
    for (String w : words()) {
      if (w.isEmpty()) {
        continue;
      }
      Tokens.Tok t = new Tokens.Tok(Tokens.Type.WORD, 0, w.length(), w, w, -1);
      boolean roleOrTitle = Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w)
          || w.endsWith("s") && w.length() > 3 && Lexicon.ROLE_NOUNS.contains(w.substring(0, w.length() - 1));
      assertEquals(roleOrTitle, Grammar.isRoleOrTitle(t), w);
      assertEquals(Lexicon.looksLikeVerb(w), Lexicon.looksLikeVerb(t), w);
    }
  }

  /**
   * The tokeniser classifies a word from one scan of the text (lexicon look-up before the copy,
   * lower case and apostrophes found on the way); a token must be what the record's own
   * constructor makes of its text, in every case and next to punctuation.
   */
  @Test
  void tokensAreClassifiedAsTheirTextIs() {
    for (String w : words()) {
      String upper = w.toUpperCase(Locale.ROOT);
      String capitalised = w.isEmpty() ? w : upper.charAt(0) + w.substring(1);
      List<String> variants = List.of(w, capitalised, upper, "x" + upper, "(" + w + ")",
          "“" + capitalised + "”,", w + "--", w + "é");
      for (String v : variants) {
        Tokens toks = Tokens.of(v, 0, v.length(), List.of());
        for (int k = 0; k < toks.size(); k++) {
          Tokens.Tok t = toks.get(k);
          assertEquals(new Tokens.Tok(t.type(), t.start(), t.end(), t.text(), t.lower(), t.quote()), t, v);
          if (t.isWord()) {
            assertEquals(v.substring(t.start(), t.end()), t.text(), v);
            assertEquals(t.text().toLowerCase(Locale.ROOT), t.lower(), v);
          }
        }
      }
    }
  }

  @Test
  void aGivenNameTellsASexOnlyWhenItIsOneSexsAndOpensAFullName() {
    assertEquals('s', Lexicon.sexOfFirstName("Gabriela Lazar"));
    assertEquals('h', Lexicon.sexOfFirstName("Philippe Reines"));
    assertEquals('h', Lexicon.sexOfFirstName("Tom R. Novak Jr."));
    assertEquals(0, Lexicon.sexOfFirstName("Jordan Lee")); // unisex: no evidence
    assertEquals(0, Lexicon.sexOfFirstName("Lang")); // a surname alone
    assertEquals(0, Lexicon.sexOfFirstName("Virginia Democrats")); // a place, not a name
  }
}
