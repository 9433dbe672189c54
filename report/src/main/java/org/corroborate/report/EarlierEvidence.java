package org.corroborate.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IsoWeek;

/**
 * A claim's evidence published before the weeks reported (the first week of {@code compare --from}, or the week of
 * {@code report --week}), condensed: how many pieces and articles, how many of the pieces were counted or oppose
 * the claim, the first and the last date, and the same for each outlet that carried them. Every number counts the
 * claim's pieces of evidence whose article was published in a week before {@code before}, so it can be checked
 * against the evidence list of {@code report.json} ({@code claims[].evidence[]} with {@code earlier_articles}).
 *
 * @param before   the first week reported: evidence of an earlier week is counted here
 * @param pieces   the pieces of evidence published before it
 * @param articles the articles holding them
 * @param counted  the pieces among them that counted (with a weight) for the claim's probability
 * @param opposing the pieces among them that oppose the claim
 * @param first    the earliest date of them (null when there are none)
 * @param last     the latest date of them (null when there are none)
 * @param byOutlet the same for each outlet, the outlets with the most pieces first (ties: by name)
 */
public record EarlierEvidence(IsoWeek before, int pieces, int articles, int counted, int opposing, LocalDate first,
                              LocalDate last, List<Outlet> byOutlet) {

    public EarlierEvidence {
        Objects.requireNonNull(before, "before");
        byOutlet = List.copyOf(byOutlet);
    }

    /** One outlet's share of a claim's earlier evidence; the fields as those of {@link EarlierEvidence}. */
    public record Outlet(String outlet, int pieces, int articles, int counted, int opposing, LocalDate first,
                         LocalDate last) {

        public Outlet {
            Objects.requireNonNull(outlet, "outlet");
        }
    }

    /** Whether {@code a}, published in a week before {@code before}, is earlier evidence (an undated one is not). */
    public static boolean isEarlier(Article a, IsoWeek before) {
        return a != null && a.published().map(p -> IsoWeek.of(p.date()).compareTo(before) < 0).orElse(false);
    }

    /**
     * {@code a}'s evidence published in a week before {@code before}, its articles looked up by id with
     * {@code articles} (null for an unknown id: not counted).
     */
    public static EarlierEvidence of(Assessment a, Function<String, Article> articles, IsoWeek before) {
        final class Tally {
            final String outlet;
            int pieces;
            int counted;
            int opposing;
            final Set<String> articleIds = new HashSet<>();
            LocalDate first;
            LocalDate last;

            Tally(String outlet) {
                this.outlet = outlet;
            }

            void add(Evidence e, String articleId, LocalDate date) {
                pieces++;
                counted += e.counted() ? 1 : 0;
                opposing += e.role() == EvidenceRole.OPPOSES ? 1 : 0;
                articleIds.add(articleId);
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        Tally all = new Tally("");
        Map<String, Tally> byOutlet = new LinkedHashMap<>();
        for (Evidence e : a.evidence()) {
            String articleId = e.attribution().articleId();
            Article art = articles.apply(articleId);
            if (!isEarlier(art, before)) {
                continue;
            }
            LocalDate date = art.published().get().date();
            all.add(e, articleId, date);
            byOutlet.computeIfAbsent(e.outlet(), Tally::new).add(e, articleId, date);
        }
        List<Outlet> outlets = new ArrayList<>();
        for (Tally t : byOutlet.values()) {
            outlets.add(new Outlet(t.outlet, t.pieces, t.articleIds.size(), t.counted, t.opposing, t.first, t.last));
        }
        outlets.sort(Comparator.comparingInt((Outlet o) -> -o.pieces()).thenComparing(Outlet::outlet));
        return new EarlierEvidence(before, all.pieces, all.articleIds.size(), all.counted, all.opposing, all.first,
                all.last, outlets);
    }

    /** Whether the claim has no evidence before {@link #before}. */
    public boolean isEmpty() {
        return pieces == 0;
    }

    /**
     * The counts in words: {@code 3 pieces in 2 articles of 2 outlets, 2025-02-24 to 2025-02-27, before 2025-W10
     * (1 counted, 1 against the claim)}; the counted and opposing parts only when not zero.
     */
    public String summary() {
        List<String> of = new ArrayList<>();
        if (counted > 0) {
            of.add(String.format(Locale.ROOT, "%,d", counted) + " counted");
        }
        if (opposing > 0) {
            of.add(String.format(Locale.ROOT, "%,d", opposing) + " against the claim");
        }
        return plural(pieces, "piece") + " in " + plural(articles, "article") + " of " + plural(byOutlet.size(),
                "outlet") + ", " + span(first, last) + ", before " + before + (of.isEmpty() ? ""
                : " (" + String.join(", ", of) + ")");
    }

    /** One outlet's counts in words: {@code AFP 2 pieces in 2 articles, 2025-02-24 to 2025-02-27, 1 counted}. */
    public static String summary(Outlet o) {
        return o.outlet() + " " + plural(o.pieces(), "piece") + " in " + plural(o.articles(), "article") + ", "
                + span(o.first(), o.last()) + (o.counted() > 0 ? String.format(Locale.ROOT, ", %,d counted",
                o.counted()) : "") + (o.opposing() > 0 ? String.format(Locale.ROOT, ", %,d against", o.opposing())
                : "");
    }

    /** {@code 2025-02-24 to 2025-02-27} (its week after a single date: {@code 2025-02-27 (2025-W09)}). */
    public static String span(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        return first.equals(last) ? first + " (" + IsoWeek.of(first) + ")" : first + " to " + last;
    }

    /** {@code 1 piece}, {@code 1,234 pieces}. */
    public static String plural(int n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
