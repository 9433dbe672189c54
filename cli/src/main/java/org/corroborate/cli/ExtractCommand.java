package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.ingest.extract.HeadlineStance;
import org.corroborate.ingest.extract.PresentationClassifier;
import org.corroborate.ingest.extract.PresentationModel;
import org.corroborate.ingest.extract.SentenceSplitter;
import org.corroborate.report.json.JsonFormat;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.engine.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code corroborate extract}: one JSON object per article with its attributions (JSON Lines on stdout). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print each article with its attributions and its headline's presentation of its claim"
                + " (ASSERTED, ATTRIBUTED, DENIED) as one JSON object per line (JSON Lines).")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--stance-model", paramLabel = "MODEL",
            description = "Tell the presentation with a model trained by 'corroborate train stance' (default: the"
                    + " built-in rules).")
    Path stanceModel;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(input.readOptions(), Extractors.fromOptions(spec.commandLine(), input),
                ScoringConfig.DEFAULTS, input.threads);
        ObjectMapper mapper = new ObjectMapper();
        HeadlineStance presentation = stance(spec.commandLine(), stanceModel);
        SentenceSplitter splitter = new SentenceSplitter();
        org.corroborate.core.Diagnostics diagnostics = new org.corroborate.core.Diagnostics();
        // One line per article as soon as it is extracted, in input order: nothing is kept.
        org.corroborate.core.IngestSummary summary = pipeline.extract(input.inputs, System.in, diagnostics, aa -> {
            var article = aa.article();
            java.io.StringWriter line = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = mapper.getFactory().createGenerator(line)) {
                g.writeStartObject();
                JsonFormat.writeArticle(g, article, true);
                g.writeStringField("presentation", presentation.classify(article.title(),
                        lead(splitter, article.body()), article.claim(),
                        article.url().isBlank() ? article.outlet() : article.url()).name());
                JsonFormat.writeAttributions(g, aa);
                g.writeEndObject();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.println(line);
        });
        out.flush();
        Summaries.print(spec.commandLine().getErr(), summary, diagnostics, "");
        return summary.errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The rules, or the model in {@code model} when given. */
    static HeadlineStance stance(CommandLine cl, Path model) {
        if (model == null) {
            return PresentationClassifier.withDefaults();
        }
        try (InputStream in = Files.newInputStream(model)) {
            return PresentationModel.read(in);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "--stance-model " + model + ": cannot read the model: "
                    + e.getMessage() + " (expected a file written by 'corroborate train stance')");
        }
    }

    /** The body's first sentence (read only up to its first 2,000 chars). */
    private static String lead(SentenceSplitter splitter, String body) {
        String head = body.substring(0, Math.min(body.length(), 2000));
        var sentences = splitter.split(head);
        return sentences.isEmpty() ? "" : sentences.get(0).in(head);
    }
}
