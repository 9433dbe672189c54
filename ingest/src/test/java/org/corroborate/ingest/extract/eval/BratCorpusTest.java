package org.corroborate.ingest.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.eval.BratDocument.Role;
import org.junit.jupiter.api.Test;

class BratCorpusTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(BratCorpusTest.class.getResource("brat/text/doc1.txt").toURI()).getParent().getParent();
    }

    @Test
    void readsOneAnnotatorPerArticleTheFirstById() throws Exception {
        Diagnostics d = new Diagnostics();
        List<BratDocument> docs = BratCorpus.read(fixture(), d);
        assertEquals(2, docs.size());
        BratDocument doc1 = docs.get(0);
        assertEquals("doc1", doc1.id());
        assertEquals("bbb", doc1.annotator());
        assertEquals(6, doc1.spans().size(), "Attribution triggers are not scored spans");
        assertEquals(2, doc1.attributions().size());
        BratDocument.GoldSpan src = doc1.spans().get(0);
        assertEquals(Role.SOURCE, src.role());
        assertEquals("The mayor", doc1.text().substring(src.start(), src.fragments().get(0)[1]));
    }

    @Test
    void everyAnnotatorOfTheArticlesThatSeveralAnnotated() throws Exception {
        List<List<BratDocument>> multi = BratCorpus.readAnnotators(fixture(), new Diagnostics());
        assertEquals(1, multi.size(), "doc2 has one annotator only");
        assertEquals(List.of("bbb", "ccc"), multi.get(0).stream().map(BratDocument::annotator).toList());
        assertEquals("doc1", multi.get(0).get(0).id());
        assertEquals(2, multi.get(0).get(0).attributions().size());
        assertEquals(1, multi.get(0).get(1).spans().size());
        BratDocument read = BratCorpus.read(fixture(), new Diagnostics()).get(0);
        assertEquals(read.annotator(), multi.get(0).get(0).annotator(), "the first of them is the one read() takes");
        assertEquals(read.spans().size(), multi.get(0).get(0).spans().size());
    }

    @Test
    void badLinesBecomeDiagnosticsAndTheRestIsKept() throws Exception {
        Diagnostics d = new Diagnostics();
        BratDocument doc2 = BratCorpus.read(fixture(), d).get(1);
        assertEquals(1, doc2.spans().size());
        assertEquals(3, d.list().size(), d.list().toString());
        assertTrue(d.list().get(0).location().file().endsWith("doc2_aaa.ann"));
        assertEquals(2, d.list().get(0).location().line());
    }

    @Test
    void offsetsCountCodePoints() {
        String text = "\uD83D\uDE00 Ann said yes.";
        // brat: the emoji is one code point, so "said" is [6, 10) in code points and [7, 11) in UTF-16
        BratDocument doc = BratCorpus.parse("x", "", text, "T1\tCue 6 10\tsaid\n", "x.ann", new Diagnostics());
        int[] f = doc.spans().get(0).fragments().get(0);
        assertEquals("said", text.substring(f[0], f[1]));
    }

    @Test
    void discontinuousSpansKeepEveryFragment() {
        String text = "Ann, a mayor, said yes and more.";
        BratDocument doc = BratCorpus.parse("x", "", text, "T1\tContent 19 22;27 31\tyes more\n", "x.ann",
                new Diagnostics());
        assertEquals(2, doc.spans().get(0).fragments().size());
    }

    @Test
    void aFolderWithoutTheLayoutIsAnError() {
        assertThrows(IOException.class, () -> BratCorpus.read(Path.of("no-such-folder"), new Diagnostics()));
    }
}
