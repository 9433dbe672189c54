package org.corroborate.scoring;

import java.util.List;
import java.util.Map;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;

/**
 * The result of scoring a corpus.
 *
 * @param articles    the articles with their attributions, earliest first
 * @param assessments one per claim, in report order (status, then probability, then id)
 * @param sources     every source named, most mentioned first
 * @param outlets     every outlet, most articles first
 * @param wireGroups  article id to the id of the earliest article it is a copy of (itself when none)
 * @param joint       claims and origins estimated together by truth discovery (Accu with copy detection): a
 *                    second opinion beside each claim's explained probability
 */
public record Corroboration(List<AnnotatedArticle> articles, List<Assessment> assessments,
                            List<SourceSummary> sources, List<OutletSummary> outlets, Map<String, String> wireGroups,
                            JointEstimate joint) {

    public Corroboration {
        articles = List.copyOf(articles);
        assessments = List.copyOf(assessments);
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        wireGroups = Map.copyOf(wireGroups);
        java.util.Objects.requireNonNull(joint, "joint");
    }
}
