package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.corroborate.core.Verdict;
import org.junit.jupiter.api.Test;

class VerdictFilesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-10T12:00:00Z");

    @Test
    void csvRowsAreReadInAnyColumnOrderAndBadRowsAreDiagnosedWithTheirLine() throws IOException {
        String csv = "verdict,claim_id,note,decided_at\r\n"
                + "confirmed,c-1,\"seen, twice\",2025-03-01\r\n"
                + "maybe,c-2,,\r\n"
                + "r,c-3,\"multi\nline\",2025-03-02T10:00:00+02:00\r\n"
                + "u,,,\r\n"
                + "unresolvable,c-5,,not-a-date\r\n";
        VerdictFiles.Result r = VerdictFiles.read(new StringReader(csv), "v.csv", false, "ana", NOW);
        assertEquals(2, r.verdicts().size(), r.toString());
        Verdict first = r.verdicts().get(0);
        assertEquals("c-1", first.claimId());
        assertEquals(Verdict.Outcome.CONFIRMED, first.outcome());
        assertEquals("ana", first.reviewer());
        assertEquals("seen, twice", first.note());
        assertEquals(OffsetDateTime.parse("2025-03-01T00:00:00Z"), first.decidedAt());
        assertEquals("multi\nline", r.verdicts().get(1).note());
        assertEquals(OffsetDateTime.parse("2025-03-02T10:00:00+02:00"), r.verdicts().get(1).decidedAt());
        assertEquals(List.of(2L, 4L), r.locations().stream().map(l -> l.line()).toList(),
                "each verdict keeps the line its row starts on");
        assertEquals("v.csv:4", r.locations().get(1).toString());
        assertEquals(3, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals(3, r.diagnostics().get(0).location().line());
        assertTrue(r.diagnostics().get(0).message().contains("'maybe'"), r.diagnostics().toString());
        assertEquals(6, r.diagnostics().get(1).location().line(), "the multi-line row moved the line count");
        assertTrue(r.diagnostics().get(2).message().contains("not-a-date"), r.diagnostics().toString());
    }

    @Test
    void jsonArraysAreReadAndTheirBadItemsDiagnosed() throws IOException {
        String json = "[{\"claim_id\":\"c-1\",\"verdict\":\"refuted\",\"reviewer\":\"ben\"},"
                + "{\"claim_id\":\"c-2\",\"verdict\":\"confirmed\"}, 7]";
        VerdictFiles.Result r = VerdictFiles.read(new StringReader(json), "v.json", true, "", NOW);
        assertEquals(1, r.verdicts().size());
        assertEquals("ben", r.verdicts().get(0).reviewer());
        assertEquals(NOW, r.verdicts().get(0).decidedAt());
        assertEquals(2, r.diagnostics().size(), "no reviewer; not an object");
        VerdictFiles.Result bad = VerdictFiles.read(new StringReader("{oops"), "v.json", true, "", NOW);
        assertEquals("invalid-json", bad.diagnostics().get(0).kind());
    }

    @Test
    void aCsvWithoutTheRequiredHeaderIsOneDiagnostic() throws IOException {
        VerdictFiles.Result r = VerdictFiles.read(new StringReader("a,b\n1,2\n"), "v.csv", false, "ana", NOW);
        assertEquals(0, r.verdicts().size());
        assertEquals("missing-field", r.diagnostics().get(0).kind());
    }
}
