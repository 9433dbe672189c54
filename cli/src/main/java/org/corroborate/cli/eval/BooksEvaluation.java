package org.corroborate.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.TableLines;
import org.corroborate.scoring.truth.Accu;
import org.corroborate.scoring.truth.Dataset;
import org.corroborate.scoring.truth.MajorityVote;
import org.corroborate.scoring.truth.Observation;
import org.corroborate.scoring.truth.ObservationReader;
import org.corroborate.scoring.truth.Result;
import org.corroborate.scoring.truth.TruthDiscovery;
import org.corroborate.scoring.truth.TruthFinder;

/**
 * The Books benchmark (Yin, Han and Yu 2007): author lists of computer-science books given by online book stores,
 * with a gold standard of 100 books. Values are reduced by {@link AuthorNames} before fusion (so that
 * "Knuth, Donald E." and "Donald Ervin Knuth" are one value) and matched to the gold by the same rule.
 *
 * <p>Reads {@code books_yin_original/book.txt} (tab-separated source, ISBN, title, authors, no header) with
 * {@code books_yin_original/book_golden.txt}, and {@code dafna_books/claims/*.txt} (DAFNA claims) with
 * {@code dafna_books/truth/book_golden.txt}, whichever are present under the given folder.
 */
public final class BooksEvaluation {

    /** One method's figures on one dataset. */
    public record MethodScore(String method, int correct, int gold, double namePrecision, double nameRecall,
            int iterations, boolean converged, double seconds) {
        public double accuracy() {
            return gold == 0 ? 0 : (double) correct / gold;
        }
    }

    /** Figures for one dataset. */
    public record DatasetScore(String name, int rawObservations, int keptObservations, int sources, int objects,
            int goldBooks, int goldCovered, List<MethodScore> methods) {
        public DatasetScore {
            methods = List.copyOf(methods);
        }
    }

    /** The methods compared, in report order; every one gets the same normalised values. */
    public static Map<String, TruthDiscovery> methods() {
        Map<String, TruthDiscovery> m = new LinkedHashMap<>();
        m.put("majority", new MajorityVote());
        m.put("truthfinder (no implication)", new TruthFinder());
        m.put("truthfinder", new TruthFinder(TruthFinder.Config.DEFAULT.withImplication(AuthorNames.IMPLICATION)));
        m.put("accu-nocopy (no similarity)", new Accu(Accu.Config.DEFAULT.withCopyDetection(false)));
        m.put("accu (copy detection, no similarity)", new Accu());
        m.put("accu-nocopy (AccuSim)", new Accu(Accu.Config.DEFAULT.withCopyDetection(false)
                .withImplication(AuthorNames.IMPLICATION)));
        m.put("accu (AccuSim + copy detection)", new Accu(Accu.Config.DEFAULT.withImplication(
                AuthorNames.IMPLICATION)));
        return m;
    }

    private BooksEvaluation() {
    }

