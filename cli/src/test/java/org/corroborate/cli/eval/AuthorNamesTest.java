package org.corroborate.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void tableOfKnownAuthorLists() {
        String[][] table = {
            {"Knuth, Donald E.", "knuth"},
            {"Donald Ervin Knuth", "knuth"},
            {"KNUTH, DONALD E.", "knuth"},
            {"Peter Aiken, M. David Allen", "aiken; allen"},
            {"Aiken, Peter/ Allen, David M.", "aiken; allen"},
            {"Aiken,Peter; Allen,M. David", "aiken; allen"},
            {"AIKEN, PETER ALLEN, M.D.", "aiken; allen"},
            {"Hornick, Mark F. Marcade, Erik Venkayala, Sunil", "hornick; marcade; venkayala"},
            {"Hornick, Mark F.; Marcad&eacute;, Erik; Venkayala, Sunil", "hornick; marcade; venkayala"},
            {"Mark F. Hornick; Erik Marcad&Atilde;&copy;; Sunil Venkayala", "hornick; marcade; venkayala"},
            {"Hornick, Mark et al", "hornick"},
            {"Stevens, W. Richard and Wright, Gary R.", "stevens; wright"},
            {"Not Available", ""},
            {"", ""},
        };
        for (String[] row : table) {
            assertEquals(row[1], AuthorNames.key(row[0]), row[0]);
        }
    }

    @Test
    void goldFormat() {
        assertEquals(List.of("aiken", "allen"), AuthorNames.goldSurnames("aiken, peter ;  allen, m. david;"));
        assertEquals(List.of("linden"), AuthorNames.goldSurnames("van der linden, peter;"));
    }

    @Test
    void sameUnderTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("fink; ivins", AuthorNames.key("IVINS, INGRID; Fink, Ilse"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void implicationFavoursTheFullList() {
        assertEquals(0.5, AuthorNames.IMPLICATION.implication("aiken", "aiken; allen"), 1e-12);
        assertEquals(0.0, AuthorNames.IMPLICATION.implication("aiken; allen", "aiken"), 1e-12);
        assertEquals(-0.5, AuthorNames.IMPLICATION.implication("aiken", "knuth"), 1e-12);
    }
}
