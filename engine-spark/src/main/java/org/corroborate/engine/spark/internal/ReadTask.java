package org.corroborate.engine.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.engine.Pipeline;
import org.corroborate.engine.spark.ExtractorSettings;
import org.corroborate.engine.spark.ReadSettings;
import org.corroborate.ingest.DuplicateFilter;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.scoring.independence.WireCopies;

/**
 * What an executor does with its partition of inputs: reads each input as the local engine's {@link Ingestor} reads
 * it (duplicates left to the driver), extracts every article's attributions and computes the wire signature of its
 * body, and gives the {@link Event}s of each input in the order they happened, each input closed by an
 * {@link Event.InputDone}. One input's events are held in memory at a time.
 */
public final class ReadTask implements FlatMapFunction<Iterator<InputRef>, byte[]> {

    private static final long serialVersionUID = 1L;

    private final ReadSettings read;
    private final ExtractorSettings extractor;
    private final double wireThreshold;

    public ReadTask(ReadSettings read, ExtractorSettings extractor, double wireThreshold) {
        this.read = read;
        this.extractor = extractor;
        this.wireThreshold = wireThreshold;
    }

    @Override
    public Iterator<byte[]> call(Iterator<InputRef> inputs) {
        AttributionExtractor ex = extractor.create();
        WireCopies wire = new WireCopies(wireThreshold);
        ReadOptions options = read.toOptions();
        return new Iterator<>() {
            private Iterator<byte[]> current = List.<byte[]>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && inputs.hasNext()) {
                    current = events(inputs.next(), options, ex, wire).iterator();
                }
                return current.hasNext();
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The events of reading one input. */
    static List<byte[]> events(InputRef ref, ReadOptions options, AttributionExtractor ex, WireCopies wire) {
        // Uncapped, so that every diagnostic reaches the driver, which caps them as one Ingestor would.
        Diagnostics diagnostics = new Diagnostics(Integer.MAX_VALUE);
        Ingestor ingestor = Ingestor.keepingDuplicates(options, Readers.defaults(), diagnostics);
        List<byte[]> out = new ArrayList<>();
        int[] shipped = {0};
        ingestor.read(ref.open(), a -> {
            shipped[0] = ship(diagnostics, shipped[0], out);
            AnnotatedArticle aa = Pipeline.annotate(ex, a);
            out.add(Codec.encode(new Event.ArticleRead(aa, wire.signature(a.body()), DuplicateFilter.Key.of(a))));
        });
        ship(diagnostics, shipped[0], out);
        IngestSummary s = ingestor.summary();
        out.add(Codec.encode(new Event.InputDone(s.files(), s.filesFailed())));
        return out;
    }

    private static int ship(Diagnostics diagnostics, int from, List<byte[]> out) {
        if (diagnostics.total() == from) {
            return from;
        }
        List<Diagnostic> added = diagnostics.listFrom(from);
        for (Diagnostic d : added) {
            out.add(Codec.encode(new Event.DiagnosticAdded(d)));
        }
        return from + added.size();
    }
}
