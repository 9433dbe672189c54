package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void foldsSynonymsStemsAndNumbers() {
        assertEquals(List.of("10000", "soldier", "deploy", "russia", "@RU"),
                Terms.of("more than 10,000 troops were sent to Russia", List.of("RU")));
        assertEquals(List.of("deploy", "deploy", "capture", "kill"),
                Terms.of("re-deployed, redeployed, captured, killed", List.of()));
    }

    @Test
    void formsOfOneWordAreOneTerm() {
        assertEquals(List.of("releas", "releas", "releas", "releas"),
                Terms.of("release released releases releasing", List.of()));
        assertEquals(List.of("kidnap", "kidnap", "kidnap"), Terms.of("kidnap kidnapped kidnapping", List.of()));
        assertEquals(List.of("capture", "capture", "capture"), Terms.of("capture captured captures", List.of()));
        assertEquals(List.of("fall", "pass", "agree"), Terms.of("falling passed agreed", List.of()),
                "double l, s and e stay");
    }
}
