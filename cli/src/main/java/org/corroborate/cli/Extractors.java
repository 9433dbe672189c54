package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SourceRegistry;
import picocli.CommandLine;

/** Builds the extractor the options ask for. */
final class Extractors {

    private Extractors() {
    }

    static AttributionExtractor fromOptions(CommandLine cl, InputOptions o) {
        SourceRegistry registry = SourceRegistry.builtIn();
        if (o.sources != null) {
            registry = withFile(cl, registry, o.sources);
        }
        return new RuleBasedExtractor(registry);
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
