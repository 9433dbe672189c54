package org.corroborate.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.jsonl.JsonLinesReader;
import org.corroborate.ingest.text.PlainTextReader;

/** The readers Corroborate knows, one per {@link InputFormat}. Immutable. */
public final class Readers {

    private final Map<InputFormat, ArticleReader> byFormat;

    private Readers(Map<InputFormat, ArticleReader> byFormat) {
        this.byFormat = byFormat;
    }

    /** Every built-in reader. */
    public static Readers defaults() {
        Map<InputFormat, ArticleReader> m = new EnumMap<>(InputFormat.class);
        for (ArticleReader r : new ArticleReader[] {new PlainTextReader(), new JsonLinesReader(),
            new HtmlArticleReader()}) {
            m.put(r.format(), r);
        }
        return new Readers(m);
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
