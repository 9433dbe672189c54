/**
 * Reading news articles from HTML pages: {@link org.corroborate.ingest.html.HtmlArticleReader} (the reader, and the
 * entry point for other readers that meet HTML inside WARC records or feed items),
 * {@link org.corroborate.ingest.html.MainTextExtractor} (the article's text without page furniture) and
 * {@link org.corroborate.ingest.html.MetadataExtractor} (title, byline, date, outlet, URL, language).
 *
 * <p>Unlike the line-based readers, an HTML page is held whole (within
 * {@link org.corroborate.ingest.ReadOptions#maxFileBytes()}), as it must be parsed into a tree.
 */
package org.corroborate.ingest.html;
