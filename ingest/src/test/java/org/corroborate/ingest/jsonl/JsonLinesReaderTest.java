package org.corroborate.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Article> read(String text, ReadOptions options) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        List<Article> out = new ArrayList<>();
        new JsonLinesReader().read(Input.ofBytes("in.jsonl", b), new ByteArrayInputStream(b),
                new ReadContext(options, diagnostics), out::add);
        return out;
    }

    @Test
    void readsAllFields() throws IOException {
        Article a = read("{\"id\":\"a1\",\"url\":\"https://x.example/a\",\"outlet\":\"X\",\"published\":"
                + "\"2025-02-27T09:00:00Z\",\"title\":\"T\",\"body\":\"B\",\"byline\":\"By Y\",\"wire\":\"AFP\","
                + "\"language\":\"en\",\"claim_id\":\"c7\",\"claim\":\"C\",\"unknown\":{\"deep\":[1]}}\r\n",
                ReadOptions.DEFAULTS).get(0);
        assertEquals("a1", a.id());
        assertEquals("X", a.outlet());
        assertEquals("2025-02-27T09:00Z", a.published().orElseThrow().toString());
        assertEquals("AFP", a.wire());
        assertEquals("c7", a.claimId());
        assertEquals("C", a.claim());
        assertEquals(1, a.location().line());
    }

    @Test
    void badLinesAreDiagnosticsWithTheirLine() throws IOException {
        List<Article> out = read("{\"id\":\"1\",\"body\":\"ok\"}\n\n[1,2]\n{\"id\":\"3\",\"body\":\"\"}\n{\"id\":4,"
                + "\"body\":\"ok too\",\"published\":\"soon\"}\n{\"body\":", ReadOptions.DEFAULTS);
        assertEquals(List.of("1", "4"), out.stream().map(Article::id).toList());
        List<Diagnostic> d = diagnostics.list();
        assertEquals(List.of(3L, 4L, 5L, 6L), d.stream().map(x -> x.location().line()).toList());
        assertEquals(List.of("invalid-json", "missing-field", "invalid-value", "invalid-json"),
                d.stream().map(Diagnostic::kind).toList());
    }

    @Test
    void deepNestingAndLongLinesAreBounded() throws IOException {
        String deep = "{\"id\":\"d\",\"body\":\"x\",\"n\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String longLine = "{\"id\":\"l\",\"body\":\"" + "y".repeat(50_000) + "\"}";
        List<Article> out = read(deep + "\n" + longLine + "\n{\"id\":\"ok\",\"body\":\"fine\"}\n",
                ReadOptions.DEFAULTS.withMaxLineChars(40_000));
        assertEquals(List.of("ok"), out.stream().map(Article::id).toList());
        assertEquals("limit", diagnostics.list().get(0).kind(), "too deep is a limit, as in XML and HTML");
        assertEquals(1, diagnostics.list().get(0).location().line());
        assertEquals("JSON nested more than 256 deep (--max-depth); the line was skipped",
                diagnostics.list().get(0).message());
        assertEquals("limit", diagnostics.list().get(1).kind());
        assertEquals(2, diagnostics.list().get(1).location().line());
    }
}
