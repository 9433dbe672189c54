package org.corroborate.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static byte[] corpus(int n, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusGenerator(n, seed).write(out);
        return out.toByteArray();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        assertArrayEquals(corpus(50, 7), corpus(50, 7));
        assertFalse(java.util.Arrays.equals(corpus(50, 7), corpus(50, 8)));
    }

    @Test
    void articlesAreReadableAndCarryAttributionsTheExtractorFinds() throws IOException {
        byte[] bytes = corpus(200, 3);
        Diagnostics d = new Diagnostics();
        Ingestor ingestor = new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), d);
        List<Article> read = new ArrayList<>();
        ingestor.read(org.corroborate.ingest.Input.ofBytes("gen.jsonl", bytes), read::add);
        assertEquals(0, ingestor.summary().errors(), () -> d.list().toString());
        assertTrue(read.size() > 150, "read " + read.size());
        RuleBasedExtractor x = RuleBasedExtractor.withBuiltInRegistry();
        int attributions = 0;
        long bytesTotal = 0;
        for (Article a : read) {
            attributions += x.extract(a).size();
            bytesTotal += a.body().getBytes(StandardCharsets.UTF_8).length;
        }
        assertTrue(attributions > 2 * read.size(), "attributions " + attributions);
        long mean = bytesTotal / read.size();
        assertTrue(mean > 1500 && mean < 6000, "mean body bytes " + mean);
    }

    @Test
    void truthListsEveryClaim() throws IOException {
        CorpusGenerator g = new CorpusGenerator(400, 1);
        java.io.StringWriter w = new java.io.StringWriter();
        g.writeTruth(w);
        assertEquals(g.claims().size() + 1, w.toString().split("\n").length);
        assertTrue(g.claims().stream().anyMatch(CorpusGenerator.PlantedClaim::truth));
        assertTrue(g.claims().stream().anyMatch(c -> !c.truth()));
    }
}
