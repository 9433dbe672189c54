package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.AttributionTagger.Sentence;
import org.corroborate.ingest.extract.eval.BratCorpus;
import org.corroborate.ingest.extract.eval.BratDocument;
import org.junit.jupiter.api.Test;

class SourceLinkerTest {

    private static List<BratDocument> fixture() throws Exception {
        Path dir = Path.of(SourceLinkerTest.class.getResource("linker/text/l1.txt").toURI()).getParent().getParent();
        Diagnostics diagnostics = new Diagnostics();
        List<BratDocument> docs = BratCorpus.read(dir, diagnostics);
        assertTrue(diagnostics.list().isEmpty(), diagnostics.list().toString());
        assertEquals(4, docs.size());
        return docs;
    }

    private static SourceLinker trainedLinker() throws Exception {
        List<SourceLinker.Example> examples = new ArrayList<>();
        for (BratDocument d : fixture()) {
            examples.addAll(SourceLinker.examples(d.text(), BratCorpus.relations(d)));
        }
        return SourceLinker.train(examples, new SourceLinker.Options(5, 3, 0));
    }

    /** The linked source's words, or "NONE". */
    private static String link(SourceLinker linker, String text, String cue) {
        List<Sentence> article = AttributionTagger.sentences(text, new SentenceSplitter());
        Sentence s = article.get(article.size() - 1);
        List<Token> toks = s.tokens();
        String[] cueWords = cue.split(" ");
        int from = -1;
        for (int i = 0; i + cueWords.length <= toks.size() && from < 0; i++) {
            boolean all = true;
            for (int k = 0; k < cueWords.length; k++) {
                all &= toks.get(i + k).text().equals(cueWords[k]);
            }
            from = all ? i : -1;
        }
        assertTrue(from >= 0, cue + " not in " + text);
        Optional<SourceLinker.Candidate> c = linker.link(article, article.size() - 1, from, from + cueWords.length - 1);
        return c.map(x -> {
            List<Token> ts = article.get(x.sentence()).tokens();
            StringBuilder b = new StringBuilder();
            for (int i = x.from(); i <= x.to(); i++) {
                b.append(i > x.from() ? " " : "").append(ts.get(i).text());
            }
            return b.toString();
        }).orElse("NONE");
    }

    @Test
    void relationsOfABratDocumentKeepCueAndSourceOrNone() throws Exception {
        BratDocument d = fixture().get(0);
        List<SourceLinker.Relation> rel = BratCorpus.relations(d);
        assertEquals(12, rel.size());
        assertEquals("Ann Lee", rel.get(0).source().in(d.text()));
        assertEquals("was criticised", rel.get(1).cue().in(d.text()));
        assertEquals("Dan Ford", rel.get(1).source().in(d.text()));
        assertTrue(rel.get(2).source().isNone());
        List<SourceLinker.Example> ex = SourceLinker.examples(d.text(), rel);
        assertEquals(12, ex.size());
        assertEquals(8, ex.stream().filter(SourceLinker.Example::hasSource).count());
    }

    @Test
    void theTrainedLinkerPicksTheSourceOfHeldOutSentences() throws Exception {
        SourceLinker linker = trainedLinker();
        assertTrue(linker.featureCount() > 0);
        // names and nouns not in the fixture; the passive source is after "by", the nearer noun phrase is not it
        assertEquals("Tom Green", link(linker, "Local news.\n\nThe report was criticised by Tom Green.",
                "was criticised"));
        assertEquals("Mary Jones", link(linker, "Local news.\n\nMary Jones said the ferry was late.", "said"));
        assertEquals("NONE", link(linker, "Local news.\n\nIt is expected that the ferry was late.", "is expected"));
    }

    @Test
    void anUntrainedLinkerLinksNothing() {
        SourceLinker empty = SourceLinker.train(List.of(), new SourceLinker.Options(1, 1, 0));
        assertEquals(0, empty.featureCount());
        assertEquals("NONE", link(empty, "Mary Jones said the ferry was late.", "said"));
    }

    @Test
    void aHighMarginKeepsTheLinkerFromLinking() throws Exception {
        SourceLinker linker = trainedLinker().withMargin(1e6);
        assertEquals(1e6, linker.margin());
        assertEquals("NONE", link(linker, "Local news.\n\nMary Jones said the ferry was late.", "said"));
    }

