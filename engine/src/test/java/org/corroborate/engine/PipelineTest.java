package org.corroborate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Hedge;
import org.corroborate.engine.internal.Compactor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.scoring.ScoringConfig;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** The project's bundled example articles (the module's tests run in its own folder). */
    private static List<String> input() throws URISyntaxException {
        return List.of(Path.of("..", "examples", "articles.jsonl").toString());
    }

    private static Pipeline.Result run(int threads, int fullText) throws URISyntaxException {
        return new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(), ScoringConfig.DEFAULTS,
                threads, fullText).run(input(), new ByteArrayInputStream(new byte[0]));
    }

    /** What a report says of each claim, without the article bodies. */
    private static List<String> claims(Pipeline.Result r) {
        List<String> out = new ArrayList<>();
        for (Assessment a : r.corroboration().assessments()) {
            out.add(a.claim().id() + " " + a.status() + " " + a.probability() + " " + a.interval() + " "
                    + a.grade() + " " + a.evidence().size() + " " + a.explanation());
        }
        return out;
    }

    @Test
    void sameResultWhateverTheThreadCount() throws URISyntaxException {
        Pipeline.Result one = run(1, Pipeline.FULL_TEXT_ARTICLES);
        Pipeline.Result three = run(3, Pipeline.FULL_TEXT_ARTICLES);
        assertFalse(one.abridged());
        assertEquals(6, one.articles().size());
        assertEquals(one.articles(), three.articles());
        assertEquals(claims(one), claims(three));
        assertFalse(claims(one).isEmpty());
    }

    @Test
    void largeCorpusKeepsCompactArticlesAndScoresTheSame() throws URISyntaxException {
        Pipeline.Result whole = run(2, Pipeline.FULL_TEXT_ARTICLES);
        Pipeline.Result compact = run(2, 3);
        assertTrue(compact.abridged());
        assertEquals(claims(whole), claims(compact));
        assertEquals(whole.corroboration().wireGroups(), compact.corroboration().wireGroups());
        long before = whole.articles().stream().mapToLong(a -> a.article().body().length()).sum();
        long after = compact.articles().stream().mapToLong(a -> a.article().body().length()).sum();
        assertTrue(after <= before, after + " > " + before); // these articles attribute in every sentence
    }

    @Test
    void spilledBodiesScoreTheSameAndReadBack(@org.junit.jupiter.api.io.TempDir Path tmp) throws URISyntaxException {
        Pipeline.Result memory = run(2, 3);
        List<Path> spills;
        try (Pipeline.Result spilled = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 2, 3).withSpill(tmp).run(input(), new ByteArrayInputStream(new byte[0]))) {
            assertTrue(spilled.abridged());
            assertEquals(claims(memory), claims(spilled));
            assertEquals(memory.corroboration().assessments(), spilled.corroboration().assessments());
            assertEquals(memory.corroboration().sources(), spilled.corroboration().sources());
            assertEquals(memory.corroboration().outlets(), spilled.corroboration().outlets());
            assertTrue(spilled.articles().stream().allMatch(a -> a.article().body().isEmpty()));
            assertEquals(memory.articles(), spilled.withBodies(spilled.articles()));
            assertEquals(memory.corroboration().articles(), spilled.withBodies(spilled.corroboration().articles()));
            spills = listFiles(tmp);
            assertEquals(2, spills.size(), "the articles and their wire signatures: " + spills);
            assertTrue(spills.stream().anyMatch(p -> p.getFileName().toString().startsWith("corroborate-signatures-")),
                    spills.toString());
        }
        assertEquals(List.of(), listFiles(tmp));
        // a corpus within the full-text limit keeps its bodies in memory and spills nothing
        try (Pipeline.Result small = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 2, Pipeline.FULL_TEXT_ARTICLES).withSpill(tmp)
                .run(input(), new ByteArrayInputStream(new byte[0]))) {
            assertFalse(small.abridged());
            assertSame(small.articles(), small.withBodies(small.articles()));
            assertEquals(List.of(), listFiles(tmp));
        }
    }

    private static List<Path> listFiles(Path dir) {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void compactedSpansCoverTheSameText() throws URISyntaxException {
        for (AnnotatedArticle aa : run(1, Pipeline.FULL_TEXT_ARTICLES).articles()) {
            AnnotatedArticle c = Compactor.compact(aa);
            String was = aa.article().body();
            String now = c.article().body();
            for (int i = 0; i < aa.attributions().size(); i++) {
                Attribution x = aa.attributions().get(i);
                Attribution y = c.attributions().get(i);
                assertEquals(x.sentence().in(was), y.sentence().in(now));
                assertEquals(x.content().in(was), y.content().in(now));
                assertEquals(x.cue().span().in(was), y.cue().span().in(now));
                assertEquals(x.source().span().in(was), y.source().span().in(now));
                for (int h = 0; h < x.hedges().size(); h++) {
                    Hedge hx = x.hedges().get(h);
                    assertEquals(hx.span().in(was), y.hedges().get(h).span().in(now));
                }
            }
        }
    }
}
