package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.core.Attribution;
import org.corroborate.report.json.JsonFormat;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.engine.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corroborate extract}: one JSON object per article with its attributions (JSON Lines on stdout). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each article with its attributions as one JSON object per line (JSON Lines).")
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
        org.corroborate.core.Diagnostics diagnostics = new org.corroborate.core.Diagnostics();
        // One line per article as soon as it is extracted, in input order: nothing is kept.
        org.corroborate.core.IngestSummary summary = pipeline.extract(input.inputs, System.in, diagnostics, aa -> {
            ObjectNode n = JsonFormat.article(aa.article());
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
}
