package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.ingest.extract.SourceRegistry;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.cluster.ClaimMatcher;
import org.corroborate.scoring.cluster.Polarity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval claims FILE}: how well claim matching groups the Emergent headlines (Ferreira and Vlachos
 * 2016) by the claim they report, against Emergent's claim ids.
 *
 * <p>Each headline becomes an article with one attribution whose content is the headline (countries named in it
 * found with the built-in source registry, as the extractor does); all headlines of the split are matched at once
 * by the {@link ClaimMatcher} that news runs use. Figures: pairwise precision, recall and F1 over pairs of
 * headlines (a pair is positive when both have the same claim id), and B-cubed precision, recall and F1; and how
 * many asserted headlines were taken for the negation of their claim's statement, and how many {@code against}
 * headlines for denials of a negatively stated claim's opposite ({@link #polarity}). The split
 * is by claim: claims sorted by id, every fifth one (index 4, 9, ...) is {@code dev}, the rest {@code train}.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Pairwise and B-cubed F1 of claim matching against Emergent's claim ids.")
final class EvalClaimsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Emergent CSV, e.g. ../shared/data/emergent/edata-train.csv")
    Path file;

    @Option(names = "--split", paramLabel = "SPLIT", description = "train, dev or all (default ${DEFAULT-VALUE}).")
    String split = "all";

    @Option(names = "--threshold", paramLabel = "T", description = "Matching threshold (default: the scoring"
            + " default).")
    Double threshold;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!List.of("all", "train", "dev").contains(split)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--split must be train, dev or all, got '"
                    + split + "'");
        }
        List<EvalEmergentCommand.Row> rows = EvalEmergentCommand.read(file);
        List<String> claimIds = new ArrayList<>(new TreeSet<>(rows.stream().map(EvalEmergentCommand.Row::claimId)
                .toList()));
        Map<String, Boolean> isDev = new HashMap<>();
        for (int i = 0; i < claimIds.size(); i++) {
            isDev.put(claimIds.get(i), i % 5 == 4);
        }
        SourceRegistry registry = SourceRegistry.builtIn();
        List<AnnotatedArticle> articles = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> goldStance = new HashMap<>();
        int k = 0;
        for (EvalEmergentCommand.Row r : rows) {
            boolean dev = isDev.get(r.claimId());
            if (split.equals("dev") && !dev || split.equals("train") && dev || r.headline().isBlank()) {
                continue;
            }
            String id = String.format(Locale.ROOT, "h%05d", k++);
            String body = r.headline();
            Article article = Article.builder().id(id).outlet(r.outlet()).title(body).body(body).build();
            Source outlet = Source.adHoc(r.outlet(), SourceKind.NEWS_OUTLET, "");
            Stance stance = r.stance().equals("against") ? Stance.DENIES : Stance.ASSERTS;
            Span all = Span.of(0, body.length());
            Attribution a = new Attribution(id + "#1", id, new SourceMention(Span.NONE, r.outlet(), outlet),
                    new Cue(Span.NONE, "", "headline", CueKind.OTHER), all, body, all, stance, List.of(), List.of(),
                    QuoteType.INDIRECT, ContentKind.FACTUAL, List.copyOf(registry.countriesIn(body)));
            articles.add(new AnnotatedArticle(article, List.of(a)));
            gold.put(a.id(), r.claimId());
            goldStance.put(a.id(), r.stance());
        }
        double t = threshold != null ? threshold : ScoringConfig.DEFAULTS.matchThreshold();
        long t0 = System.nanoTime();
        List<Claim> claims = new ClaimMatcher(t).match(articles);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Integer> predicted = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            for (Attribution a : claims.get(c).attributions()) {
                predicted.put(a.id(), c);
            }
        }
        List<String> ids = new ArrayList<>(gold.keySet());
        ids.sort(null);
        Scores s = scores(ids, gold, predicted);
        out.printf(Locale.ROOT, "Emergent %s: %d headlines, %d claims; matcher threshold %.2f gave %d clusters in %d ms"
                + "%n", split, ids.size(), new TreeSet<>(gold.values()).size(), t, claims.size(), ms);
        out.printf(Locale.ROOT, "pairwise  precision %.3f  recall %.3f  F1 %.3f%n", s.pairP, s.pairR, f1(s.pairP,
                s.pairR));
        out.printf(Locale.ROOT, "B-cubed   precision %.3f  recall %.3f  F1 %.3f%n", s.bP, s.bR, f1(s.bP, s.bR));
        int[] p = polarity(claims, gold, goldStance);
        out.printf(Locale.ROOT, "polarity  %d of %d asserted headlines taken as the negation of their claim's"
                + " statement; %d of them wrongly (Emergent has both for or observing the same claim)%n", p[0], p[1],
                p[2]);
        out.printf(Locale.ROOT, "denials   %d of %d against headlines taken as denying the opposite of a negatively"
                + " stated claim (so counted for it); %d of them wrongly (Emergent has the statement for or observing"
                + " and the denial against the same claim); besides, %d taken as denying the negation of a plainly"
                + " stated claim (so counted for it), %d of them wrongly%n", p[3], p[4], p[5], p[6], p[7]);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * How polarity was used: {negations, asserted headlines, negations that contradict Emergent, denied negations of
     * negatively stated claims, denials, those of them that contradict Emergent, denied negations of plainly stated
     * claims, those of them that contradict Emergent}. A headline taken as the negation of its claim's statement (a
     * rival version: {@link Claim#negations()}) contradicts Emergent when the statement's headline is of the same
     * Emergent claim and neither headline is {@code against} it: both then report the claim the same way, so one
     * cannot be the other's negation. A denial among a claim's negations (it denies the claim's opposite, so counts
     * for it) is counted by the polarity of the claim's statement ({@link Polarity#negated}): a negatively stated
     * claim's, as the {@code denials} line says, or a plainly stated one's ({@code denied that they had not been
     * paid}), apart; it contradicts Emergent when the statement's headline is of the same Emergent claim, not
     * {@code against} it, and the denial's headline is.
     */
    static int[] polarity(List<Claim> claims, Map<String, String> gold, Map<String, String> goldStance) {
        int negations = 0;
        int asserted = 0;
        int wrong = 0;
        int deniedNegations = 0;
        int denials = 0;
        int wrongDenials = 0;
        int plainDeniedNegations = 0;
        int plainWrongDenials = 0;
        for (Claim c : claims) {
            boolean statedNegated = Polarity.negated(c.statement());
            Attribution statement = null;
            Map<String, Stance> stances = new HashMap<>();
            for (Attribution a : c.attributions()) {
                asserted += a.stance().supports() ? 1 : 0;
                denials += a.stance() == Stance.DENIES ? 1 : 0;
                stances.put(a.id(), a.stance());
                if (statement == null && a.contentText().equals(c.statement())) {
                    statement = a;
                }
            }
            for (String n : c.negations()) {
                boolean sameClaim = statement != null && gold.get(n).equals(gold.get(statement.id()))
                        && !goldStance.get(statement.id()).equals("against");
                if (stances.get(n) == Stance.DENIES) {
                    // a denial counted for the claim: wrong when Emergent has it against the claim the statement
                    // reports for (or observing)
                    boolean wrongDenial = sameClaim && goldStance.get(n).equals("against");
                    if (statedNegated) {
                        deniedNegations++;
                        wrongDenials += wrongDenial ? 1 : 0;
                    } else {
                        plainDeniedNegations++;
                        plainWrongDenials += wrongDenial ? 1 : 0;
                    }
                    continue;
                }
                negations++;
                if (sameClaim && !goldStance.get(n).equals("against")) {
                    wrong++;
                }
            }
        }
        return new int[] {negations, asserted, wrong, deniedNegations, denials, wrongDenials, plainDeniedNegations,
                plainWrongDenials};
    }

    /** Pairwise and B-cubed precision and recall of {@code predicted} clusters against {@code gold} labels. */
    static Scores scores(List<String> ids, Map<String, String> gold, Map<String, Integer> predicted) {
        Map<String, Long> goldSize = new HashMap<>();
        Map<Integer, Long> predSize = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int p = predicted.getOrDefault(id, -1 - i); // an item left out of every cluster is alone
            goldSize.merge(gold.get(id), 1L, Long::sum);
            predSize.merge(p, 1L, Long::sum);
            both.merge(gold.get(id) + "\u0000" + p, 1L, Long::sum);
        }
        long tp = 0;
        long predPairs = 0;
        long goldPairs = 0;
        for (long n : both.values()) {
            tp += n * (n - 1) / 2;
        }
        for (long n : predSize.values()) {
            predPairs += n * (n - 1) / 2;
        }
        for (long n : goldSize.values()) {
            goldPairs += n * (n - 1) / 2;
        }
        // B-cubed: per item, |own predicted cluster ∩ own gold cluster| / |predicted| (precision), / |gold| (recall)
        double bp = 0;
        double br = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int p = predicted.getOrDefault(id, -1 - i);
            long inter = both.get(gold.get(id) + "\u0000" + p);
            bp += (double) inter / predSize.get(p);
            br += (double) inter / goldSize.get(gold.get(id));
        }
        Scores s = new Scores();
        s.pairP = predPairs == 0 ? 1 : (double) tp / predPairs;
        s.pairR = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        s.bP = ids.isEmpty() ? 1 : bp / ids.size();
        s.bR = ids.isEmpty() ? 1 : br / ids.size();
        return s;
    }

    static final class Scores {
        double pairP;
        double pairR;
        double bP;
        double bR;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