    /** Evaluates every dataset found under {@code dir}; problems reading go to {@code diagnostics}. */
    public static List<DatasetScore> run(Path dir, Diagnostics diagnostics) {
        List<DatasetScore> out = new ArrayList<>();
        Path yin = dir.resolve("books_yin_original");
        if (Files.isRegularFile(yin.resolve("book.txt"))) {
            List<Observation> obs = readYin(yin.resolve("book.txt"), diagnostics);
            Map<String, List<String>> gold = readGold(yin.resolve("book_golden.txt"), diagnostics);
            out.add(evaluate("books_yin_original (TSV)", obs, gold));
        }
        Path dafna = dir.resolve("dafna_books");
        if (Files.isDirectory(dafna.resolve("claims"))) {
            List<Observation> obs = new ArrayList<>();
            try (var files = Files.list(dafna.resolve("claims"))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    ObservationReader.read(f, diagnostics, obs::add);
                }
            } catch (IOException e) {
                diagnostics.error(Location.ofFile(dafna.toString()), "unreadable", e.getMessage(), "");
            }
            Map<String, List<String>> gold = readGold(dafna.resolve("truth").resolve("book_golden.txt"), diagnostics);
            out.add(evaluate("dafna_books (DAFNA)", obs, gold));
        }
        if (out.isEmpty()) {
            diagnostics.error(Location.ofFile(dir.toString()), "unreadable", "expected books_yin_original/book.txt"
                    + " or dafna_books/claims/ under the folder", "");
        }
        return out;
    }

    /** Runs every method of {@link #methods()} on {@code observations}, scored against {@code gold}. */
    public static DatasetScore evaluate(String name, List<Observation> observations, Map<String, List<String>> gold) {
        Dataset.Builder b = Dataset.builder();
        int kept = 0;
        for (Observation o : observations) {
            String key = AuthorNames.key(o.value());
            if (!key.isEmpty()) {
                b.add(o.source(), o.object(), "", key);
                kept++;
            }
        }
        Dataset data = b.build();
        int covered = 0;
        for (String isbn : gold.keySet()) {
            if (data.item(isbn, "").isPresent()) {
                covered++;
            }
        }
        List<MethodScore> scores = new ArrayList<>();
        for (Map.Entry<String, TruthDiscovery> m : methods().entrySet()) {
            long t0 = System.nanoTime();
            Result r = m.getValue().run(data);
            double seconds = (System.nanoTime() - t0) / 1e9;
            scores.add(score(m.getKey(), r, gold, seconds));
        }
        return new DatasetScore(name, observations.size(), kept, data.sourceCount(), data.itemCount(), gold.size(),
                covered, scores);
    }

    /**
     * Accuracy: the share of gold books whose chosen value matches the gold (a book nobody gave counts as wrong).
     * Name precision follows DAFNA-EA's precision for author lists (its VoterQualityMeasures, ListNames case): over
     * the gold books, the authors named by the chosen lists that are in the gold list, divided by all authors named
     * by the chosen lists; a chosen list that is right but incomplete costs nothing. Name recall divides the same
     * count by the gold authors. Names are compared by {@link AuthorNames}' surname rule, not DAFNA's own name
     * comparator, so the figures are comparable in definition but not identical in matching.
     */
    static MethodScore score(String method, Result r, Map<String, List<String>> gold, double seconds) {
        Dataset data = r.dataset();
        int correct = 0;
        long chosenNames = 0;
        long goldNames = 0;
        long common = 0;
        for (Map.Entry<String, List<String>> g : gold.entrySet()) {
            goldNames += g.getValue().size();
            OptionalInt item = data.item(g.getKey(), "");
            if (item.isEmpty()) {
                continue;
            }
            String chosen = data.text(r.chosenValue(item.getAsInt()));
            if (String.join("; ", g.getValue()).equals(chosen)) {
                correct++;
            }
            for (String name : chosen.split("; ")) {
                chosenNames++;
                if (g.getValue().contains(name)) {
                    common++;
                }
            }
        }
        double precision = chosenNames == 0 ? 0 : (double) common / chosenNames;
        double recall = goldNames == 0 ? 0 : (double) common / goldNames;
        return new MethodScore(method, correct, gold.size(), precision, recall, r.iterations(), r.converged(),
                seconds);
    }

    /** book.txt: source, ISBN, title, authors, tab-separated, no header; empty author lists are skipped. */
    static List<Observation> readYin(Path file, Diagnostics diagnostics) {
        List<Observation> out = new ArrayList<>();
        try (TableLines in = TableLines.open(file, diagnostics)) {
            String line;
            while ((line = in.nextRecord()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    diagnostics.error(in.where(), "invalid-record",
                            "expected 4 tab-separated fields (source, isbn, title, authors), got " + f.length, line);
                    continue;
                }
                if (f[0].isBlank() || f[1].isBlank() || f[3].isBlank()) {
                    continue;
                }
                out.add(new Observation(f[0].strip(), f[1].strip(), "", f[3].strip()));
            }
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(file.toString()), "unreadable", e.getMessage(), "");
        }
        return out;
    }

    /** book_golden.txt: ISBN TAB {@code last, first;  last2, first2;}, blank lines between. */
    static Map<String, List<String>> readGold(Path file, Diagnostics diagnostics) {
        Map<String, List<String>> gold = new LinkedHashMap<>();
        try (TableLines in = TableLines.open(file, diagnostics)) {
            String line;
            while ((line = in.nextRecord()) != null) {
                int tab = line.indexOf('\t');
                List<String> names = tab < 0 ? List.of() : AuthorNames.goldSurnames(line.substring(tab + 1));
                if (names.isEmpty()) {
                    diagnostics.error(in.where(), "invalid-record",
                            "expected ISBN<TAB>author list", line);
                    continue;
                }
                gold.put(line.substring(0, tab).strip(), names);
            }
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(file.toString()), "unreadable", e.getMessage(), "");
        }
        return gold;
    }

    /** The report as text lines. */
    public static List<String> format(List<DatasetScore> scores) {
        List<String> lines = new ArrayList<>();
        for (DatasetScore d : scores) {
            lines.add(String.format(java.util.Locale.ROOT, "%s: %d observations (%d with an author list), %d sources,"
                    + " %d books, gold %d (%d observed)", d.name(), d.rawObservations(), d.keptObservations(),
                    d.sources(), d.objects(), d.goldBooks(), d.goldCovered()));
            lines.add(String.format(java.util.Locale.ROOT, "  %-38s %9s %8s %9s %9s %10s %8s", "method",
                    "accuracy", "correct", "namePrec", "nameRec", "iterations", "seconds"));
            for (MethodScore m : d.methods()) {
                lines.add(String.format(java.util.Locale.ROOT, "  %-38s %9.3f %4d/%-3d %9.3f %9.3f %6d%-4s %8.3f",
                        m.method(), m.accuracy(), m.correct(), m.gold(), m.namePrecision(), m.nameRecall(),
                        m.iterations(), m.converged() ? "" : " (!)", m.seconds()));
            }
        }
        Objects.requireNonNull(lines);
        return lines;
    }
}
