package org.corroborate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Texts;
import org.corroborate.core.Verdict;
import org.corroborate.store.ClaimSnapshot;
import org.corroborate.store.EvidenceRow;
import org.corroborate.store.ReviewState;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.store.VerdictFiles;
import org.corroborate.store.VerdictTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code corroborate review}: the review loop. Lists the unconfirmed claims with their evidence and records
 * reviewers' verdicts, at a prompt or in bulk from CSV or JSON. Verdicts are revisable; the history is kept; they
 * feed the sources' and outlets' track records at the next scoring. A claim resolved by a party's own confirmation
 * ({@link ReviewState#partyResolutions}) leaves the queue like a decided one, and the listing says so.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"List the unconfirmed claims with their evidence and record verdicts (confirmed, refuted,"
                + " unresolvable): at a prompt (the default), or in bulk with --import FILE.csv|FILE.json"
                + " (columns/keys claim_id, verdict, reviewer, note, decided_at). A new verdict on a claim"
                + " supersedes the earlier one; the history is kept (--history CLAIM). Verdicts feed the track"
                + " records of sources and outlets at the next 'run --store' or 'report'. A claim that a party to it"
                + " confirmed itself is resolved without a reviewer: it leaves the queue, --list shows it after the"
                + " queue with the confirmation, and --all brings it back so a verdict can overrule it."})
