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
import java.util.Map;
import java.util.TreeMap;
import org.corroborate.core.AnnotatedArticle;
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

    /** The report as a JSON tree (the same content {@link #write} streams). */
    public ObjectNode toTree(ReportInput in) {
        ObjectNode root = JsonFormat.object();
        root.put("schema", SCHEMA);
        root.put("generated", in.generatedAt());
        ArrayNode inputs = root.putArray("inputs");
        in.inputs().forEach(inputs::add);
        root.set("summary", summary(in));
        if (in.abridged()) {
            root.set("abridged", abridged());
        }
        ArrayNode claims = root.putArray("claims");
        for (Assessment a : in.corroboration().assessments()) {
            claims.add(assessment(a, in));
        }
        root.set("joint_estimate", joint(in));
        ArrayNode sources = root.putArray("sources");
        for (SourceSummary s : in.corroboration().sources()) {
            sources.add(source(s));
        }
        ArrayNode outlets = root.putArray("outlets");
        for (OutletSummary o : in.corroboration().outlets()) {
            outlets.add(outlet(o));
        }
        ArrayNode articles = root.putArray("articles");
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            articles.add(article(in, aa));
        }
        root.set("ingest", ingest(in.ingest()));
        root.set("diagnostics", diagnostics(in));
        return root;
    }

    /**
     * Writes the report, pretty-printed with LF line ends. Claims and articles are written one by one, so the
     * whole report is never one tree in memory.
     */
    public void write(ReportInput in, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(pp);
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
                mapper.writeTree(g, assessment(a, in));
            }
            g.writeEndArray();
            g.writeFieldName("joint_estimate");
            mapper.writeTree(g, joint(in));
            g.writeArrayFieldStart("sources");
            for (SourceSummary s : in.corroboration().sources()) {
                mapper.writeTree(g, source(s));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outlets");
            for (OutletSummary o : in.corroboration().outlets()) {
                mapper.writeTree(g, outlet(o));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            for (AnnotatedArticle aa : in.corroboration().articles()) {
                mapper.writeTree(g, article(in, aa));
            }
            g.writeEndArray();
            g.writeFieldName("ingest");
            mapper.writeTree(g, ingest(in.ingest()));
            g.writeFieldName("diagnostics");
            mapper.writeTree(g, diagnostics(in));
            g.writeEndObject();
        }
        out.write('\n');
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

    private static ObjectNode article(ReportInput in, AnnotatedArticle aa) {
        ObjectNode an = JsonFormat.article(aa.article());
        an.put("copy_of", in.corroboration().wireGroups().getOrDefault(aa.article().id(), aa.article().id()));
        if (in.abridged()) {
            an.remove("body");
            an.put("attribution_count", aa.attributions().size());
            return an;
        }
        ArrayNode attrs = an.putArray("attributions");
        boolean supplementary = JsonFormat.hasSupplementary(aa.article().body());
        for (Attribution at : aa.attributions()) {
            attrs.add(JsonFormat.attribution(at, aa.article().body(), supplementary));
        }
        return an;
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
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(pp);
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

    private static ObjectNode assessment(Assessment a, ReportInput in) {
        boolean abridged = in.abridged();
        ObjectNode n = JsonFormat.object();
        n.put("id", a.claim().id());
        n.put("statement", a.claim().statement());
        n.put("status", a.status().name());
        n.put("status_meaning", a.status().label(a.origins()));
        n.put("probability", JsonFormat.round(a.probability()));
        n.set("interval", JsonFormat.interval(a.interval()));
        ObjectNode g = n.putObject("grade");
        g.put("code", a.grade().toString());
        g.put("reliability", String.valueOf(a.grade().reliability()));
        g.put("reliability_meaning", a.grade().reliabilityMeaning());
        g.put("credibility", a.grade().credibility());
        g.put("credibility_meaning", a.grade().credibilityMeaning());
        n.put("independent_origins", a.origins());
        in.corroboration().joint().confidence(a.claim().id())
                .ifPresent(c -> n.put("joint_confidence", JsonFormat.round(c)));
        ArrayNode parties = n.putArray("parties");
        a.claim().parties().forEach(p -> parties.add(sourceRef(p)));
        ArrayNode silent = n.putArray("silent_parties");
        a.silentParties().forEach(p -> silent.add(sourceRef(p)));
        ArrayNode values = n.putArray("values");
        a.claim().values().forEach(values::add);
        n.put("values_disputed", a.valuesDisputed());
        if (abridged) {
            n.put("evidence_total", a.evidence().size());
        }
        ArrayNode ev = n.putArray("evidence");
        java.util.Set<String> negations = new java.util.HashSet<>(a.claim().negations());
        int shown = 0;
        for (Evidence e : a.evidence()) {
            if (abridged && ++shown > ReportInput.EVIDENCE_SHOWN) {
                break;
            }
            ObjectNode en = ev.addObject();
            Attribution at = e.attribution(); // made once (it may be held by reference only)
            en.put("attribution", at.id());
            en.put("article", at.articleId());
            en.put("outlet", e.outlet());
            en.put("source", at.source().source().name());
            en.put("source_text", at.source().text());
            en.put("cue", at.cue().text());
            en.put("content", at.contentText());
            en.put("role", e.role().name());
            en.put("stance", at.stance().name());
            en.put("origin", e.origin());
            en.put("weight", JsonFormat.round(e.weight()));
            en.put("counted", e.counted());
            en.put("reason", e.reason());
            en.put("superseded", e.superseded());
            en.put("negation", negations.contains(at.id()));
        }
        ArrayNode ex = n.putArray("explanation");
        in.explanationShown(a).forEach(ex::add);
        return n;
    }

    private static ObjectNode sourceRef(Source s) {
        ObjectNode n = JsonFormat.object();
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("kind", s.kind().name());
        n.put("country", s.country());
        return n;
    }

    private static ObjectNode source(SourceSummary s) {
        ObjectNode n = sourceRef(s.source());
        n.put("speaks_for", s.source().root());
        n.put("mentions", s.mentions());
        n.put("claims", s.claims());
        n.put("reliability", JsonFormat.round(s.reliability()));
        n.set("interval", JsonFormat.interval(s.interval()));
        n.put("letter", String.valueOf(s.letter()));
        n.put("resolved", s.resolved());
        return n;
    }

    private static ObjectNode outlet(OutletSummary o) {
        ObjectNode n = JsonFormat.object();
        n.put("outlet", o.outlet());
        n.put("articles", o.articles());
        n.put("wire_copies", o.wireCopies());
        n.put("attributions", o.attributions());
        n.put("named_share", JsonFormat.round(o.namedShare()));
        n.put("anonymous_share", JsonFormat.round(o.anonymousShare()));
        n.put("hedged_share", JsonFormat.round(o.hedgedShare()));
        n.put("direct_share", JsonFormat.round(o.directShare()));
        n.put("state_media_relays", o.stateMediaRelays());
        n.put("claims", o.claims());
        return n;
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
