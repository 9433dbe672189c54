package org.corroborate.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Evidence;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Source;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes {@code report.json}: schema {@value #SCHEMA}, documented in {@code docs/FORMATS.md}. Keys are written in a
 * fixed order and numbers rounded to four decimals, so the same input gives the same bytes.
 */
public final class JsonReportWriter {

    /** The schema name and version written into every report. */
    public static final String SCHEMA = "corroborate.report/1";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** The report as a JSON tree: the content {@link #write} streams, read back as a tree. */
    public ObjectNode toTree(ReportInput in) {
        return (ObjectNode) JsonFormat.tree(g -> writeReport(in, g));
    }

    /**
     * Writes the report, pretty-printed with LF line ends. Everything is streamed as it is made (claims, sources,
     * outlets and articles one by one, no tree of them built), so the whole report is never in memory.
     */
    public void write(ReportInput in, Writer out) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            writeReport(in, g);
        }
        out.write('\n');
    }

    /** Two-space indents and LF line ends, whatever the platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** The whole report as one object, keys in their fixed order. */
    private void writeReport(ReportInput in, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("generated", in.generatedAt());
        g.writeArrayFieldStart("inputs");
        for (String i : in.inputs()) {
            g.writeString(i);
        }
        g.writeEndArray();
        g.writeFieldName("summary");
        mapper.writeTree(g, summary(in));
        if (in.abridged()) {
            g.writeFieldName("abridged");
            mapper.writeTree(g, abridged());
        }
        g.writeArrayFieldStart("claims");
        for (Assessment a : in.corroboration().assessments()) {
            assessment(g, a, in);
        }
        g.writeEndArray();
        g.writeFieldName("joint_estimate");
        mapper.writeTree(g, joint(in));
        g.writeArrayFieldStart("sources");
        for (SourceSummary s : in.corroboration().sources()) {
            source(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("outlets");
        for (OutletSummary o : in.corroboration().outlets()) {
            outlet(g, o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("articles");
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            article(g, in, aa);
        }
        g.writeEndArray();
        g.writeFieldName("ingest");
        mapper.writeTree(g, ingest(in.ingest()));
        g.writeFieldName("diagnostics");
        mapper.writeTree(g, diagnostics(in));
        g.writeEndObject();
    }

    /** Claims and origins estimated together by truth discovery (contested claims only). */
    private static ObjectNode joint(ReportInput in) {
        ObjectNode joint = JsonFormat.object();
        joint.put("method", "accu-with-copy-detection");
        joint.put("iterations", in.corroboration().joint().iterations());
        joint.put("converged", in.corroboration().joint().converged());
        ObjectNode trust = joint.putObject("origin_trust");
        new java.util.TreeMap<>(in.corroboration().joint().originTrust())
                .forEach((k, v) -> trust.put(k, JsonFormat.round(v)));
        return joint;
    }

    private static ObjectNode abridged() {
        ObjectNode n = JsonFormat.object();
        n.put("article_bodies", false);
        n.put("evidence_shown_per_claim", ReportInput.EVIDENCE_SHOWN);
        n.put("note", "a large corpus: article bodies and per-article attributions are left out, and each claim"
                + " lists at most " + ReportInput.EVIDENCE_SHOWN + " pieces of evidence (evidence_total gives the"
                + " count)");
        return n;
    }

    /**
     * One article: its fields, {@code copy_of}, and its attributions, or in an abridged report no body and only
     * {@code attribution_count}.
     */
    private static void article(JsonGenerator g, ReportInput in, AnnotatedArticle aa) throws IOException {
        Article art = aa.article();
        g.writeStartObject();
        JsonFormat.writeArticle(g, art, !in.abridged());
        g.writeStringField("copy_of", in.corroboration().wireGroups().getOrDefault(art.id(), art.id()));
        if (in.abridged()) {
            g.writeNumberField("attribution_count", aa.attributions().size());
        } else {
            JsonFormat.writeAttributions(g, aa);
        }
        g.writeEndObject();
    }

    private static ArrayNode diagnostics(ReportInput in) {
        ArrayNode diags = JsonFormat.array();
        for (Diagnostic d : in.diagnostics()) {
            ObjectNode dn = diags.addObject();
            dn.put("file", d.location().file());
            dn.put("line", d.location().line());
            dn.put("offset", d.location().offset());
            dn.put("severity", d.severity().name());
            dn.put("kind", d.kind());
            dn.put("message", d.message());
            dn.put("snippet", d.snippet());
        }
        return diags;
    }

    /** Writes any JSON tree the way reports are written: two-space indents, LF line ends, a final newline. */
    public void writeTree(com.fasterxml.jackson.databind.JsonNode tree, Writer out) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            mapper.writeTree(g, tree);
        }
        out.write('\n');
    }

    private static ObjectNode summary(ReportInput in) {
        ObjectNode n = JsonFormat.object();
        int attributions = 0;
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            attributions += aa.attributions().size();
        }
        n.put("articles", in.corroboration().articles().size());
        n.put("attributions", attributions);
        n.put("claims", in.corroboration().assessments().size());
        Map<ClaimStatus, Integer> by = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            by.put(s, 0);
        }
        for (Assessment a : in.corroboration().assessments()) {
            by.merge(a.status(), 1, Integer::sum);
        }
        ObjectNode bs = n.putObject("claims_by_status");
        by.forEach((k, v) -> bs.put(k.name(), v));
        n.put("sources", in.corroboration().sources().size());
        n.put("outlets", in.corroboration().outlets().size());
        return n;
    }

    /** One claim's assessment: its figures, grade, parties, values, evidence and explanation lines. */
    private static void assessment(JsonGenerator g, Assessment a, ReportInput in) throws IOException {
        boolean abridged = in.abridged();
        g.writeStartObject();
        g.writeStringField("id", a.claim().id());
        g.writeStringField("statement", a.claim().statement());
        g.writeStringField("status", a.status().name());
        g.writeStringField("status_meaning", a.status().label(a.origins()));
        g.writeNumberField("probability", JsonFormat.round(a.probability()));
        g.writeFieldName("interval");
        JsonFormat.writeInterval(g, a.interval());
        g.writeObjectFieldStart("grade");
        g.writeStringField("code", a.grade().toString());
        g.writeStringField("reliability", String.valueOf(a.grade().reliability()));
        g.writeStringField("reliability_meaning", a.grade().reliabilityMeaning());
        g.writeNumberField("credibility", a.grade().credibility());
        g.writeStringField("credibility_meaning", a.grade().credibilityMeaning());
        g.writeEndObject();
        g.writeNumberField("independent_origins", a.origins());
        OptionalDouble joint = in.corroboration().joint().confidence(a.claim().id());
        if (joint.isPresent()) {
            g.writeNumberField("joint_confidence", JsonFormat.round(joint.getAsDouble()));
        }
        g.writeArrayFieldStart("parties");
        for (Source p : a.claim().parties()) {
            sourceRef(g, p);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("silent_parties");
        for (Source p : a.silentParties()) {
            sourceRef(g, p);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        for (String v : a.claim().values()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeBooleanField("values_disputed", a.valuesDisputed());
        if (abridged) {
            g.writeNumberField("evidence_total", a.evidence().size());
        }
        g.writeArrayFieldStart("evidence");
        Set<String> negations = a.claim().negations().isEmpty() ? Set.of() : new HashSet<>(a.claim().negations());
        List<Evidence> evidence = a.evidence();
        int shown = abridged ? Math.min(evidence.size(), ReportInput.EVIDENCE_SHOWN) : evidence.size();
        for (int i = 0; i < shown; i++) {
            Evidence e = evidence.get(i);
            Attribution at = e.attribution(); // made once (it may be held by reference only)
            String id = at.id();
            g.writeStartObject();
            g.writeStringField("attribution", id);
            g.writeStringField("article", at.articleId());
            g.writeStringField("outlet", e.outlet());
            g.writeStringField("source", at.source().source().name());
            g.writeStringField("source_text", at.source().text());
            g.writeStringField("cue", at.cue().text());
            g.writeStringField("content", at.contentText());
            g.writeStringField("role", e.role().name());
            g.writeStringField("stance", at.stance().name());
            g.writeStringField("origin", e.origin());
            g.writeNumberField("weight", JsonFormat.round(e.weight()));
            g.writeBooleanField("counted", e.counted());
            g.writeStringField("reason", e.reason());
            g.writeBooleanField("superseded", e.superseded());
            g.writeBooleanField("negation", negations.contains(id));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("explanation");
        for (String line : in.explanationShown(a)) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Starts an object with a source's {@code id}, {@code name}, {@code kind} and {@code country}; the caller ends it. */
    private static void sourceRef(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("kind", s.kind().name());
        g.writeStringField("country", s.country());
    }

    private static void source(JsonGenerator g, SourceSummary s) throws IOException {
        sourceRef(g, s.source());
        g.writeStringField("speaks_for", s.source().root());
        g.writeNumberField("mentions", s.mentions());
        g.writeNumberField("claims", s.claims());
        g.writeNumberField("reliability", JsonFormat.round(s.reliability()));
        g.writeFieldName("interval");
        JsonFormat.writeInterval(g, s.interval());
        g.writeStringField("letter", String.valueOf(s.letter()));
        g.writeNumberField("resolved", s.resolved());
        g.writeEndObject();
    }

    private static void outlet(JsonGenerator g, OutletSummary o) throws IOException {
        g.writeStartObject();
        g.writeStringField("outlet", o.outlet());
        g.writeNumberField("articles", o.articles());
        g.writeNumberField("wire_copies", o.wireCopies());
        g.writeNumberField("attributions", o.attributions());
        g.writeNumberField("named_share", JsonFormat.round(o.namedShare()));
        g.writeNumberField("anonymous_share", JsonFormat.round(o.anonymousShare()));
        g.writeNumberField("hedged_share", JsonFormat.round(o.hedgedShare()));
        g.writeNumberField("direct_share", JsonFormat.round(o.directShare()));
        g.writeNumberField("state_media_relays", o.stateMediaRelays());
        g.writeNumberField("claims", o.claims());
        g.writeEndObject();
    }

    private static ObjectNode ingest(IngestSummary s) {
        ObjectNode n = JsonFormat.object();
        n.put("files", s.files());
        n.put("files_failed", s.filesFailed());
        n.put("articles", s.articles());
        n.put("duplicates", s.duplicates());
        n.put("skipped", s.skipped());
        n.put("errors", s.errors());
        n.put("warnings", s.warnings());
        ObjectNode k = n.putObject("diagnostics_by_kind");
        new TreeMap<>(s.diagnosticsByKind()).forEach(k::put);
        return n;
    }
}
