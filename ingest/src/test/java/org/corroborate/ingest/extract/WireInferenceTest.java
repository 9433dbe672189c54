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

    private static String wireFromRelays(String body) {
        Article a = Article.builder().id("a").body(body).build();
        return WireInference.apply(WireInference.fromText(a), RuleBasedExtractor.withBuiltInRegistry().extract(a))
                .wire();
    }

    @Test
    void toldAfpCreditsAfp() {
        assertEquals("AFP", wireFromRelays("North Korea has sent more soldiers, Seoul's spy agency told AFP on"
                + " Thursday."));
    }

    @Test
    void toldTheAssociatedPressOrReutersIsARelayNotACredit() {
        String ap = "The governor would not run again, his spokesman told The Associated Press on Monday.";
        String reuters = "The bank will cut 500 jobs, a person familiar with the plan told Reuters.";
        assertEquals("", wireFromRelays(ap));
        assertEquals("", wireFromRelays(reuters));
        // the relay itself is still there: the chain ends at the agency
        Article a = Article.builder().id("a").body(ap).build();
        var found = RuleBasedExtractor.withBuiltInRegistry().extract(a);
        assertEquals("ap", found.get(0).relay().get(found.get(0).relay().size() - 1).id());
        // an AP dateline still credits AP
        assertEquals("AP", wireFromRelays("WASHINGTON (AP) \u2014 " + ap));
    }

    @Test
    void aGivenWireIsKept() {
        Article a = Article.builder().id("a").body("PARIS (AFP) - Text.").wire("dpa").build();
        assertEquals("dpa", WireInference.fromText(a).wire());
    }
}
