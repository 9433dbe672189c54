package org.corroborate.scoring;

import java.util.Objects;

/**
 * Reporting practice of one outlet over the corpus.
 *
 * @param outlet          outlet name
 * @param articles        articles it published
 * @param wireCopies      of those, copies of an earlier article of another outlet
 * @param attributions    attributions in its articles
 * @param namedShare      share of attributions whose source is named, in {@code [0, 1]}
 * @param anonymousShare  share of attributions whose source is unnamed or only described ("a source familiar with
 *                        the matter", "officials", "a resident")
 * @param hedgedShare     share of attributions with a hedge
 * @param directShare     share of attributions that quote directly
 * @param stateMediaRelays attributions whose origin is state media
 * @param claims          claims its articles carry
 */
public record OutletSummary(String outlet, int articles, int wireCopies, int attributions, double namedShare,
                            double anonymousShare, double hedgedShare, double directShare, int stateMediaRelays, int claims) {

    public OutletSummary {
        Objects.requireNonNull(outlet, "outlet");
    }
}
