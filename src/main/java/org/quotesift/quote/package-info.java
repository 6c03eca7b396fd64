/**
 * The quote stage: finds quotations in an article's passages and says who said them.
 *
 * <p>The public surface is {@link org.quotesift.quote.QuoteExtractor#extract} and the records it
 * takes and returns ({@link org.quotesift.quote.Passage}, {@link org.quotesift.quote.Quote}, {@link
 * org.quotesift.quote.Speaker}); everything else is package-private. Inside: {@code QuoteSpans}
 * finds the quoted stretches, {@code Tokens} cuts each passage into words, punctuation and whole
 * quotes, {@code Grammar} finds speaker noun phrases and verb subjects, {@code Attributor} runs the
 * attribution sieves and {@code Names} resolves short names to full ones. General-English word lists
 * live in {@code Lexicon}.
 *
 * <p>The stage is pure and deterministic: no I/O, no static mutable state, time linear in the
 * article. It knows nothing of where the text came from (the cleaner decides the passages) or of
 * output formats.
 */
package org.quotesift.quote;
