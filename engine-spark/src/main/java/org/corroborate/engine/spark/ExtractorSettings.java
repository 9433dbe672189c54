package org.corroborate.engine.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.AttributionTagger;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SourceRegistry;
import org.corroborate.ingest.extract.TaggingExtractor;

/**
 * Which attribution extractor to build, in a form Spark can ship to executors: the built-in rules, with a source
 * registry file and a trained tagger model when given. The files are read on the driver and their bytes shipped,
 * so executors need no access to them.
 *
 * @param sourcesName the registry file's name (for messages), or empty when none
 * @param sources     the registry file's bytes, empty when none
 * @param modelName   the model file's name, or empty when none
 * @param model       the model file's bytes, empty when none
 */
public record ExtractorSettings(String sourcesName, byte[] sources, String modelName, byte[] model)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExtractorSettings {
        Objects.requireNonNull(sourcesName, "sourcesName");
        sources = sources.clone();
        Objects.requireNonNull(modelName, "modelName");
        model = model.clone();
    }

    /** The built-in rules with the built-in registry, as {@code corroborate run} uses by default. */
    public static final ExtractorSettings BUILT_IN = new ExtractorSettings("", new byte[0], "", new byte[0]);

    /** The rules with the built-in registry plus {@code sources}, and the tagger in {@code model}, when given. */
    public static ExtractorSettings of(Optional<Path> sources, Optional<Path> model) throws IOException {
        return new ExtractorSettings(sources.map(Path::toString).orElse(""),
                sources.isPresent() ? Files.readAllBytes(sources.get()) : new byte[0],
                model.map(Path::toString).orElse(""), model.isPresent() ? Files.readAllBytes(model.get()) : new byte[0]);
    }

    /**
     * Builds the extractor (on the driver first, to fail early on a bad file, then once per partition).
     *
     * @throws IllegalArgumentException when a file is not a registry or a model
     */
    public AttributionExtractor create() {
        SourceRegistry registry = SourceRegistry.builtIn();
        try {
            if (!sourcesName.isEmpty()) {
                registry = registry.withJson(new ByteArrayInputStream(sources), sourcesName);
            }
            RuleBasedExtractor rules = new RuleBasedExtractor(registry);
            if (modelName.isEmpty()) {
                return rules;
            }
            return new TaggingExtractor(AttributionTagger.read(new ByteArrayInputStream(model)), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (modelName.isEmpty() ? sourcesName : modelName) + ": "
                    + e.getMessage(), e);
        }
    }
}
