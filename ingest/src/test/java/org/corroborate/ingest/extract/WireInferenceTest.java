package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corroborate.core.Article;
import org.junit.jupiter.api.Test;

class WireInferenceTest {

    private static String wireOf(String body) {
        return WireInference.fromText(Article.builder().id("a").body(body).build()).wire();
    }

    @Test
    void creditsFromTheTextItself() {
        assertEquals("UPI", wireOf("Stein removed from site.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) \u2014 Jill Stein"
                + " was escorted off."));
        assertEquals("AP", wireOf("Title here.\n\nWASHINGTON (AP) \u2014 The Latest."));
        assertEquals("Reuters", wireOf("A court case.\n\nText.\n\n(Reporting by Ann Lee; Editing by Bo Li.)"));
        assertEquals("AP", wireOf("Story text.\n\nThe Associated Press contributed to this report."));
        assertEquals("", wireOf("The AP said nothing (really). Reporters asked."));
    }

    @Test
    void aGivenWireIsKept() {
        Article a = Article.builder().id("a").body("PARIS (AFP) - Text.").wire("dpa").build();
        assertEquals("dpa", WireInference.fromText(a).wire());
    }
}
