package org.corroborate.engine.spark.internal;

import java.util.Objects;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.DuplicateFilter;

/**
 * One thing that happened while an executor read an input, in the order it happened, so that the driver can replay
 * a batch read in pieces exactly as one {@code Ingestor} would have read it.
 */
public sealed interface Event {

    /**
     * An article read and extracted (duplicates included: the driver leaves them out).
     *
     * @param article   the article with its attributions (its body shortened when the run is abridged)
     * @param signature the wire signature of its whole body
     * @param key       what duplicates are told by, from its whole body
     */
    record ArticleRead(AnnotatedArticle article, long[] signature, DuplicateFilter.Key key) implements Event {
        public ArticleRead {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(key, "key");
        }
    }

    /** A diagnostic the reading added. */
    record DiagnosticAdded(Diagnostic diagnostic) implements Event {
        public DiagnosticAdded {
            Objects.requireNonNull(diagnostic, "diagnostic");
        }
    }

    /**
     * The end of one input (or of a spec's resolution), with the files it counts as opened and as failed.
     *
     * @param files       inputs opened
     * @param filesFailed inputs that could not be read at all
     */
    record InputDone(long files, long filesFailed) implements Event {
    }
}
