package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.AttributionTagger;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SourceLinker;
import org.corroborate.ingest.extract.TaggingExtractor;
import org.corroborate.ingest.extract.WordClusters;
import org.corroborate.ingest.extract.eval.AttributionScorer;
import org.corroborate.ingest.extract.eval.BratCorpus;
import org.corroborate.ingest.extract.eval.BratDocument;
import org.corroborate.ingest.extract.eval.BratDocument.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate train attribution DIR --out MODEL}: trains the attribution tagger on a brat corpus. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Train an attribution tagger (averaged structured perceptron with Viterbi decoding, BIO tags for"
                + " source, cue and content; by default two stages, the second seeing the first stage's tags) and a"
                + " learned cue-to-source linker on a brat folder (text/*.txt, attributions/*.ann; PolNeAR layout)."
                + " Use it with --model.")
public final class TrainAttributionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with text/ and attributions/ (e.g. polnear/train).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "15",
            description = "Passes over the data of the first stage, of its folds, of the second stage unless"
                    + " --second-epochs, and of the linker (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--second-epochs", paramLabel = "N",
            description = "Passes of the second stage over the data (default: those of --epochs).")
    Integer secondEpochs;

    @Option(names = "--held-out", paramLabel = "DIR",
            description = "A brat folder (e.g. a part of train left out of DIR) to score after each pass of the"
                    + " first stage (as a one-stage tagger) and of the second (overlap F1 of source, cue, content"
                    + " and attributions), to choose the number of epochs.")
    Path heldOut;

    @Option(names = "--save-epochs", paramLabel = "N", split = ",",
            description = "Also write the model as it is after these passes of its last stage (the second, or the"
                    + " only one), to MODEL with '.eN' before its extension; comma-separated.")
    List<Integer> saveEpochs = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "4",
            description = "Two stages: the second sees the first stage's tags, made for training by K-fold"
                    + " cross-validation; 0 trains one stage only (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "17",
            description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--base", paramLabel = "MODEL",
            description = "Keep the tagger of this model file (any format) instead of training one; only the"
                    + " cue-to-source linker is trained and stored with it.")
    Path base;

    @Option(names = "--no-linker", description = "Do not train the learned cue-to-source linker (the sources are"
            + " then linked by nearness only, as by format 5 models).")
    boolean noLinker;

    @Option(names = "--cluster-text", paramLabel = "FILE",
            description = "Unlabeled text (read whole as UTF-8; e.g. a CSV of article bodies) from which, with the"
                    + " training texts, distributional word classes are learnt for the tagger's features and stored"
                    + " in the model; repeatable.")
    List<Path> clusterTexts = new ArrayList<>();

    @Option(names = "--no-clusters", description = "Do not learn word classes (the tagger's features are then those"
            + " of format 6 models).")
    boolean noClusters;

    @Option(names = "--rule-features", description = "Also give the tagger the rules' attributions of each"
            + " sentence as features (they help a tagger trained on a few dozen articles; on PolNeAR's 756 they"
            + " changed nothing).")
    boolean ruleFeatures;

    @Option(names = "--rule-cues", description = "Give the tagger only the rules' cues of each sentence as features"
            + " (not their sources and contents).")
    boolean ruleCues;

    @Option(names = "--pos", description = "Also give the tagger each token's part of speech (OpenNLP's English"
            + " Universal Dependencies tagger) and the verb and noun groups read from them as features; the model"
            + " (format 10) then tags each sentence for its parts of speech too, which costs time.")
    boolean partsOfSpeech;

    @Option(names = "--context", description = "With --pos, also give the tagger features of the sentence's"
            + " context: the sentence's main verb and its likeliest cue verb (their cue rates, the token's side of"
            + " them), the cue rate of the head of the token's verb group, and the suffixes of the words around it"
            + " (model format 11).")
    boolean context;

    @Option(names = "--all-annotators", description = "Train on every annotator's annotations of the documents that"
            + " several annotators annotated (by default only the first annotator's, the one 'eval attribution'"
            + " scores).")
    boolean allAnnotators;

    @Option(names = "--link-margin", paramLabel = "X", defaultValue = "" + SourceLinker.DEFAULT_MARGIN,
            description = "How much a candidate source must outscore 'no source' for the linker to link it"
                    + " (default: ${DEFAULT-VALUE}).")
    double linkMargin;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AttributionTagger.TrainingOptions options;
        SourceLinker.Options linkOptions;
        try {
            options = new AttributionTagger.TrainingOptions(epochs, seed, folds,
                    secondEpochs == null ? epochs : secondEpochs);
            linkOptions = new SourceLinker.Options(epochs, seed, linkMargin);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<BratDocument> docs;
        try {
            docs = BratCorpus.read(dir, diagnostics);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        if (docs.isEmpty()) {
            err.println(dir + ": no annotated document found");
            return ExitCodes.FAILED;
        }
        if (ruleFeatures && ruleCues) {
            err.println("--rule-features gives the tagger all of the rules' spans, --rule-cues only their cues;"
                    + " choose one");
            return ExitCodes.USAGE;
        }
        AttributionTagger.RuleFeatures which = ruleFeatures ? AttributionTagger.RuleFeatures.ALL
                : ruleCues ? AttributionTagger.RuleFeatures.CUES : AttributionTagger.RuleFeatures.NONE;
        if (base != null && noLinker) {
            err.println("--base keeps a tagger to add a linker to; it cannot go with --no-linker");
            return ExitCodes.USAGE;
        }
        if (base != null && (heldOut != null || !saveEpochs.isEmpty() || secondEpochs != null || partsOfSpeech
                || allAnnotators)) {
            err.println("--base keeps a trained tagger; --held-out, --save-epochs, --second-epochs, --pos and"
                    + " --all-annotators are about training one");
            return ExitCodes.USAGE;
        }
        if (context && !partsOfSpeech) {
            err.println("--context reads the verb groups that --pos gives; use it with --pos");
            return ExitCodes.USAGE;
        }
        if (allAnnotators) {
            try {
                docs = withOtherAnnotators(docs, BratCorpus.readAnnotators(dir, new Diagnostics()));
            } catch (IOException e) {
                err.println(e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        int lastEpochs = folds == 0 ? options.epochs() : options.secondEpochs();
        for (int e : saveEpochs) {
            if (e < 1 || e > lastEpochs) {
                err.println("--save-epochs " + e + ": the last stage has " + lastEpochs + " epochs");
                return ExitCodes.USAGE;
            }
        }
        List<BratDocument> heldOutDocs = List.of();
        if (heldOut != null) {
            try {
                heldOutDocs = BratCorpus.read(heldOut, new Diagnostics());
            } catch (IOException e) {
                err.println(heldOut + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (heldOutDocs.isEmpty()) {
                err.println(heldOut + ": no annotated document found");
                return ExitCodes.FAILED;
            }
        }
        long start = System.nanoTime();
        // the linker first (it learns from the gold relations only), so that the taggers scored or saved after
        // each epoch have it
        SourceLinker linker = null;
        if (!noLinker) {
            long linkStart = System.nanoTime();
            List<SourceLinker.Example> links = new ArrayList<>();
            for (BratDocument d : docs) {
                links.addAll(SourceLinker.examples(d.text(), BratCorpus.relations(d)));
            }
            linker = SourceLinker.train(links, linkOptions);
            o.printf(Locale.ROOT, "trained the cue-to-source linker on %d relations (%d with a source among the"
                    + " candidates), margin %s: %d features; %.1f s%n", links.size(),
                    links.stream().filter(SourceLinker.Example::hasSource).count(), linker.margin(),
                    linker.featureCount(), (System.nanoTime() - linkStart) / 1e9);
            o.flush();
        }
        AttributionTagger tagger;
        if (base != null) {
            try (InputStream in = Files.newInputStream(base)) {
                tagger = AttributionTagger.read(in);
            } catch (IOException e) {
                err.println(base + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            o.printf(Locale.ROOT, "kept the tagger of %s: %d features%n", base, tagger.featureCount());
        } else {
            WordClusters clusters = WordClusters.NONE;
            String clusterNote = "";
            if (!noClusters) {
                long clusterStart = System.nanoTime();
                java.util.Set<String> texts = new java.util.LinkedHashSet<>();
                for (BratDocument d : docs) {
                    texts.add(d.text());
                }
                for (Path p : clusterTexts) {
                    try {
                        texts.add(Files.readString(p, StandardCharsets.UTF_8));
                    } catch (IOException | java.io.UncheckedIOException e) {
                        err.println(p + ": cannot read as UTF-8 text: " + e.getMessage());
                        return ExitCodes.FAILED;
                    }
                }
                clusters = WordClusters.learn(List.copyOf(texts), WordClusters.Options.defaults());
                clusterNote = String.format(Locale.ROOT, "learnt word classes of %d words from %d texts; %.1f s%n",
                        clusters.size(), texts.size(), (System.nanoTime() - clusterStart) / 1e9);
            }
            List<AttributionTagger.Example> examples = new ArrayList<>();
            RuleBasedExtractor rules = which.any() ? RuleBasedExtractor.withBuiltInRegistry() : null;
            for (BratDocument d : docs) {
                List<Attribution> found = rules == null ? null
                        : rules.extract(Article.builder().id(d.id()).body(d.text()).build());
                examples.addAll(AttributionTagger.examples(d.text(), BratCorpus.tagSpans(d), found, which,
                        partsOfSpeech));
            }
            SourceLinker withLinker = linker;
            List<BratDocument> scored = heldOutDocs;
            RuleBasedExtractor heldOutRules = scored.isEmpty() ? null : RuleBasedExtractor.withBuiltInRegistry();
            int lastStage = folds == 0 ? 1 : 2;
            AttributionTagger.EpochListener listener = (stage, epoch, made) -> {
                boolean save = stage == lastStage && saveEpochs.contains(epoch);
                if (scored.isEmpty() && !save) {
                    return;
                }
                AttributionTagger t = made.get();
                if (withLinker != null) {
                    t = t.withLinker(withLinker);
                }
                if (!scored.isEmpty()) {
                    heldOutRow(o, stage, epoch, t, heldOutRules, scored);
                }
                if (save) {
                    Path to = epochPath(out, epoch);
                    try (OutputStream os = Files.newOutputStream(to)) {
                        t.write(os);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    o.printf(Locale.ROOT, "wrote %s%n", to);
                }
                o.flush();
            };
            if (!scored.isEmpty()) {
                o.printf(Locale.ROOT, "held-out %s, %d documents, overlap F1: stage epoch source cue content"
                        + " attribution%n", heldOut, scored.size());
            }
            try {
                tagger = AttributionTagger.train(examples, options, clusters, which, partsOfSpeech, context,
                        listener);
            } catch (java.io.UncheckedIOException e) {
                err.println(e.getCause().getMessage());
                return ExitCodes.FAILED;
            }
            o.printf(Locale.ROOT, "trained the tagger on %d documents, %d sentences, %s, %s: %d features;"
                    + " %.1f s%n", docs.size(), examples.size(), tagger.isTwoStage()
                    && options.secondEpochs() != epochs ? epochs + " + " + options.secondEpochs() + " epochs"
                    : epochs + " epochs", tagger.isTwoStage() ? folds + " folds, two stages" : "one stage",
                    tagger.featureCount(), (System.nanoTime() - start) / 1e9);
            o.print(clusterNote);
        }
        if (linker != null) {
            tagger = tagger.withLinker(linker);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            tagger.write(os);
        }
        o.printf(Locale.ROOT, "%.1f s in all; wrote %s (%d bytes)%n", (System.nanoTime() - start) / 1e9, out,
                Files.size(out));
        for (var d : diagnostics.list()) {
            err.println("  " + d);
        }
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * {@code docs} (one annotation per document) with, after each document that several annotators annotated,
     * the other annotators' annotations of it ({@code multi} as {@link BratCorpus#readAnnotators} gives them).
     */
    static List<BratDocument> withOtherAnnotators(List<BratDocument> docs, List<List<BratDocument>> multi) {
        java.util.Map<String, List<BratDocument>> others = new java.util.HashMap<>();
        for (List<BratDocument> all : multi) {
            others.put(all.get(0).id(), all.subList(1, all.size()));
        }
        List<BratDocument> out = new ArrayList<>();
        for (BratDocument d : docs) {
            out.add(d);
            out.addAll(others.getOrDefault(d.id(), List.of()));
        }
        return out;
    }

    /** {@code model} with {@code .eN} before its extension (or at its end when it has none). */
    static Path epochPath(Path model, int epoch) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String tagged = dot > 0 ? name.substring(0, dot) + ".e" + epoch + name.substring(dot)
                : name + ".e" + epoch;
        return model.resolveSibling(tagged);
    }

    /** One line of held-out overlap F1 for the tagger after {@code epoch} passes of {@code stage}. */
    private static void heldOutRow(PrintWriter o, int stage, int epoch, AttributionTagger tagger,
                                   RuleBasedExtractor rules, List<BratDocument> docs) {
        long t0 = System.nanoTime();
        TaggingExtractor extractor = new TaggingExtractor(tagger, rules);
        AttributionScorer scorer = new AttributionScorer();
        for (BratDocument d : docs) {
            scorer.add(d, extractor.extract(Article.builder().id(d.id()).body(d.text()).build()));
        }
        o.printf(Locale.ROOT, "held-out %d %2d %.3f %.3f %.3f %.3f (%.1f s)%n", stage, epoch,
                scorer.overlap(Role.SOURCE).f1(), scorer.overlap(Role.CUE).f1(), scorer.overlap(Role.CONTENT).f1(),
                scorer.relations().f1(), (System.nanoTime() - t0) / 1e9);
    }
}
