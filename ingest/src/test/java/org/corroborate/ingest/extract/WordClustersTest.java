package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    private static final String[] NOUNS = {"mayor", "senator", "governor", "minister"};
    private static final String[] VERBS = {"said", "claimed", "argued", "insisted"};
    private static final String[] OBJECTS = {"bridge", "budget", "tunnel", "harbour"};

    /** Handmade texts: "The NOUN VERB that the OBJECT was closed." in every combination. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (String n : NOUNS) {
            StringBuilder b = new StringBuilder();
            for (String v : VERBS) {
                for (String o : OBJECTS) {
                    b.append("The ").append(n).append(' ').append(v).append(" that the ").append(o)
                            .append(" was closed. ");
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private static final WordClusters.Options SMALL = new WordClusters.Options(4, 2, 2, 2, 100, 50, 10, 1);

    @Test
    void wordsSeenInTheSameContextsShareAClass() {
        WordClusters c = WordClusters.learn(texts(), SMALL);
        assertEquals(17, c.size()); // the 12 words, "the", "that", "was", "closed" and "."
        int verb = c.classesOf("said")[0];
        for (String v : VERBS) {
            assertEquals(verb, c.classesOf(v)[0], v);
        }
        int noun = c.classesOf("mayor")[0];
        for (String n : NOUNS) {
            assertEquals(noun, c.classesOf(n)[0], n);
        }
        assertNotEquals(verb, noun);
        assertEquals(c.classesOf("said")[1], c.classesOf("Claimed")[1], "case does not matter");
        assertArrayEquals(new int[] {-1, -1, -1}, c.classesOf("walrus"));
    }

    @Test
    void learningIsDeterministicAndSurvivesTheModelFile() throws IOException {
        WordClusters c = WordClusters.learn(texts(), SMALL);
        WordClusters again = WordClusters.learn(texts(), SMALL);
        for (String w : List.of("said", "mayor", "bridge", "the", "closed")) {
            assertArrayEquals(c.classesOf(w), again.classesOf(w), w);
        }
        List<AttributionTagger.Example> examples = AttributionTagger.examples("The mayor said that the bridge was"
                + " closed.", List.of(new int[] {1, 0, 9}, new int[] {2, 10, 14}, new int[] {3, 15, 41}));
        AttributionTagger tagger = AttributionTagger.train(examples, new AttributionTagger.TrainingOptions(2, 1), c);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(c.size(), read.clusters().size());
        for (String w : List.of("said", "mayor", "bridge", "the", "closed")) {
            assertArrayEquals(c.classesOf(w), read.clusters().classesOf(w), w);
        }
    }

    @Test
    void theTaggerSeesClassFeaturesOnlyWithClasses() {
        WordClusters c = WordClusters.learn(texts(), SMALL);
        AttributionTagger.Sentence s = AttributionTagger.sentences("The senator argued that the tunnel was closed.",
                new SentenceSplitter()).get(0);
        List<List<String>> with = AttributionTagger.features(List.of(s), 0, l -> -1,
                AttributionTagger.PhraseRates.NONE, c).uni();
        String verb = String.valueOf(c.classesOf("argued")[0]);
        assertTrue(with.get(2).contains("k0=" + verb), with.get(2).toString());
        // the word after the verb ("that" is no determiner), and the verb governing "the tunnel"
        assertTrue(with.get(2).contains("obj=argue|that"), with.get(2).toString());
        assertTrue(with.get(5).contains("gov=" + c.classesOf("that")[0] + "|" + c.classesOf("tunnel")[0]),
                with.get(5).toString());
        List<List<String>> without = AttributionTagger.features(List.of(s), 0, l -> -1).uni();
        assertFalse(without.get(2).stream().anyMatch(f -> f.startsWith("k0=")), without.get(2).toString());
    }

    @Test
    void tooFewWordsGiveNoClassesAndOptionsAreChecked() {
        assertTrue(WordClusters.learn(List.of("One two."), SMALL).isEmpty());
        assertTrue(WordClusters.learn(List.of(), SMALL).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new WordClusters.Options(4, 8, 2, 2, 100, 50, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new WordClusters.Options(4, 2, 2, 0, 100, 50, 10, 1));
    }
}
