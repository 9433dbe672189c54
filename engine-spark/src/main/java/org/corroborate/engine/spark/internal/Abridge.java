package org.corroborate.engine.spark.internal;

import org.apache.spark.api.java.function.Function;
import org.corroborate.engine.Pipeline;

/** Shortens the article of an article event as the local engine does for a large corpus; other events pass. */
public final class Abridge implements Function<byte[], byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] call(byte[] bytes) {
        if (!Codec.isArticle(bytes)) {
            return bytes;
        }
        Event.ArticleRead a = (Event.ArticleRead) new Codec.Decoder().decode(bytes);
        return Codec.encode(new Event.ArticleRead(Pipeline.abridge(a.article()), a.signature(), a.key()));
    }
}
