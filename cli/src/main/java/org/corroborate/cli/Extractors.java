package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.AttributionTagger;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SourceRegistry;
import org.corroborate.ingest.extract.TaggingExtractor;
import picocli.CommandLine;

/** Builds the extractor the options ask for. */
final class Extractors {

    private Extractors() {
    }

    static AttributionExtractor fromOptions(CommandLine cl, InputOptions o) {
        return create(cl, o.sources, o.model, o.voteModels);
    }

    /**
     * The rules, or the tagger in {@code model} when given (with the taggers in {@code voteModels} voting on its
     * tags), with the built-in registry plus {@code sources}.
     */
    static AttributionExtractor create(CommandLine cl, Path sources, Path model, List<Path> voteModels) {
        SourceRegistry registry = SourceRegistry.builtIn();
        if (sources != null) {
            registry = withFile(cl, registry, sources);
        }
        RuleBasedExtractor rules = new RuleBasedExtractor(registry);
        if (model == null) {
            if (!voteModels.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--vote-model needs --model (the tagger it votes with)");
            }
            return rules;
        }
        AttributionTagger tagger = readModel(cl, "--model", model);
        List<AttributionTagger> voters = new ArrayList<>();
        for (Path p : voteModels) {
            voters.add(readModel(cl, "--vote-model", p));
        }
        return new TaggingExtractor(tagger, voters, rules);
    }

    private static AttributionTagger readModel(CommandLine cl, String option, Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return AttributionTagger.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, option + " " + model + ": cannot read the model: "
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
