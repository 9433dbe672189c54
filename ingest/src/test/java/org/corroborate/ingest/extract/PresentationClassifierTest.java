package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PresentationClassifierTest {

    private final PresentationClassifier c = PresentationClassifier.withDefaults();

    @Test
    void tableOfHeadlines() {
        String[][] table = {
            {"ISIS beheads Steve Sotloff", "ASSERTED"},
            {"Apple reportedly in talks to buy Path", "ATTRIBUTED"},
            {"Is the Apple Watch battery really that bad?", "ATTRIBUTED"},
            {"Met police denies reports of Banksy arrest", "DENIED"},
            {"Third breast woman is a hoax", "DENIED"},
            {"Hostage murder evil, PM says", "ATTRIBUTED"},
        };
        for (String[] row : table) {
            assertEquals(Presentation.valueOf(row[1]), c.classify(row[0], "", ""), row[0]);
        }
    }

    @Test
    void aNegationTheClaimAlsoHasIsNoDenial() {
        assertEquals(Presentation.ASSERTED, c.classify("Doctors will not treat patients", "",
                "Doctors will not treat patients"));
        assertEquals(Presentation.DENIED, c.classify("Doctors will not treat patients", "", "Doctors will treat"));
    }

    @Test
    void theLeadIsReadOnlyWhenAskedAndTheHeadlineShowsNothing() {
        PresentationClassifier noLead = new PresentationClassifier(PresentationClassifier.Options.DEFAULTS
                .withUseLead(false));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Bridge closed", "The bridge was reportedly shut.", ""));
        assertEquals(Presentation.ASSERTED, noLead.classify("Bridge closed", "The bridge was reportedly shut.", ""));
        assertEquals(Presentation.DENIED, noLead.classify("", "The bridge closure was a hoax.", ""));
    }

    @Test
    void sameUnderATurkishLocale() {
        Locale old = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals(Presentation.DENIED, c.classify("IT IS A HOAX", "", ""));
        } finally {
            Locale.setDefault(old);
        }
    }
}
