package org.corroborate.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A claim the user follows, as rumour trackers do: articles are matched to it automatically, or name it with
 * {@link Article#claimId()}.
 *
 * @param id        the user's identifier; becomes the claim's id
 * @param statement the claim in words
 * @param parties   ISO 3166-1 alpha-2 codes of the countries whose governments, militaries, officials and state
 *                  media are parties to the claim (their confirmation weighs most, their silence is recorded)
 */
public record TrackedClaim(String id, String statement, List<String> parties) {

    public TrackedClaim {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Tracked claim id must not be blank (statement '" + statement + "')");
        }
        Objects.requireNonNull(statement, "statement");
        if (statement.isBlank()) {
            throw new IllegalArgumentException("Tracked claim " + id + " has no statement");
        }
        parties = parties.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
        for (String p : parties) {
            if (p.length() != 2) {
                throw new IllegalArgumentException("Tracked claim " + id + ": party '" + p
                        + "' is not a two-letter country code");
            }
        }
    }
}
