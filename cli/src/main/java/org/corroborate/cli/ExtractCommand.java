package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.core.Attribution;
import org.corroborate.ingest.extract.PresentationClassifier;
import org.corroborate.ingest.extract.SentenceSplitter;
import org.corroborate.report.json.JsonFormat;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.engine.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corroborate extract}: one JSON object per article with its attributions (JSON Lines on stdout). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each article with its attributions and its headline's presentation of its claim"
                + " (ASSERTED, ATTRIBUTED, DENIED) as one JSON object per line (JSON Lines).")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(input.readOptions(), Extractors.fromOptions(spec.commandLine(), input),
                ScoringConfig.DEFAULTS, input.threads);
        ObjectMapper mapper = new ObjectMapper();
        PresentationClassifier presentation = PresentationClassifier.withDefaults();
        SentenceSplitter splitter = new SentenceSplitter();
        org.corroborate.core.Diagnostics diagnostics = new org.corroborate.core.Diagnostics();
        // One line per article as soon as it is extracted, in input order: nothing is kept.
        org.corroborate.core.IngestSummary summary = pipeline.extract(input.inputs, System.in, diagnostics, aa -> {
            ObjectNode n = JsonFormat.article(aa.article());
            n.put("presentation", presentation.classify(aa.article().title(), lead(splitter, aa.article().body()),
                    aa.article().claim()).name());
            ArrayNode attrs = n.putArray("attributions");
            for (Attribution a : aa.attributions()) {
                attrs.add(JsonFormat.attribution(a, aa.article().body()));
            }
            try {
                out.println(mapper.writeValueAsString(n));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
        Summaries.print(spec.commandLine().getErr(), summary, diagnostics);
        return summary.errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The body's first sentence (read only up to its first 2,000 chars). */
    private static String lead(SentenceSplitter splitter, String body) {
        String head = body.substring(0, Math.min(body.length(), 2000));
        var sentences = splitter.split(head);
        return sentences.isEmpty() ? "" : sentences.get(0).in(head);
    }
}
