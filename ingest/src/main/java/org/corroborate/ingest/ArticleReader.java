package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.corroborate.core.Article;

/**
 * Reads the articles of one input format.
 *
 * <p>Contract: {@link #read} hands each article it can read to {@code sink} as soon as it is read, reports every
 * problem to {@link ReadContext#diagnostics()} with the input's name and the line or offset, and returns normally
 * for bad input. It throws {@link IOException} only when the stream itself fails; the caller turns that into a
 * diagnostic for the input and goes on with the next one. Implementations are stateless and thread-safe.
 */
public interface ArticleReader {

    /** The format this reader reads. */
    InputFormat format();

    /**
     * Reads all articles of {@code input}.
     *
     * @param input   the input, for names in diagnostics and articles' locations
     * @param in      its bytes, already decompressed; the caller closes it
     * @param context options, limits and where diagnostics go
     * @param sink    receives each article
     */
    void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException;
}
