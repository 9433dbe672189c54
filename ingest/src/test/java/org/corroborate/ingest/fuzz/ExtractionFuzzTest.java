package org.corroborate.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.corroborate.core.Article;
import org.corroborate.ingest.extract.RuleBasedExtractor;

/**
 * Jazzer fuzz target for extraction: {@link RuleBasedExtractor#extract} on an arbitrary body must never throw.
 * Plain {@code mvn verify} runs the committed inputs under
 * {@code src/test/resources/org/corroborate/ingest/fuzz/ExtractionFuzzTestInputs/extract/}; see docs/SECURITY.md
 * to fuzz it.
 */
class ExtractionFuzzTest {

    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.withBuiltInRegistry();

    @FuzzTest(maxDuration = "10m")
    void extract(String body) {
        if (body == null) {
            return; // Jazzer may pass null for a String; articles never have a null body
        }
        EXTRACTOR.extract(Article.builder().id("fuzz").body(body).build());
    }
}
