package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SourceRegistry;
import org.corroborate.ingest.extract.TaggingExtractor;
import picocli.CommandLine;

/** Builds the extractor the options ask for. */
final class Extractors {

    private Extractors() {
    }

    static AttributionExtractor fromOptions(CommandLine cl, InputOptions o) {
        return create(cl, o.sources, o.model);
    }

    /** The rules, or the tagger in {@code model} when given, with the built-in registry plus {@code sources}. */
    static AttributionExtractor create(CommandLine cl, Path sources, Path model) {
        SourceRegistry registry = SourceRegistry.builtIn();
        if (sources != null) {
            registry = withFile(cl, registry, sources);
        }
        RuleBasedExtractor rules = new RuleBasedExtractor(registry);
        if (model == null) {
            return rules;
        }
        try {
            return TaggingExtractor.load(model, rules);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--model " + model + ": cannot read the model: "
                    + e.getMessage() + " (expected a file written by 'corroborate train attribution')");
        }
    }

    private static SourceRegistry withFile(CommandLine cl, SourceRegistry registry, Path file) {
        try {
            return registry.withFile(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--sources " + file + ": cannot read the source registry: "
                    + e.getMessage() + " (expected JSON like the built-in sources.json, see docs/FORMATS.md)");
        }
    }
}
