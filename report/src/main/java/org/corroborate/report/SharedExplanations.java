package org.corroborate.report;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.Assessment;

/**
 * The explanation lines of the claims that both {@code report.json} and {@code report.html} show, formatted once for
 * the two: an assessment's lines are made when a report asks for them ({@link org.corroborate.core.ExplanationLines}),
 * so each writer would format them again. A claim that {@code report.html} shows ({@link ReportInput#claimsShown})
 * has its lines formatted at the first request and kept until the second, which takes them; any later request, and
 * every request for a claim the HTML report leaves out, gets the lines made on demand, kept by nobody. So what is
 * kept at a time is at most the lines of the claims the HTML report shows (in an abridged report at most
 * {@link ReportInput#CLAIMS_SHOWN} abridged explanations), between the report that writes them first and the one
 * that writes them next. A cache, not content: it changes no line; every instance is equal to every other, so a
 * {@link ReportInput}'s equality is its content's. Thread-safe.
 */
public final class SharedExplanations {

    /** The claims asked for at most once so far among those the HTML report shows; null until first asked. */
    private Set<Assessment> awaited;
    private final Map<Assessment, List<String>> kept = new IdentityHashMap<>();

    /** A cache with nothing in it yet. */
    public SharedExplanations() {
    }

    /** The lines {@code in}'s reports show for {@code a} (see {@link ReportInput#explanationShown(Assessment)}). */
    synchronized List<String> shown(ReportInput in, Assessment a) {
        if (awaited == null) {
            awaited = Collections.newSetFromMap(new IdentityHashMap<>());
            awaited.addAll(in.claimsShown(ReportInput.CLAIMS_SHOWN));
        }
        List<String> lines = kept.remove(a);
        if (lines != null) {
            awaited.remove(a); // its second request: kept no longer
            return lines;
        }
        if (!awaited.contains(a)) {
            return ReportInput.explanationShown(a, in.abridged());
        }
        lines = List.copyOf(ReportInput.explanationShown(a, in.abridged()));
        kept.put(a, lines);
        return lines;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharedExplanations;
    }

    @Override
    public int hashCode() {
        return SharedExplanations.class.hashCode();
    }

    @Override
    public String toString() {
        return "SharedExplanations";
    }
}
