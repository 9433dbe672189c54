package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.junit.jupiter.api.Test;

class PartsOfSpeechTest {

    private static List<AttributionTagger.Sentence> sentences(String text) {
        return AttributionTagger.sentences(text, new SentenceSplitter());
    }

    @Test
    void tagsEachTokenWithItsUniversalPartOfSpeech() {
        List<AttributionTagger.Sentence> s = sentences("Carl Rand said the dam was safe.");
        assertArrayEquals(new String[] {"PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"},
                PartsOfSpeech.tag(s.get(0).tokens()));
        assertEquals(0, PartsOfSpeech.tag(List.of()).length);
    }

    @Test
    void verbAndNounGroupsAreReadFromThePartsOfSpeech() {
        AttributionTagger.Sentence s = AttributionTagger.withPartsOfSpeech(
                sentences("Critics wanted to leave out the costs.")).get(0);
        String[] lemmas = new String[s.tokens().size()];
        for (int i = 0; i < lemmas.length; i++) {
            lemmas[i] = AttributionTagger.lemma(s.tokens().get(i).lower());
        }
        // Critics/NOUN wanted/VERB to/PART leave/VERB out/ADP the/DET costs/NOUN ./PUNCT
        assertArrayEquals(new String[] {"N|B", "B|leave", "I|leave", "I|leave", "O", "N|B", "N|I", "O"},
                AttributionTagger.verbGroups(s.tokens(), lemmas, s.pos()));
        List<String> out = AttributionTagger.features(List.of(s), 0, l -> -1, AttributionTagger.PhraseRates.NONE,
                WordClusters.NONE, false, true).uni().get(4);
        assertTrue(out.contains("avg=leave|out"), out.toString());
        assertTrue(out.contains("u=ADP"), out.toString());
        List<String> verb = AttributionTagger.features(List.of(s), 0, l -> -1, AttributionTagger.PhraseRates.NONE,
                WordClusters.NONE, false, true).uni().get(3);
        assertTrue(verb.contains("vgn=leave|out"), verb.toString());
        List<String> without = AttributionTagger.features(List.of(s), 0, l -> -1,
                AttributionTagger.PhraseRates.NONE, WordClusters.NONE, false, false).uni().get(4);
        assertFalse(without.stream().anyMatch(f -> f.startsWith("u=") || f.startsWith("avg=")), without.toString());
    }

    @Test
    void aSentenceKeepsItsPartsOfSpeechWithTheRulesTags() {
        String text = "Ann Lee said the bridge was closed.";
        List<AttributionTagger.Sentence> tagged = AttributionTagger.withPartsOfSpeech(sentences(text));
        List<Attribution> found = RuleBasedExtractor.withBuiltInRegistry()
                .extract(Article.builder().id("t").body(text).build());
        AttributionTagger.Sentence both = AttributionTagger.withRules(tagged, found).get(0);
        assertEquals("VERB", both.pos()[2]);
        assertEquals(AttributionTagger.Tag.B_CUE, both.rule(2));
        assertNull(sentences(text).get(0).pos());
    }

    /** "X verb Y." where the verb is a cue; half of the verbs are not reporting verbs, all are past tense. */
    static List<AttributionTagger.Example> examples(boolean partsOfSpeech) {
        String[] names = {"Ann Lee", "The minister", "Officials", "Bob Stone", "The police"};
        String[] claims = {"the bridge was closed", "prices rose", "the talks failed", "nobody was hurt"};
        List<AttributionTagger.Example> out = new ArrayList<>();
        for (String name : names) {
            for (String claim : claims) {
                String text = name + " said " + claim + ".";
                int cue = name.length() + 1;
                out.addAll(AttributionTagger.examples(text, List.of(new int[] {1, 0, name.length()},
                        new int[] {2, cue, cue + 4}, new int[] {3, cue + 5, text.length() - 1}), null,
                        AttributionTagger.RuleFeatures.NONE, partsOfSpeech));
            }
        }
        return out;
    }

    @Test
    void aModelWithPartsOfSpeechIsWrittenAsVersion10AndTagsWithThem() throws IOException {
        AttributionTagger tagger = AttributionTagger.train(examples(true),
                new AttributionTagger.TrainingOptions(3, 1, 2), WordClusters.NONE,
                AttributionTagger.RuleFeatures.NONE, true, (stage, epoch, made) -> { });
        assertTrue(tagger.usesPartsOfSpeech());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertEquals(10, in.readInt());
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.usesPartsOfSpeech());
        assertEquals(tagger.featureCount(), read.featureCount());
        assertTrue(tagger.toString().length() > 0);
        String body = "Carl Rand said the dam was safe.";
        List<AttributionTagger.Sentence> prepared = read.prepare(sentences(body), List.of());
        assertEquals("VERB", prepared.get(0).pos()[2]);
        List<Attribution> found = new TaggingExtractor(read, RuleBasedExtractor.withBuiltInRegistry())
                .extract(Article.builder().id("t").body(body).build());
        assertEquals(1, found.size(), found.toString());
        assertEquals("Carl Rand", found.get(0).source().text());
        assertEquals("said", found.get(0).cue().text());

        AttributionTagger plain = AttributionTagger.train(examples(false),
                new AttributionTagger.TrainingOptions(3, 1, 2), WordClusters.NONE,
                AttributionTagger.RuleFeatures.NONE, false, (stage, epoch, made) -> { });
        assertFalse(plain.usesPartsOfSpeech());
        assertNull(plain.prepare(sentences(body), List.of()).get(0).pos());
        ByteArrayOutputStream plainBytes = new ByteArrayOutputStream();
        plain.write(plainBytes);
        in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                new ByteArrayInputStream(plainBytes.toByteArray())));
        in.readInt();
        assertEquals(9, in.readInt(), "a model without parts of speech keeps format 9");
        assertFalse(AttributionTagger.read(new ByteArrayInputStream(plainBytes.toByteArray())).usesPartsOfSpeech());
        assertTrue(tagger.featureCount() > plain.featureCount());
    }
}
