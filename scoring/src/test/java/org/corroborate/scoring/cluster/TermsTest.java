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
}
