package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.SourceKind;
import org.junit.jupiter.api.Test;

class AttributionTaggerTest {

    private static final String[] NAMES = {"Ann Lee", "The minister", "Officials", "Bob Stone", "The police"};
    private static final String[] CLAIMS = {"the bridge was closed", "prices rose", "the talks failed",
        "the plan will work", "nobody was hurt"};

    /** A tiny synthetic corpus: "X said Y." and "\"Y,\" X said." sentences with their spans. */
    private static List<AttributionTagger.Example> corpus() {
        List<AttributionTagger.Example> out = new ArrayList<>();
        for (String name : NAMES) {
            for (String claim : CLAIMS) {
                StringBuilder text = new StringBuilder();
                List<int[]> spans = new ArrayList<>();
                int s = text.length();
                text.append(name);
                spans.add(new int[] {1, s, text.length()});
                text.append(' ');
                spans.add(new int[] {2, text.length(), text.length() + 4});
                text.append("said ");
                spans.add(new int[] {3, text.length(), text.length() + claim.length()});
                text.append(claim).append(". The weather was fine. \u201C");
                spans.add(new int[] {3, text.length(), text.length() + claim.length()});
                text.append(claim).append(",\u201D ");
                spans.add(new int[] {1, text.length(), text.length() + name.length()});
                text.append(name).append(' ');
                spans.add(new int[] {2, text.length(), text.length() + 4});
                text.append("said.");
                out.addAll(AttributionTagger.examples(text.toString(), spans));
            }
        }
        return out;
    }

    @Test
    void examplesCarryBioTags() {
        List<AttributionTagger.Example> ex = AttributionTagger.examples("Ann Lee said it rained.",
                List.of(new int[] {1, 0, 7}, new int[] {2, 8, 12}, new int[] {3, 13, 22}));
        assertEquals(1, ex.size());
        assertEquals(List.of(AttributionTagger.Tag.B_SOURCE, AttributionTagger.Tag.I_SOURCE,
                AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CONTENT, AttributionTagger.Tag.I_CONTENT,
                AttributionTagger.Tag.O), List.of(ex.get(0).gold()));
    }

    @Test
    void learnsTheCorpusAndSurvivesARoundTrip() throws IOException {
        AttributionTagger tagger = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(5, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(tagger.featureCount(), read.featureCount());

        TaggingExtractor extractor = new TaggingExtractor(read, RuleBasedExtractor.withBuiltInRegistry());
        String body = "Carl Rand said the dam was safe. \u201CThe dam was safe,\u201D Carl Rand said.";
        List<Attribution> found = extractor.extract(Article.builder().id("t").body(body).build());
        assertEquals(2, found.size(), found.toString());
        for (Attribution a : found) {
            assertEquals("said", a.cue().text());
            assertEquals("say", a.cue().lemma());
            assertEquals("Carl Rand", a.source().text());
            assertTrue(a.contentText().toLowerCase(java.util.Locale.ROOT).contains("the dam was safe"),
                    a.contentText());
            assertEquals(SourceKind.NAMED_PERSON, a.source().source().kind());
        }
    }

    @Test
    void decodedTagsAlwaysFormValidBioSpans() {
        AttributionTagger tagger = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(3, 7));
        String text = "Officials said prices rose. \u201CNobody was hurt,\u201D said the police. The weather was fine,"
                + " Bob Stone told reporters on Friday, adding that the talks failed.";
        for (AttributionTagger.Sentence s : AttributionTagger.sentences(text, new SentenceSplitter())) {
            AttributionTagger.Tag[] tags = tagger.tag(s);
            assertEquals(s.tokens().size(), tags.length);
            for (int i = 0; i < tags.length; i++) {
                AttributionTagger.Tag t = tags[i];
                if (t.role() != 0 && !t.begins()) {
                    assertTrue(i > 0 && tags[i - 1].role() == t.role(), "I- tag without its B- at " + i + ": "
                            + List.of(tags));
                }
            }
        }
    }

