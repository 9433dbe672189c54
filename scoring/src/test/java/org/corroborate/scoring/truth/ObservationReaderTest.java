package org.corroborate.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.junit.jupiter.api.Test;

class ObservationReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Observation> read(String resource) throws IOException {
        List<Observation> out = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            ObservationReader.read(resource, in, diagnostics, out::add);
        }
        return out;
    }

    private List<String> where() {
        return diagnostics.list().stream().map(d -> d.location().toString() + " " + d.kind()).toList();
    }

    @Test
    void tsvWithTimeAndBadLines() throws IOException {
        List<Observation> obs = read("observations.tsv");
        assertEquals(3, obs.size());
        assertEquals(new Observation("siteA", "book1", "authors", "Knuth",
                org.corroborate.core.Published.parse("2007-05-01")), obs.get(0));
        assertTrue(obs.get(1).time().isEmpty());
        assertEquals(List.of("observations.tsv:3 invalid-value", "observations.tsv:4 invalid-record",
                "observations.tsv:6 missing-field"), where());
        assertEquals(2, diagnostics.errorCount());
    }

    @Test
    void csvWithQuotesAndBadLines() throws IOException {
        List<Observation> obs = read("observations.csv");
        assertEquals(List.of("Knuth, Donald", "Knuth, \"Don\"", "Lee"), obs.stream().map(Observation::value).toList());
        assertEquals(List.of("observations.csv:4 invalid-record", "observations.csv:5 invalid-record"), where());
    }

    @Test
    void dafnaClaimsWithoutHeader() throws IOException {
        List<Observation> obs = read("claims-dafna.txt");
        assertEquals(2, obs.size());
        assertEquals("siteA", obs.get(0).source());
        assertEquals("book1", obs.get(0).object());
        assertEquals("AuthorsNamesList", obs.get(0).property());
        assertEquals("Knuth, Donald E.", obs.get(0).value());
        assertTrue(obs.get(0).time().isEmpty());
        assertTrue(obs.get(1).time().isPresent());
        assertEquals(List.of("claims-dafna.txt:3 invalid-record", "claims-dafna.txt:4 missing-field"), where());
    }

    @Test
    void unknownHeaderIsOneDiagnostic() throws IOException {
        List<Observation> out = new ArrayList<>();
        ObservationReader.read("x.txt", new ByteArrayInputStream("a\tb\nc\td\n".getBytes(StandardCharsets.UTF_8)),
                diagnostics, out::add);
        assertTrue(out.isEmpty());
        assertEquals(1, diagnostics.errorCount());
        Diagnostic d = diagnostics.list().get(0);
        assertEquals("unknown-format", d.kind());
        assertEquals(1, d.location().line());
    }

    @Test
    void headerWithoutRowsIsAnEmptyWarning() throws IOException {
        // Found by ObservationReaderFuzzTest: a header alone (here after blank lines, with a bad byte in an extra
        // column's name) gave no observation and said nothing.
        for (String file : new String[] {"\n\nsource\tobject\tproperty\tvalue\ttim\u00ff\n\n",
                "claimId|\tentity|\tobject|\tproperty|\tvalue|\tsource|\ttimestamp|\t\n"}) {
            Diagnostics d = new Diagnostics();
            List<Observation> out = new ArrayList<>();
            ObservationReader.read("h.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), d,
                    out::add);
            assertTrue(out.isEmpty());
            assertEquals(1, d.total(), () -> d.list().toString());
            Diagnostic x = d.list().get(0);
            assertEquals("empty", x.kind());
            assertEquals(Diagnostic.Severity.WARNING, x.severity());
            assertEquals(file.startsWith("\n") ? 3 : 1, x.location().line());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreOneEncodingWarningAndTheValuesAreKept() throws IOException {
        byte[] head = "source\tobject\tproperty\tvalue\nb\tx\tp\t".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xff, (byte) 0xfe, 'X', '\n', 'c', '\t', 'x', '\t', 'p', '\t', (byte) 0xc3, '(', '\n'};
        byte[] file = new byte[head.length + bad.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(bad, 0, file, head.length, bad.length);
        Diagnostics d = new Diagnostics();
        List<Observation> out = new ArrayList<>();
        ObservationReader.read("bad.tsv", new ByteArrayInputStream(file), d, out::add);
        assertEquals(List.of("b", "c"), out.stream().map(Observation::source).toList());
        assertEquals(1, d.total(), () -> d.list().toString());
        Diagnostic x = d.list().get(0);
        assertEquals("encoding", x.kind());
        assertEquals(Diagnostic.Severity.WARNING, x.severity());
        assertEquals("bad.tsv:2:6", x.location().toString());
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithALimitErrorAndReadingGoesOn() throws IOException {
        String huge = "a\tx\tp\t" + "v".repeat(ObservationReader.MAX_LINE_CHARS + 10);
        String file = "source\tobject\tproperty\tvalue\nb\tx\tp\t1\n" + huge + "\nc\tx\tp\t1\n";
        Diagnostics d = new Diagnostics();
        List<Observation> out = new ArrayList<>();
        ObservationReader.read("big.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), d,
                out::add);
        assertEquals(List.of("b", "c"), out.stream().map(Observation::source).toList());
        assertEquals(1, d.total(), () -> d.list().toString());
        Diagnostic x = d.list().get(0);
        assertEquals("limit", x.kind());
        assertEquals(3, x.location().line());
        assertTrue(x.message().contains("longer than the limit"), x.message());
    }

    @Test
    void sniffsByFirstLine() {
        assertEquals(ObservationReader.Format.TSV, ObservationReader.sniff("\uFEFFsource\tobject\tproperty\tvalue")
                .orElseThrow());
        assertEquals(ObservationReader.Format.CSV, ObservationReader.sniff("value,source,object,property,time")
                .orElseThrow());
        assertEquals(ObservationReader.Format.DAFNA, ObservationReader.sniff("claimId|\tEntityId|\tObjectId|")
                .orElseThrow());
        assertTrue(ObservationReader.sniff("hello").isEmpty());
    }

    @Test
    void emptyInputIsADiagnostic() throws IOException {
        ObservationReader.read("empty.tsv", new ByteArrayInputStream(new byte[0]), diagnostics, o -> { });
        assertEquals("empty", diagnostics.list().get(0).kind());
    }
}
