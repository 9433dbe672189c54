package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.WireInference;
import org.corroborate.ingest.extract.eval.AttributionScorer;
import org.corroborate.ingest.extract.eval.BratCorpus;
import org.corroborate.ingest.extract.eval.BratDocument;
import org.corroborate.ingest.extract.eval.BratDocument.Role;
import org.corroborate.ingest.extract.eval.PrecisionRecall;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval attribution DIR}: attribution extraction against a PolNeAR-style brat folder, plus wire
 * credit against the corpus's {@code metadata.tsv}.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Score attribution extraction on a brat folder (text/*.txt, attributions/*.ann; PolNeAR"
                + " layout): precision, recall and F1 of source, cue and content spans (exact and token overlap)"
                + " and of whole attributions; and wire-credit accuracy when a metadata.tsv is found.")
public final class EvalAttributionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with text/ and attributions/ (e.g. polnear/dev).")
    Path dir;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Use a tagger trained by 'corroborate train attribution' instead of the rules.")
    Path model;

    @Option(names = "--vote-model", paramLabel = "MODEL", description = "A further tagger whose tags vote, token by"
            + " token, with those of --model (repeatable; --model's tags break ties and its linker links sources).")
    List<Path> voteModels = List.of();

    @Option(names = "--sources", paramLabel = "FILE", description = "A source registry adding to the built-in one.")
    Path sources;

    @Option(names = "--metadata", paramLabel = "TSV",
            description = "PolNeAR metadata.tsv for wire credit (default: DIR/../metadata.tsv when present).")
    Path metadata;

    @Option(names = "--agreement", description = "Also score, on the articles that several annotators annotated,"
            + " the annotators against each other (every ordered pair) and the extractor against each annotator:"
            + " what the corpus's own annotators agree on, as a ceiling to read the extractor's figures against.")
    boolean agreement;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write every missed and spurious span (by overlap) as TSV for error analysis.")
    Path misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        List<BratDocument> docs;
        try {
            docs = BratCorpus.read(dir, diagnostics);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        AttributionExtractor extractor = Extractors.create(spec.commandLine(), sources, model, voteModels);
        AttributionScorer scorer = new AttributionScorer();
        Map<String, String> predictedWire = new HashMap<>();
        long chars = 0;
        long start = System.nanoTime();
        for (BratDocument d : docs) {
            Article a = Article.builder().id(d.id()).body(d.text()).build();
            List<Attribution> found = extractor.extract(a);
            scorer.add(d, found);
            chars += d.text().length();
            predictedWire.put(d.id(), WireInference.apply(WireInference.fromText(a), found).wire());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "documents: %d (one annotator each: the id that sorts first); extractor: %s%n",
                docs.size(), model == null ? "rules" : "model " + model.getFileName()
                        + (voteModels.isEmpty() ? "" : " with " + voteModels.size() + " voting"));
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s %13s %13s%n", "", "P", "R", "F1", "pred hit/all", "gold hit/all");
        for (Role r : Role.values()) {
            row(out, r.name().toLowerCase(Locale.ROOT) + " exact", scorer.exact(r));
            row(out, r.name().toLowerCase(Locale.ROOT) + " overlap", scorer.overlap(r));
        }
        row(out, "attribution overlap", scorer.relations());
        out.printf(Locale.ROOT, "time: %.2f s for %d chars%n", seconds, chars);
        if (agreement) {
            agreement(out, extractor);
        }
        Path meta = metadata != null ? metadata : dir.toAbsolutePath().getParent().resolve("metadata.tsv");
        if (Files.isRegularFile(meta)) {
            wire(out, meta, predictedWire);
        } else if (metadata != null) {
            err.println("--metadata " + metadata + ": no such file");
            return ExitCodes.FAILED;
        }
        if (misses != null) {
            List<String> lines = new ArrayList<>();
            lines.add("document\trole\tkind\tstart\tend\ttext");
            for (AttributionScorer.Miss m : scorer.misses()) {
                lines.add(m.documentId() + "\t" + m.role() + "\t" + (m.spurious() ? "spurious" : "missed") + "\t"
                        + m.start() + "\t" + m.end() + "\t" + m.text().replaceAll("\\s+", " "));
            }
            Files.write(misses, lines, StandardCharsets.UTF_8);
        }
        for (var d : diagnostics.list()) {
            err.println("  " + d);
        }
        out.flush();
        return docs.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * On the articles with several annotators: every annotator scored against every other, and the extractor
     * against each of them (its attributions found once per article), so both are averaged over the same pairs'
     * gold sides.
     */
    private void agreement(PrintWriter out, AttributionExtractor extractor) throws IOException {
        List<List<BratDocument>> multi = BratCorpus.readAnnotators(dir, new Diagnostics());
        AttributionScorer humans = new AttributionScorer();
        AttributionScorer found = new AttributionScorer();
        int annotations = 0;
        for (List<BratDocument> all : multi) {
            BratDocument any = all.get(0);
            List<Attribution> predicted = extractor.extract(Article.builder().id(any.id()).body(any.text()).build());
            annotations += all.size();
            for (BratDocument gold : all) {
                found.add(gold, predicted);
                for (BratDocument other : all) {
                    if (other != gold) {
                        humans.add(gold, other);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "agreement: %d articles with several annotators (%d annotations); overlap F1 with"
                + " each annotation as gold in turn%n", multi.size(), annotations);
        if (multi.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%-22s %17s %17s %17s %17s%n", "", "source", "cue", "content", "attribution");
        for (AttributionScorer sc : List.of(humans, found)) {
            out.printf(Locale.ROOT, "%-22s %17s %17s %17s %17s%n",
                    sc == humans ? "another annotator" : "extractor",
                    f1s(sc.overlap(Role.SOURCE)), f1s(sc.overlap(Role.CUE)), f1s(sc.overlap(Role.CONTENT)),
                    f1s(sc.relations()));
        }
    }

    /** F1 with precision and recall: {@code 0.812 (.821/.803)}. */
    private static String f1s(PrecisionRecall pr) {
        return String.format(Locale.ROOT, "%.3f (%s/%s)", pr.f1(), three(pr.precision()), three(pr.recall()));
    }

    private static String three(double x) {
        String s = String.format(Locale.ROOT, "%.3f", x);
        return s.startsWith("0") ? s.substring(1) : s;
    }

    private static void row(PrintWriter out, String name, PrecisionRecall pr) {
        out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %13s %13s%n", name, pr.precision(), pr.recall(), pr.f1(),
                pr.predictedHits() + "/" + pr.predicted(), pr.goldHits() + "/" + pr.gold());
    }

    /** Wire credit: gold {@code wire} column (None = no wire; NA and empty rows skipped) against the inference. */
    private static void wire(PrintWriter out, Path meta, Map<String, String> predicted) throws IOException {
        List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fileCol = header.indexOf("filename");
        int wireCol = header.indexOf("wire");
        if (fileCol < 0 || wireCol < 0) {
            out.println("wire: " + meta + " has no filename and wire columns; skipped");
            return;
        }
        int n = 0;
        int right = 0;
        int goldWire = 0;
        int predWire = 0;
        int bothWire = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c.length <= Math.max(fileCol, wireCol) || !predicted.containsKey(c[fileCol])) {
                continue;
            }
            String gold = c[wireCol].trim();
            if (gold.isEmpty() || gold.equals("NA")) {
                continue;
            }
            String g = gold.equals("None") ? "" : gold.toLowerCase(Locale.ROOT);
            String p = predicted.get(c[fileCol]).toLowerCase(Locale.ROOT);
            n++;
            if (g.equals(p)) {
                right++;
            } else if (wrong.size() < 10) {
                wrong.add(c[fileCol] + ": gold '" + gold + "', found '" + p + "'");
            }
            goldWire += g.isEmpty() ? 0 : 1;
            predWire += p.isEmpty() ? 0 : 1;
            bothWire += !g.isEmpty() && g.equals(p) ? 1 : 0;
        }
        out.printf(Locale.ROOT, "wire: accuracy %.3f (%d/%d articles with a wire value; None = no wire, NA"
                + " skipped); wire articles: found %d/%d, credited %d, of which right %d%n",
                n == 0 ? 0.0 : (double) right / n, right, n, bothWire, goldWire, predWire, bothWire);
        for (String w : wrong) {
            out.println("  wire miss: " + w);
        }
    }
}
