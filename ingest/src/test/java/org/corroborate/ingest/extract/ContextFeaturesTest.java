package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.junit.jupiter.api.Test;

/** The features of a sentence's context (format 11): main verb, likeliest cue verb, verb heads' cue rates. */
class ContextFeaturesTest {

    private static AttributionTagger.Sentence tagged(String text) {
        return AttributionTagger.withPartsOfSpeech(AttributionTagger.sentences(text, new SentenceSplitter())).get(0);
    }

    private static List<List<String>> features(AttributionTagger.Sentence s, boolean context) {
        AttributionTagger.CueRates rates = l -> l.equals("say") ? 0.9 : l.equals("rise") ? 0.0 : -1;
        return AttributionTagger.features(List.of(s), 0, rates, AttributionTagger.PhraseRates.NONE,
                WordClusters.NONE, false, true, context).uni();
    }

    @Test
    void theMainVerbAndTheLikeliestCueVerbWithTheTokensSideOfThem() {
        // "Prices will rise , officials said ." : the main verb is "rise" (the first group), the likeliest cue
        // "said"
        AttributionTagger.Sentence s = tagged("Prices will rise, officials said.");
        assertEquals("I|rise", AttributionTagger.verbGroups(s.tokens(), lemmas(s), s.pos())[2]);
        List<List<String>> f = features(s, true);
        List<String> prices = f.get(0);
        assertTrue(prices.contains("xmv=rise|before|false"), prices.toString());
        assertTrue(prices.contains("xbv=say|before"), prices.toString());
        assertTrue(prices.contains("xbvr=>=.4|before|false|true"), prices.toString());
        assertTrue(prices.contains("xnl=1|false|unk"), prices.toString());
        assertTrue(prices.contains("xss+1=ces|ill"), prices.toString());
        List<String> will = f.get(1);
        assertTrue(will.contains("xvgr=0|B|false"), will.toString());
        assertTrue(will.contains("xvgm=true|false|0"), will.toString());
        List<String> said = f.get(5);
        assertTrue(said.contains("xvgr=>=.4|B|false"), said.toString());
        assertTrue(said.contains("xvgrw=>=.4|said"), said.toString());
        assertTrue(said.contains("xmv=rise|after|false"), said.toString());
        assertTrue(said.contains("xbv=say|in"), said.toString());
        assertTrue(said.contains("xs-1s=als|aid"), said.toString());
        List<String> without = features(s, false).get(5);
        assertFalse(without.stream().anyMatch(x -> x.startsWith("x")), without.toString());
        assertEquals(without.size(), said.stream().filter(x -> !x.startsWith("x")).count());
    }

    @Test
    void aQuotedVerbIsNotTheMainVerb() {
        AttributionTagger.Sentence s = tagged("\"Prices will rise,\" officials said.");
        List<String> quote = features(s, true).get(0);
        assertTrue(quote.stream().anyMatch(x -> x.startsWith("xmv=say|before|")), quote.toString());
    }

    private static String[] lemmas(AttributionTagger.Sentence s) {
        String[] out = new String[s.tokens().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = AttributionTagger.lemma(s.tokens().get(i).lower());
        }
        return out;
    }

    @Test
    void aModelWithContextFeaturesIsWrittenAsVersion11AndTagsWithThem() throws IOException {
        AttributionTagger.TrainingOptions options = new AttributionTagger.TrainingOptions(3, 1, 2);
        List<AttributionTagger.Example> examples = PartsOfSpeechTest.examples(true);
        AttributionTagger tagger = AttributionTagger.train(examples, options, WordClusters.NONE,
                AttributionTagger.RuleFeatures.NONE, true, true, (stage, epoch, made) -> { });
        assertTrue(tagger.usesContext());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertEquals(11, in.readInt());
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.usesContext());
        assertTrue(read.usesPartsOfSpeech());
        assertEquals(tagger.featureCount(), read.featureCount());
        String body = "Carl Rand said the dam was safe.";
        List<Attribution> found = new TaggingExtractor(read, RuleBasedExtractor.withBuiltInRegistry())
                .extract(Article.builder().id("t").body(body).build());
        assertEquals(1, found.size(), found.toString());
        assertEquals("said", found.get(0).cue().text());

        AttributionTagger pos = AttributionTagger.train(examples, options, WordClusters.NONE,
                AttributionTagger.RuleFeatures.NONE, true, false, (stage, epoch, made) -> { });
        assertFalse(pos.usesContext());
        ByteArrayOutputStream posBytes = new ByteArrayOutputStream();
        pos.write(posBytes);
        in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(posBytes.toByteArray())));
        in.readInt();
        assertEquals(10, in.readInt(), "a model without context features keeps format 10");

        assertThrows(IllegalArgumentException.class, () -> AttributionTagger.train(examples, options,
                WordClusters.NONE, AttributionTagger.RuleFeatures.NONE, false, true, (stage, epoch, made) -> { }));
    }
}
