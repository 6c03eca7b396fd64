/**
 * The clean stage: splits a document into blocks kept or dropped (each dropped block with a short
 * reason) and finds the article's metadata.
 *
 * <p>The public surface is {@link org.quotesift.clean.Cleaner#clean} and the records it returns
 * ({@link org.quotesift.clean.CleanDocument}, {@link org.quotesift.clean.Block}, {@link
 * org.quotesift.clean.Metadata}), plus {@link org.quotesift.clean.CorpusProfile}, the optional
 * bounded memory of a run's recurring lines (a site's template). Inside: {@code TextCleaner}
 * classifies the lines of plain-text dumps in place (block offsets are offsets in the input);
 * {@code HtmlCleaner} prunes a Jsoup DOM, picks the content container and classifies its blocks;
 * {@code HtmlMetadata} reads JSON-LD, meta tags and visible markup; {@code Boilerplate} holds the
 * generic web vocabulary (navigation, share and sign-up widgets, captions and credits, bylines,
 * date lines) and {@code TextFeatures} the cheap per-line measurements both cleaners use.
 *
 * <p>Both cleaners find the article the same way: prose scores positive, labels and boilerplate
 * negative, and the article is the maximum-sum run of blocks, anchored under the headline when the
 * page repeats it, ended early at a tail marker (a "Related" list, a sign-up box) once most of the
 * prose is above it. Lines with quotation marks inside the article are never dropped for being
 * short. The stage is pure: no I/O, no static mutable state.
 */
package org.quotesift.clean;