    @Test
    void cueRatesAreLearnedAndStoredWithTheModel() throws IOException {
        AttributionTagger tagger = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(2, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        // "said" is a cue in every sentence of the corpus, "weather" never
        String sentence = "Carl Rand said the weather was fine.";
        AttributionTagger.Sentence s = AttributionTagger.sentences(sentence, new SentenceSplitter()).get(0);
        List<String> said = AttributionTagger.features(List.of(s), 0, read::cueRateForTest).uni().get(2);
        List<String> weather = AttributionTagger.features(List.of(s), 0, read::cueRateForTest).uni().get(4);
        assertTrue(said.contains("cr=>=.4"), said.toString());
        assertTrue(weather.contains("cr=0"), weather.toString());
    }

    @Test
    void aFileThatIsNoModelIsRefused() {
        assertThrows(IOException.class, () -> AttributionTagger.read(new ByteArrayInputStream(new byte[] {1, 2})));
        assertFalse(AttributionTagger.isCue("table"));
        assertTrue(AttributionTagger.isCue("admitted"));
        assertEquals("admit", AttributionTagger.lemma("admitted"));
        assertEquals("state", AttributionTagger.lemma("stated"));
    }

    @Test
    void aTwoStageModelLearnsTheCorpusAndSurvivesARoundTrip() throws IOException {
        AttributionTagger tagger = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(4, 1, 3));
        assertTrue(tagger.isTwoStage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.isTwoStage());
        assertEquals(tagger.featureCount(), read.featureCount());
        String text = "Carl Rand said the dam was safe. The weather was fine.";
        List<AttributionTagger.Sentence> sentences = AttributionTagger.sentences(text, new SentenceSplitter());
        AttributionTagger.Tag[][] all = read.tagArticle(sentences);
        assertEquals(List.of(AttributionTagger.Tag.B_SOURCE, AttributionTagger.Tag.I_SOURCE,
                AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CONTENT), List.of(all[0]).subList(0, 4));
        for (int si = 0; si < sentences.size(); si++) {
            assertEquals(List.of(all[si]), List.of(read.tag(sentences, si)));
            assertEquals(List.of(all[si]), List.of(tagger.tag(sentences, si)));
        }
        assertThrows(IllegalArgumentException.class, () -> new AttributionTagger.TrainingOptions(4, 1, 1));
    }

    /** Articles with the multi-word cue "went on to say", and one where the same words are no cue. */
    private static List<AttributionTagger.Example> phraseCorpus() {
        List<AttributionTagger.Example> out = new ArrayList<>(corpus());
        for (String name : NAMES) {
            for (String claim : CLAIMS) {
                String text = name + " went on to say " + claim + ".";
                int cue = name.length() + 1;
                out.addAll(AttributionTagger.examples(text, List.of(new int[] {1, 0, name.length()},
                        new int[] {2, cue, cue + "went on to say".length()},
                        new int[] {3, cue + "went on to say ".length(), text.length() - 1})));
            }
        }
        out.addAll(AttributionTagger.examples("The band went on to play.", List.of()));
        return out;
    }