final class ReviewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who decides (asked at the prompt if not"
            + " given; for --import, used for rows that name none).")
    String reviewer;

    @Option(names = "--list", description = "Only list the claims waiting for review, with their evidence.")
    boolean list;

    @Option(names = "--all", description = "Include claims that already have a verdict (to revise it) or that a"
            + " party's own confirmation resolved (to overrule it).")
    boolean all;

    @Option(names = "--import", paramLabel = "FILE", description = "Record the verdicts in this CSV or JSON file.")
    Path importFile;

    @Option(names = "--history", paramLabel = "CLAIM", description = "Print every verdict recorded on a claim.")
    String history;

    @Option(names = "--export-table", paramLabel = "FILE", description = "Write the confirmed and refuted claims"
            + " (reviewers' verdicts in force, and claims a party confirmed itself) as a table of judged statements"
            + " for 'train claim-prior' (tab-separated: source, statement, verdict, outlet), then stop.")
    Path exportTable;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Decision time of verdicts that give none"
            + " (ISO-8601 with offset). Default: now.")
    String asOf;

    /** Standard input, replaceable in tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OffsetDateTime now = OffsetDateTime.parse(ReportCommand.generatedAt(spec, asOf));
        try (Store s = Store.openExisting(store.spec())) {
            if (history != null) {
                return history(s, out, err);
            }
            if (importFile != null) {
                return importVerdicts(s, now, out, err);
            }
            ReviewState review = s.reviewState();
            if (exportTable != null) {
                return exportTable(review, out, err);
            }
            List<ClaimSnapshot> queue = queue(review);
            if (list) {
                if (queue.isEmpty()) {
                    out.println("No unconfirmed claim waits for review in " + s.location() + ".");
                }
                Map<String, Verdict> resolved = review.resolutions();
                for (int i = 0; i < queue.size(); i++) {
                    print(out, queue.get(i), i + 1, queue.size(),
                            Optional.ofNullable(resolved.get(queue.get(i).claimId())));
                }
                printPartyResolved(out, review, queue);
                out.flush();
                return ExitCodes.OK;
            }
            return interactive(s, review, queue, now, out);
        } catch (StoreException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("corroborate: cannot read " + (importFile != null ? importFile : "standard input") + ": "
                    + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Writes {@link VerdictTable#rows} of {@code review} to {@link #exportTable}. */
    private int exportTable(ReviewState review, PrintWriter out, PrintWriter err) {
        List<VerdictTable.Row> rows = VerdictTable.rows(review);
        try (java.io.Writer w = Files.newBufferedWriter(exportTable, StandardCharsets.UTF_8)) {
            VerdictTable.write(rows, w);
        } catch (IOException e) {
            err.println("corroborate: cannot write " + exportTable + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        long confirmed = rows.stream().filter(VerdictTable.Row::confirmed).count();
        out.println("Wrote " + rows.size() + (rows.size() == 1 ? " judged statement (" : " judged statements (") + confirmed + " confirmed, "
                + (rows.size() - confirmed) + " refuted) to " + exportTable
                + "; train a claim prior model on them with 'corroborate train claim-prior " + exportTable
                + " --out MODEL'.");
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The claims waiting for review: the current claims not corroborated, without a reviewer's verdict in force and
     * not resolved by a party's own confirmation; with {@code --all}, also those decided or resolved (to revise or
     * overrule them), a party-resolved claim whatever its status.
     */
    private List<ClaimSnapshot> queue(ReviewState review) {
        Map<String, Verdict> resolved = review.resolutions();
        Map<String, Verdict> byParty = review.partyResolutions();
        List<ClaimSnapshot> out = new ArrayList<>();
        for (ClaimSnapshot c : review.currentClaims()) {
            boolean open = c.status() != ClaimStatus.CORROBORATED;
            if (all ? open || byParty.containsKey(c.claimId()) : open && !resolved.containsKey(c.claimId())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * After the queue: the claims that a party's own confirmation resolved and that are not in it, so a reviewer
     * sees why they left (or never entered) the queue, and how to overrule one.
     */
    private static void printPartyResolved(PrintWriter out, ReviewState review, List<ClaimSnapshot> queue) {
        Map<String, Verdict> byParty = review.partyResolutions();
        List<ClaimSnapshot> left = new ArrayList<>();
        for (ClaimSnapshot c : review.currentClaims()) {
            if (byParty.containsKey(c.claimId()) && queue.stream().noneMatch(q -> q.claimId().equals(c.claimId()))) {
                left.add(c);
            }
        }
        if (left.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nResolved by a party's own confirmation, so not waiting for review (%d; a reviewer's"
                + " verdict overrules it: 'review --all'):%n", left.size());
        for (ClaimSnapshot c : left) {
            out.printf(Locale.ROOT, "  %s %s%n    %s%n", c.claimId(), Texts.abbreviate(c.statement(), 160),
                    resolution(byParty.get(c.claimId())));
        }
    }

    /** How a claim was resolved, in words: a reviewer's verdict or a party's own confirmation. */
    private static String resolution(Verdict x) {
        if (x.reviewer().startsWith(Store.PARTY_REVIEWER)) {
            return "resolved by a party's own confirmation: " + x.note() + ", in the run of " + x.decidedAt()
                    + "; counted as " + x.outcome().label() + " in track records until a reviewer decides";
        }
        return "current verdict: " + x.outcome().label() + " by " + x.reviewer() + " on " + x.decidedAt()
                + (x.note().isEmpty() ? "" : " (" + x.note() + ")");
    }

    private static void print(PrintWriter out, ClaimSnapshot c, int n, int of, Optional<Verdict> v) {
        out.printf(Locale.ROOT, "%n[%d/%d] %s%n  id %s \u00B7 %s \u00B7 probability %.2f (%.2f\u2013%.2f) \u00B7 grade"
                        + " %s \u00B7 %d independent origin%s \u00B7 first seen %s%n", n, of, c.statement(), c.claimId(),
                c.status().label(), c.probability(), c.lower(), c.upper(), c.grade(), c.origins(),
                c.origins() == 1 ? "" : "s", c.firstSeen().isEmpty() ? "undated" : c.firstSeen());
        if (c.valuesDisputed()) {
            out.printf(Locale.ROOT, "  values disputed: %s (the figure is not corroborated)%n",
                    c.values().isEmpty() ? "rival figures disagree" : String.join(" / ", c.values()));
        }
        for (EvidenceRow e : c.evidence()) {
            String mark = e.role() == EvidenceRole.SUPPORTS ? "+" : e.role() == EvidenceRole.OPPOSES ? "-" : "o";
            out.printf(Locale.ROOT, "  %s %s (%s%s): \u201C%s\u201D%s%n", mark, e.sourceName(), e.outlet(),
                    e.published().isEmpty() ? "" : ", " + e.published(), Texts.abbreviate(e.contentText(), 200),
                    notes(e));
        }
        v.ifPresent(x -> out.printf("  %s%s%n", resolution(x), x.claimId().equals(c.claimId()) ? ""
                : "; given on claim " + x.claimId() + ", which shares its evidence"));
    }

    /**
     * What the marks of a piece of evidence do not say: that it states the claim negated (its rival version, which
     * is why an assertion counts against the claim, or a denial for it), and that a later position of its origin
     * superseded it.
     */
    private static String notes(EvidenceRow e) {
        List<String> notes = new ArrayList<>();
        if (e.negation()) {
            notes.add(e.role() == EvidenceRole.SUPPORTS ? "denies the claim's opposite, so it counts for it"
                    : e.role() == EvidenceRole.OPPOSES ? "states the claim negated, so it counts against it"
                    : "states the claim negated");
        }
        if (e.superseded()) {
            notes.add("superseded by its origin's later position");
        }
        return notes.isEmpty() ? "" : " [" + String.join("; ", notes) + "]";
    }

    private int interactive(Store s, ReviewState review, List<ClaimSnapshot> queue, OffsetDateTime now,
                            PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        if (queue.isEmpty()) {
            out.println("No unconfirmed claim waits for review in " + s.location() + ".");
            out.flush();
            return ExitCodes.OK;
        }
        String who = reviewer;
        while (who == null || who.isBlank()) {
            out.print("Reviewer name: ");
            out.flush();
            who = in.readLine();
            if (who == null) {
                return ExitCodes.OK;
            }
        }
        int recorded = 0;
        Map<String, Verdict> inForce = review.resolutions();
        loop:
        for (int i = 0; i < queue.size(); i++) {
            ClaimSnapshot c = queue.get(i);
            print(out, c, i + 1, queue.size(), Optional.ofNullable(inForce.get(c.claimId())));
            while (true) {
                out.print("Verdict? [c]onfirmed [r]efuted [u]nresolvable [s]kip [q]uit: ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("q") || line.strip().equalsIgnoreCase("quit")) {
                    break loop;
                }
                if (line.strip().equalsIgnoreCase("s") || line.strip().equalsIgnoreCase("skip")
                        || line.isBlank()) {
                    continue loop;
                }
                Optional<Verdict.Outcome> o = Verdict.Outcome.parse(line);
                if (o.isEmpty()) {
                    out.println("  '" + line.strip() + "' is none of c, r, u, s, q.");
                    continue;
                }
                out.print("Note (optional): ");
                out.flush();
                String note = in.readLine();
                s.recordVerdict(new Verdict(c.claimId(), o.get(), who.strip(), note == null ? "" : note.strip(),
                        now));
                recorded++;
                out.println("  recorded: " + o.get().label());
                continue loop;
            }
        }
        out.printf("%nRecorded %d verdict%s.%n", recorded, recorded == 1 ? "" : "s");
        out.flush();
        return ExitCodes.OK;
    }

    private int importVerdicts(Store s, OffsetDateTime now, PrintWriter out, PrintWriter err) throws IOException {
        String name = importFile.getFileName().toString().toLowerCase(Locale.ROOT);
        VerdictFiles.Result r;
        try (Reader rd = Files.newBufferedReader(importFile, StandardCharsets.UTF_8)) {
            r = VerdictFiles.read(rd, importFile.toString(), name.endsWith(".json"),
                    reviewer == null ? "" : reviewer, now);
        }
        List<Diagnostic> problems = new ArrayList<>(r.diagnostics());
        int recorded = 0;
        for (int i = 0; i < r.verdicts().size(); i++) {
            Verdict v = r.verdicts().get(i);
            if (s.latestClaim(v.claimId()).isEmpty()) {
                problems.add(Diagnostic.error(r.locations().get(i), "invalid-value", "no stored claim has the id '" + v.claimId() + "'; see 'corroborate review"
                                + " --list'", v.claimId()));
                continue;
            }
            s.recordVerdict(v);
            recorded++;
        }
        for (Diagnostic d : problems) {
            err.println(d);
        }
        err.flush();
        out.printf("Recorded %d verdict%s from %s%s%n", recorded, recorded == 1 ? "" : "s", importFile,
                problems.isEmpty() ? "" : "; " + problems.size() + " row" + (problems.size() == 1 ? "" : "s")
                        + " rejected (see above)");
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private int history(Store s, PrintWriter out, PrintWriter err) {
        List<Verdict> h = s.history(history);
        if (h.isEmpty()) {
            err.println("corroborate: no verdict recorded on claim '" + history + "'");
            return ExitCodes.FAILED;
        }
        for (int i = 0; i < h.size(); i++) {
            Verdict v = h.get(i);
            out.printf("%s %s by %s%s%s%n", v.decidedAt(), v.outcome().label(), v.reviewer(),
                    v.note().isEmpty() ? "" : ": " + v.note(), i == h.size() - 1 ? "  (in force)" : "");
        }
        out.flush();
        return ExitCodes.OK;
    }

}
