package org.corroborate.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Source;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;

/**
 * A claim's probability before any evidence, from a {@link ClaimPriorModel} instead of the fixed
 * {@link ScoringConfig#claimPrior()}: the model applied to the claim's statement and its speaker.
 *
 * <p>The <em>speaker</em> is the origin ({@link Attribution#origin()}) of the carrier the claim's statement was
 * taken from: the first carrier, in the claim's order, that asserts or confirms the claim in the statement's own
 * words; else the first that asserts or confirms it at all (a followed claim's statement is the user's); never a
 * rival version ({@link Claim#negations()}). An unnamed origin is no speaker: the model then sees an empty source,
 * as for a statement whose speaker is not known. The speaker is given to the model by its canonical name
 * ({@link Source#name()}), or, when the model holds no record of the name, by its {@linkplain Source#id() id} (as
 * {@code review --export-table} writes speakers) or its {@linkplain Source#idFor id form} ({@code barack-obama}, as
 * LIAR writes speakers), whichever the model holds a record of.
 *
 * <p>The article gives the model three attributes: {@code outlet} (the article's outlet), {@code kind} (the speaker's
 * {@linkplain org.corroborate.core.SourceKind#label() kind}) and {@code country} (the speaker's, when known). A model
 * trained on a table without columns of these names has no features for them, and every attribute an article does
 * not have (party, venue, subject of a fact-checker's table) is absent, as a blank cell of the table is.
 *
 * <p>The probability is rounded to {@value #STEP} and held within {@code [STEP, 1 - STEP]}, so claims share a few
 * hundred priors (each prior's interval table is computed once) and a report does not show more digits than the
 * model has. Immutable and thread-safe.
 */
public final class ClaimPrior {

    /** The prior's resolution. */
    public static final double STEP = 0.001;

    private final ClaimPriorModel model;
    private final String name;

    /**
     * @param model the model
     * @param name  how the explanation names it (its file's name), not blank
     */
    public ClaimPrior(ClaimPriorModel model, String name) {
        this.model = Objects.requireNonNull(model, "model");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a claim prior model needs a name, got \"" + name + "\"");
        }
        this.name = name;
    }

    /**
     * The model written by {@link ClaimPriorModel#write} to {@code file}, named by the file's name.
     *
     * @throws IOException when the file cannot be read or is not a claim prior model (the message names the file)
     */
    public static ClaimPrior read(Path file) throws IOException {
        return read(file, bytes(file));
    }

    /**
     * The model whose file {@code file} held {@code model} ({@link #bytes}), named by the file's name.
     *
     * @throws IOException when the bytes are not a claim prior model (the message names the file)
     */
    public static ClaimPrior read(Path file, byte[] model) throws IOException {
        return read(model, String.valueOf(file.getFileName()), String.valueOf(file));
    }

    /**
     * The bytes of a model file, as {@link #read(Path)} reads them (a store keeps them with the run that used them).
     *
     * @throws IOException when the file cannot be read (the message names the file)
     */
    public static byte[] bytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The model whose file's bytes are {@code model} ({@link #bytes}), named {@code name} (the file's name).
     *
     * @throws IOException when the bytes are not a claim prior model (the message starts with {@code name})
     */
    public static ClaimPrior read(byte[] model, String name) throws IOException {
        return read(model, name, name);
    }

    private static ClaimPrior read(byte[] model, String name, String where) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(model)) {
            return new ClaimPrior(ClaimPriorModel.read(in), name);
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            throw new IOException(where + ": " + (m.startsWith("not a claim prior model") ? m
                    : "not a claim prior model: " + m), e);
        }
    }

    /** How the explanation names the model. */
    public String name() {
        return name;
    }

    public ClaimPriorModel model() {
        return model;
    }

    /**
     * A claim's prior from the model.
     *
     * @param probability  the model's probability, rounded to {@link #STEP}, in {@code [STEP, 1 - STEP]}
     * @param speaker      the source as given to the model; empty when the claim has no named speaker
     * @param knownSpeaker whether the model's training statements hold a record of the speaker
     * @param model        the model's name
     */
    public record Estimate(double probability, String speaker, boolean knownSpeaker, String model) {
        public Estimate {
            if (!(probability > 0 && probability < 1)) {
                throw new IllegalArgumentException("prior must be in (0, 1), got " + probability);
            }
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(model, "model");
        }
    }

    /** The prior of {@code claim}, whose carriers' articles are in {@code articles} (by id; a missing one is none). */
    public Estimate of(Claim claim, Map<String, Article> articles) {
        Attribution carrier = speakerCarrier(claim);
        Source origin = carrier == null ? null : carrier.origin();
        boolean named = origin != null && !origin.id().equals(Source.UNNAMED.id());
        String speaker = "";
        List<LabelledStatement.Attribute> attributes = new ArrayList<>();
        if (carrier != null) {
            Article art = articles.get(carrier.articleId());
            if (art != null && !art.outlet().isBlank()) {
                attributes.add(new LabelledStatement.Attribute("outlet", art.outlet()));
            }
        }
        if (named) {
            speaker = origin.name().strip();
            String slug = Source.idFor(speaker);
            if (!model.knowsSource(speaker)) {
                // a table exported from a store's verdicts names speakers by their ids (review --export-table)
                speaker = model.knowsSource(origin.id()) ? origin.id() : model.knowsSource(slug) ? slug : speaker;
            }
            attributes.add(new LabelledStatement.Attribute("kind", origin.kind().label()));
            if (!origin.country().isEmpty()) {
                attributes.add(new LabelledStatement.Attribute("country", origin.country()));
            }
        }
        double p = model.probability(speaker, claim.statement(), attributes);
        // k steps, as the nearest double of the decimal k / 1000 (a division is rounded once), so equal priors are
        // equal doubles
        long steps = Math.round(1 / STEP);
        double rounded = Math.max(1, Math.min(steps - 1, Math.round(p / STEP))) / (double) steps;
        return new Estimate(rounded, speaker, !speaker.isEmpty() && model.knowsSource(speaker), name);
    }

    /**
     * The carrier whose origin is the claim's speaker: the first that asserts or confirms the claim in its
     * statement's words, else the first that asserts or confirms it; null when none does.
     */
    static Attribution speakerCarrier(Claim claim) {
        Set<String> negations = claim.negations().isEmpty() ? Set.of() : new HashSet<>(claim.negations());
        return speaker(claim.attributions(), a -> a.stance().supports() && !negations.contains(a.id()),
                a -> a.contentText().equals(claim.statement()));
    }

    /**
     * The piece of a claim's evidence whose origin is its speaker, by the rule of {@link #speakerCarrier}, for
     * evidence of any form (a store's evidence rows are chosen from as the carriers are): the first that
     * {@code supports} the claim and is {@code inStatementWords}, else the first that supports it; null when none.
     */
    public static <T> T speaker(List<T> evidence, Predicate<T> supports, Predicate<T> inStatementWords) {
        T first = null;
        for (T e : evidence) {
            if (!supports.test(e)) {
                continue;
            }
            if (inStatementWords.test(e)) {
                return e;
            }
            if (first == null) {
                first = e;
            }
        }
        return first;
    }
}