    @Test
    void multiWordCuePhrasesAreMinedAndStoredWithTheModel() throws IOException {
        AttributionTagger tagger = AttributionTagger.train(phraseCorpus(),
                new AttributionTagger.TrainingOptions(2, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        // 25 times a whole cue, and "went on to" once more inside no cue
        assertEquals(1.0, read.phraseRateForTest("went_on_to_say"), 1e-6);
        assertTrue(read.phraseRateForTest("weather_be") < 0);
        AttributionTagger.Sentence s = AttributionTagger.sentences("Carl Rand went on to say it was fine.",
                new SentenceSplitter()).get(0);
        List<List<String>> f = AttributionTagger.features(List.of(s), 0, read::cueRateForTest,
                read::phraseRateForTest).uni();
        assertTrue(f.get(2).contains("ph=B|>=.4"), f.get(2).toString());
        assertTrue(f.get(3).contains("ph=I|>=.4"), f.get(3).toString());
        assertTrue(f.get(5).contains("phk=went_on_to_say|I"), f.get(5).toString());
        assertFalse(f.get(6).stream().anyMatch(x -> x.startsWith("ph=")), f.get(6).toString());
        // "Carl Rand" is a run of two capitalised words followed by the phrase
        assertTrue(f.get(0).contains("cc=B|2|true|-C"), f.get(0).toString());
        assertTrue(f.get(1).contains("ccw=I||went|^"), f.get(1).toString());
    }

    @Test
    void cuePhrasesOfABratCorpusKeepTheirRateWithoutTheArticleLearntFrom() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(AttributionTaggerTest.class.getResource(
                "phrases/text/p1.txt").toURI()).getParent().getParent();
        org.corroborate.core.Diagnostics diagnostics = new org.corroborate.core.Diagnostics();
        List<AttributionTagger.Example> examples = new ArrayList<>();
        for (org.corroborate.ingest.extract.eval.BratDocument d
                : org.corroborate.ingest.extract.eval.BratCorpus.read(dir, diagnostics)) {
            examples.addAll(AttributionTagger.examples(d.text(),
                    org.corroborate.ingest.extract.eval.BratCorpus.tagSpans(d)));
        }
        assertEquals(12, examples.size()); // four sentences each
        AttributionTagger tagger = AttributionTagger.train(examples, new AttributionTagger.TrainingOptions(3, 1));
        // three articles: "said in a statement" always a cue; "went on to say" three cues, "went on to" 3 of 6
        assertEquals(1.0, tagger.phraseRateForTest("say_in_a_statement"), 1e-6);
        assertEquals(1.0, tagger.phraseRateForTest("went_on_to_say"), 1e-6);
        assertTrue(tagger.phraseRateForTest("went_on_to") < 0, "not a whole cue anywhere");
        String body = "Town news.\n\nThe agency said in a statement the port was shut.";
        List<Attribution> found = new TaggingExtractor(tagger, RuleBasedExtractor.withBuiltInRegistry())
                .extract(Article.builder().id("t").body(body).build());
        assertEquals(1, found.size(), found.toString());
        assertEquals("The agency", found.get(0).source().text());
        assertTrue(found.get(0).cue().text().startsWith("said"), found.get(0).cue().text());
    }

    @Test
    void aVersion4ModelStillLoadsWithoutPhrases() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(4);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one stage
            out.writeInt(1); // one per-tag feature: "b", the bias, favouring B-CUE
            out.writeUTF("b");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? 1 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(1); // one cue rate, and no phrase section in version 4
            out.writeUTF("say");
            out.writeFloat(0.5f);
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertFalse(read.isTwoStage());
        assertEquals(0.5, read.cueRateForTest("say"), 1e-6);
        assertTrue(read.phraseRateForTest("went_on_to_say") < 0);
        AttributionTagger.Sentence s = AttributionTagger.sentences("Ann said so.", new SentenceSplitter()).get(0);
        assertEquals(List.of(AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE,
                AttributionTagger.Tag.B_CUE), List.of(read.tag(s)));
    }

    @Test
    void aVersion3ModelStillLoadsAsOneStage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(3);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one per-tag feature: "b", the bias, favouring O
            out.writeUTF("b");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.O ? 1 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(0); // no cue rate
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertFalse(read.isTwoStage());
        assertEquals(1, read.featureCount());
        AttributionTagger.Sentence s = AttributionTagger.sentences("Ann said so.", new SentenceSplitter()).get(0);
        assertEquals(List.of(AttributionTagger.Tag.O, AttributionTagger.Tag.O, AttributionTagger.Tag.O,
                AttributionTagger.Tag.O), List.of(read.tag(s)));