    /**
     * A tagger that never tags sources (its training spans have none), with the fixture's linker: the extractor's
     * sources then come from the linker alone.
     */
    private static AttributionTagger taggerWithoutSources() throws Exception {
        List<AttributionTagger.Example> examples = new ArrayList<>();
        for (BratDocument d : fixture()) {
            List<int[]> spans = new ArrayList<>(BratCorpus.tagSpans(d));
            spans.removeIf(s -> s[0] == 1);
            examples.addAll(AttributionTagger.examples(d.text(), spans));
        }
        return AttributionTagger.train(examples, new AttributionTagger.TrainingOptions(5, 1));
    }

    @Test
    void theExtractorTakesTheLinkersSourceWhenTheTaggerHasNoneAndTheModelKeepsTheLinker() throws Exception {
        AttributionTagger plain = taggerWithoutSources();
        AttributionTagger linked = plain.withLinker(trainedLinker());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        linked.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.linker().isPresent());
        assertEquals(linked.linker().get().featureCount(), read.linker().get().featureCount());
        assertEquals(0, read.linker().get().margin()); // the margin trained with, not the default

        Article a = Article.builder().id("t").body("Local news.\n\nThe road was criticised by Tom Green.").build();
        RuleBasedExtractor rules = RuleBasedExtractor.withBuiltInRegistry();
        List<Attribution> withLinker = new TaggingExtractor(read, rules).extract(a);
        assertEquals(1, withLinker.size(), withLinker.toString());
        assertEquals("Tom Green", withLinker.get(0).source().text());
        List<Attribution> without = new TaggingExtractor(plain, rules).extract(a);
        assertEquals(1, without.size(), without.toString());
        assertFalse(without.get(0).source().span().overlaps(withLinker.get(0).source().span()),
                without.get(0).source().toString());
    }

    @Test
    void aModelWithoutALinkerIsWrittenAsVersion9AndReadWithoutOne() throws Exception {
        AttributionTagger plain = taggerWithoutSources();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        plain.write(bytes);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.linker().isEmpty());
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertEquals(9, in.readInt());
    }

    @Test
    void aVersion5ModelStillLoadsWithoutALinker() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(5);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one stage
            out.writeInt(1); // one per-tag feature: "b", the bias, favouring B-CUE
            out.writeUTF("b");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? 1 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(0); // no cue rate
            out.writeInt(1); // one cue phrase, and no linker section in version 5
            out.writeUTF("go_on_to_say");
            out.writeFloat(0.75f);
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.linker().isEmpty());
        assertEquals(0.75, read.phraseRateForTest("go_on_to_say"), 1e-6);
        Sentence s = AttributionTagger.sentences("Ann said so.", new SentenceSplitter()).get(0);
        assertEquals(List.of(AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE,
                AttributionTagger.Tag.B_CUE), List.of(read.tag(s)));
    }

    @Test
    void aVersion6ModelStillLoadsWithoutWordClasses() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(6);
            out.writeInt(AttributionTagger.Tag.values().length);
            out.writeInt(1); // one stage
            out.writeInt(2); // two per-tag features: the bias favouring B-CUE, and "k0=?" (a word class) against it
            out.writeUTF("b");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? 1 : 0);
            }
            out.writeUTF("k0=?");
            for (AttributionTagger.Tag t : AttributionTagger.Tag.values()) {
                out.writeFloat(t == AttributionTagger.Tag.B_CUE ? -5 : 0);
            }
            out.writeInt(0); // no per-transition feature
            out.writeInt(0); // no cue rate
            out.writeInt(0); // no cue phrase; no word classes in version 6
            out.writeBoolean(false); // no linker
        }
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(read.linker().isEmpty());
        assertTrue(read.clusters().isEmpty());
        // without word classes the tagger computes no class feature, so "k0=?" never fires
        Sentence s = AttributionTagger.sentences("Ann said so.", new SentenceSplitter()).get(0);
        assertEquals(List.of(AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE, AttributionTagger.Tag.B_CUE,
                AttributionTagger.Tag.B_CUE), List.of(read.tag(s)));
    }

    @Test
    void anUnknownVersionIsRefusedByNumber() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x434f5254);
            out.writeInt(12);
        }
        IOException e = assertThrows(IOException.class,
                () -> AttributionTagger.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("version 12"), e.getMessage());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SourceLinker.Options(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SourceLinker.Options(3, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SourceLinker.Relation(org.corroborate.core.Span.NONE,
                org.corroborate.core.Span.NONE));
    }
}
