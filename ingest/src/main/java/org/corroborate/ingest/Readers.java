package org.corroborate.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.ingest.csv.CsvReader;
import org.corroborate.ingest.feed.FeedReader;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.jsonl.JsonLinesReader;
import org.corroborate.ingest.text.PlainTextReader;
import org.corroborate.ingest.warc.WarcReader;

/** The readers Corroborate knows, one per {@link InputFormat}. Immutable. */
public final class Readers {

    private final Map<InputFormat, ArticleReader> byFormat;

    private Readers(Map<InputFormat, ArticleReader> byFormat) {
        this.byFormat = byFormat;
    }

    /** Every built-in reader, with {@link #htmlPageParser()} for the HTML inside WARC and CSV files. */
    public static Readers defaults() {
        return defaults(htmlPageParser());
    }

    /** Every built-in reader, with {@code html} reading the HTML pages inside WARC archives and CSV files. */
    public static Readers defaults(HtmlPageParser html) {
        Map<InputFormat, ArticleReader> m = new EnumMap<>(InputFormat.class);
        for (ArticleReader r : new ArticleReader[] {new PlainTextReader(), new JsonLinesReader(), new CsvReader(html),
                new FeedReader(), new WarcReader(html), new HtmlArticleReader()}) {
            m.put(r.format(), r);
        }
        return new Readers(m);
    }

    /** The HTML page parser the default readers use: {@link HtmlArticleReader}'s. */
    public static HtmlPageParser htmlPageParser() {
        return new HtmlArticleReader()::parse;
    }

    /** A copy with {@code reader} for its format, replacing any other. */
    public Readers with(ArticleReader reader) {
        Map<InputFormat, ArticleReader> m = new EnumMap<>(InputFormat.class);
        m.putAll(byFormat);
        m.put(reader.format(), reader);
        return new Readers(m);
    }

    public Optional<ArticleReader> forFormat(InputFormat format) {
        return Optional.ofNullable(byFormat.get(format));
    }
}