        ByteArrayOutputStream v2 = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(v2))) {
            out.writeInt(0x434f5254);
            out.writeInt(2);
        }
        IOException e = assertThrows(IOException.class,
                () -> AttributionTagger.read(new ByteArrayInputStream(v2.toByteArray())));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    private static List<AttributionTagger.Tag> ruleTags(AttributionTagger.Sentence s) {
        List<AttributionTagger.Tag> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            out.add(s.rule(i));
        }
        return out;
    }

    @Test
    void theRulesAttributionsBecomeTagsOfTheirSentences() {
        String text = "The weather was fine. Ann Lee said the bridge was closed.";
        List<Attribution> found = RuleBasedExtractor.withBuiltInRegistry()
                .extract(Article.builder().id("t").body(text).build());
        assertEquals(1, found.size(), found.toString());
        List<AttributionTagger.Sentence> plain = AttributionTagger.sentences(text, new SentenceSplitter());
        List<AttributionTagger.Sentence> tagged = AttributionTagger.withRules(plain, found);
        assertEquals(2, tagged.size());
        assertEquals(List.of(AttributionTagger.Tag.O, AttributionTagger.Tag.O, AttributionTagger.Tag.O,
                AttributionTagger.Tag.O, AttributionTagger.Tag.O), ruleTags(tagged.get(0)));
        List<AttributionTagger.Tag> second = ruleTags(tagged.get(1));
        assertEquals(List.of(AttributionTagger.Tag.B_SOURCE, AttributionTagger.Tag.I_SOURCE,
                AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CONTENT, AttributionTagger.Tag.I_CONTENT),
                second.subList(0, 5), second.toString());
        assertEquals(AttributionTagger.Tag.O, ruleTags(plain.get(1)).get(2), "untagged sentences read as O");
        // the training examples carry the same tags, and their gold tags are unchanged
        List<AttributionTagger.Example> ex = AttributionTagger.examples(text, List.of(new int[] {2, 30, 34}), found);
        assertEquals(second, ruleTags(ex.get(1).sentence()));
        assertEquals(AttributionTagger.Tag.B_CUE, ex.get(1).gold()[2]);
        assertEquals(AttributionTagger.Tag.O, ex.get(1).gold()[0]);
        assertThrows(IllegalArgumentException.class, () -> new AttributionTagger.Sentence(
                plain.get(0).tokens(), plain.get(0).quoted(), 0, true, new byte[1]));
    }

    @Test
    void ruleFeaturesAreComputedOnlyForAModelThatUsesThem() {
        String text = "Ann Lee said the bridge was closed.";
        List<AttributionTagger.Sentence> tagged = AttributionTagger.withRules(
                AttributionTagger.sentences(text, new SentenceSplitter()), RuleBasedExtractor.withBuiltInRegistry()
                        .extract(Article.builder().id("t").body(text).build()));
        List<List<String>> with = AttributionTagger.features(tagged, 0, l -> -1,
                AttributionTagger.PhraseRates.NONE, WordClusters.NONE, true).uni();
        List<List<String>> without = AttributionTagger.features(tagged, 0, l -> -1,
                AttributionTagger.PhraseRates.NONE, WordClusters.NONE, false).uni();
        assertTrue(with.get(2).contains("r=B_CUE"), with.get(2).toString());
        assertTrue(with.get(2).contains("r-1r+1=I_SOURCE|B_CUE|B_CONTENT"), with.get(2).toString());
        assertTrue(with.get(0).contains("rn=C-/2"), with.get(0).toString());
        assertTrue(with.get(4).contains("rh=truetruetrue|I_CONTENT"), with.get(4).toString());
        assertFalse(without.get(2).stream().anyMatch(f -> f.startsWith("r=") || f.startsWith("rn=")),
                without.get(2).toString());
        assertEquals(without.get(1).size() + 11, with.get(1).size());
    }

    /** "X said Y." for every name and claim, with its spans and sentences carrying {@code which} rules' tags. */
    private static List<AttributionTagger.Example> ruleExamples(AttributionTagger.RuleFeatures which) {
        RuleBasedExtractor rules = RuleBasedExtractor.withBuiltInRegistry();
        List<AttributionTagger.Example> examples = new ArrayList<>();
        for (String name : NAMES) {
            for (String claim : CLAIMS) {
                String text = name + " said " + claim + ".";
                int cue = name.length() + 1;
                List<Attribution> found = rules.extract(Article.builder().id("t").body(text).build());
                examples.addAll(AttributionTagger.examples(text, List.of(new int[] {1, 0, name.length()},
                        new int[] {2, cue, cue + 4}, new int[] {3, cue + 5, text.length() - 1}), found, which));
            }
        }
        return examples;
    }

    /** Sentences whose cue only the rules' tags tell apart: the same words, a cue where the rules found one. */
    @Test
    void aModelWithRuleFeaturesIsWrittenAsVersion9AndTagsWithTheRules() throws IOException {
        RuleBasedExtractor rules = RuleBasedExtractor.withBuiltInRegistry();
        List<AttributionTagger.Example> examples = ruleExamples(AttributionTagger.RuleFeatures.ALL);
        AttributionTagger tagger = AttributionTagger.train(examples, new AttributionTagger.TrainingOptions(3, 1, 2),
                WordClusters.NONE, true);
        assertTrue(tagger.usesRules());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.usesRules());
        assertEquals(AttributionTagger.RuleFeatures.ALL, read.ruleFeatures());
        assertEquals(tagger.featureCount(), read.featureCount());
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertEquals(9, in.readInt());
        List<Attribution> found = new TaggingExtractor(read, rules)
                .extract(Article.builder().id("t").body("Carl Rand said the dam was safe.").build());
        assertEquals(1, found.size(), found.toString());
        assertEquals("Carl Rand", found.get(0).source().text());
        assertEquals("said", found.get(0).cue().text());
        assertFalse(AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(1, 1)).usesRules());
    }

    @Test
    void aVersion7ModelStillLoadsWithoutRuleFeatures() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(7);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one stage
            out.writeInt(2); // the bias favouring B-CUE, and "r=O" (a rule feature) against it
            out.writeUTF("b");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? 1 : 0);
            }
            out.writeUTF("r=O");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? -5 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(0); // no cue rate
            out.writeInt(0); // no cue phrase
            WordClusters.NONE.write(out); // no word classes; no rule-feature flag in version 7
            out.writeBoolean(false); // no linker
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertFalse(read.usesRules());
        assertTrue(read.linker().isEmpty());
        // without rule features the tagger computes no "r=" feature, so "r=O" never fires
        AttributionTagger.Sentence s = AttributionTagger.sentences("Ann said so.", new SentenceSplitter()).get(0);
        assertEquals(List.of(AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE,
                AttributionTagger.Tag.B_CUE), List.of(read.tag(s)));
    }

    @Test
    void withTheRulesCuesOnlyTheirSourcesAndContentsStayO() {
        String text = "The weather was fine. Ann Lee said the bridge was closed.";
        List<Attribution> found = RuleBasedExtractor.withBuiltInRegistry()
                .extract(Article.builder().id("t").body(text).build());
        assertEquals(1, found.size(), found.toString());
        List<AttributionTagger.Sentence> plain = AttributionTagger.sentences(text, new SentenceSplitter());
        List<AttributionTagger.Sentence> cues = AttributionTagger.withRules(plain, found,
                AttributionTagger.RuleFeatures.CUES);
        List<AttributionTagger.Tag> second = ruleTags(cues.get(1));
        assertEquals(List.of(AttributionTagger.Tag.O, AttributionTagger.Tag.O, AttributionTagger.Tag.B_CUE,
                AttributionTagger.Tag.O, AttributionTagger.Tag.O, AttributionTagger.Tag.O, AttributionTagger.Tag.O,
                AttributionTagger.Tag.O), second);
        assertEquals(ruleTags(AttributionTagger.withRules(plain, found).get(1)),
                ruleTags(AttributionTagger.withRules(plain, found, AttributionTagger.RuleFeatures.ALL).get(1)));
        assertTrue(AttributionTagger.withRules(plain, found, AttributionTagger.RuleFeatures.NONE) == plain);
        // training examples made with the rules' cues only carry the same tags; their gold tags are unchanged
        List<AttributionTagger.Example> ex = AttributionTagger.examples(text, List.of(new int[] {1, 22, 29},
                new int[] {2, 30, 34}), found, AttributionTagger.RuleFeatures.CUES);
        assertEquals(second, ruleTags(ex.get(1).sentence()));
        assertEquals(AttributionTagger.Tag.B_SOURCE, ex.get(1).gold()[0]);
        List<AttributionTagger.Example> none = AttributionTagger.examples(text, List.of(new int[] {2, 30, 34}),
                found, AttributionTagger.RuleFeatures.NONE);
        assertEquals(AttributionTagger.Tag.O, ruleTags(none.get(1).sentence()).get(2));
        // the features see the rules' cue and no source or content of the rules
        List<List<String>> f = AttributionTagger.features(cues, 1, l -> -1, AttributionTagger.PhraseRates.NONE,
                WordClusters.NONE, true).uni();
        assertTrue(f.get(2).contains("r=B_CUE"), f.get(2).toString());
        assertTrue(f.get(2).contains("r-1r+1=O|B_CUE|O"), f.get(2).toString());
        assertTrue(f.get(4).contains("rh=falsetruefalse|O"), f.get(4).toString());
    }

    /** Sentences whose cue only the rules' cues tell apart; the model keeps its choice through a round trip. */
    @Test
    void aModelWithTheRulesCuesIsWrittenAsVersion9AndTagsWithThem() throws IOException {
        RuleBasedExtractor rules = RuleBasedExtractor.withBuiltInRegistry();
        List<AttributionTagger.Example> examples = ruleExamples(AttributionTagger.RuleFeatures.CUES);
        AttributionTagger tagger = AttributionTagger.train(examples, new AttributionTagger.TrainingOptions(3, 1, 2),
                WordClusters.NONE, AttributionTagger.RuleFeatures.CUES);
        assertTrue(tagger.usesRules());
        assertEquals(AttributionTagger.RuleFeatures.CUES, tagger.ruleFeatures());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(AttributionTagger.RuleFeatures.CUES, read.ruleFeatures());
        assertEquals(tagger.featureCount(), read.featureCount());
        String body = "Carl Rand said the dam was safe.";
        List<Attribution> ruleFound = rules.extract(Article.builder().id("t").body(body).build());
        List<AttributionTagger.Sentence> prepared = read.prepare(
                AttributionTagger.sentences(body, new SentenceSplitter()), ruleFound);
        assertEquals(AttributionTagger.Tag.O, prepared.get(0).rule(0), "no source of the rules");
        assertEquals(AttributionTagger.Tag.B_CUE, prepared.get(0).rule(2));
        List<Attribution> found = new TaggingExtractor(read, rules)
                .extract(Article.builder().id("t").body(body).build());
        assertEquals(1, found.size(), found.toString());
        assertEquals("Carl Rand", found.get(0).source().text());
        assertEquals("said", found.get(0).cue().text());
    }

    /** A handmade version 8 file with the rule-feature flag set: all of the rules' roles, as when it was written. */
    @Test
    void aVersion8ModelWithRuleFeaturesStillSeesAllOfTheRulesSpans() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(8);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one stage
            out.writeInt(1); // "r=B_SOURCE": the rules' source tag makes a source
            out.writeUTF("r=B_SOURCE");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_SOURCE ? 1 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(0); // no cue rate
            out.writeInt(0); // no cue phrase
            WordClusters.NONE.write(out);
            out.writeBoolean(true); // rule features (version 8: a flag)
            out.writeBoolean(false); // no linker
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(AttributionTagger.RuleFeatures.ALL, read.ruleFeatures());
        String body = "Ann said so.";
        List<Attribution> found = RuleBasedExtractor.withBuiltInRegistry()
                .extract(Article.builder().id("t").body(body).build());
        List<AttributionTagger.Sentence> s = read.prepare(AttributionTagger.sentences(body, new SentenceSplitter()),
                found);
        assertEquals(AttributionTagger.Tag.B_SOURCE, s.get(0).rule(0), found.toString());
        assertEquals(AttributionTagger.Tag.B_SOURCE, read.tag(s.get(0))[0]);
    }

    @Test
    void anUnknownRuleFeatureChoiceIsRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThrows(IOException.class, () -> {
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(
                    new java.util.zip.GZIPOutputStream(bytes))) {
                out.writeInt(0x434f5254);
                out.writeInt(9);
                out.writeInt(AttributionTagger.Tag.values().length);
                out.writeInt(1);
                out.writeInt(0);
                out.writeInt(0);
                out.writeInt(0);
                out.writeInt(0);
                WordClusters.NONE.write(out);
                out.writeByte(7); // no such choice
                out.writeBoolean(false);
            }
            AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        });
    }

    private static byte[] bytes(AttributionTagger tagger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            tagger.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theTaggerAfterEachEpochIsThatOfAShorterTraining() {
        List<String> told = new ArrayList<>();
        byte[][] after2 = new byte[3][];
        AttributionTagger full = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(3, 1, 2, 4),
                WordClusters.NONE, AttributionTagger.RuleFeatures.NONE, (stage, epoch, made) -> {
                    told.add(stage + ":" + epoch);
                    if (epoch == 2 || stage == 2 && epoch == 4) {
                        after2[stage == 2 && epoch == 4 ? 0 : stage] = bytes(made.get());
                    }
                });
        assertEquals(List.of("1:1", "1:2", "1:3", "2:1", "2:2", "2:3", "2:4"), told);
        assertTrue(java.util.Arrays.equals(bytes(full), after2[0]), "the last epoch's tagger is the one returned");
        AttributionTagger oneStage = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(2, 1));
        assertTrue(java.util.Arrays.equals(bytes(oneStage), after2[1]), "first stage after 2 of 3 epochs");
        AttributionTagger shorter = AttributionTagger.train(corpus(), new AttributionTagger.TrainingOptions(3, 1, 2,
                2));
        assertTrue(java.util.Arrays.equals(bytes(shorter), after2[2]), "second stage after 2 of 4 epochs");
        assertThrows(IllegalArgumentException.class, () -> new AttributionTagger.TrainingOptions(3, 1, 2, 0));
    }
}
