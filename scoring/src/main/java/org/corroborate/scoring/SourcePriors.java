package org.corroborate.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corroborate.core.SourceKind;

/**
 * The source kinds' reliability priors that differ from the defaults ({@code run --prior KIND=A,B}), as one line
 * of text that a store keeps with a run: {@code state_media=3,7 government=2,8}, the kinds in their declared order,
 * each number in its shortest decimal form; empty when every kind has its default prior. Two settings give the same
 * priors exactly when their texts are equal.
 */
public final class SourcePriors {

    private SourcePriors() {
    }

    /** The priors of {@code config} that differ from {@link ScoringConfig#DEFAULTS}'s, as text; empty for none. */
    public static String text(ScoringConfig config) {
        List<String> parts = new ArrayList<>();
        for (SourceKind k : SourceKind.values()) {
            double[] ab = config.prior(k);
            if (!Arrays.equals(ab, ScoringConfig.DEFAULTS.prior(k))) {
                parts.add(k.name().toLowerCase(Locale.ROOT) + "=" + number(ab[0]) + "," + number(ab[1]));
            }
        }
        return String.join(" ", parts);
    }

    /**
     * {@code config} with the prior of {@code kind} set from {@code ab}, two positive finite numbers {@code A,B}.
     *
     * @throws IllegalArgumentException when the kind is unknown or the numbers are not two positive finite numbers
     */
    public static ScoringConfig with(ScoringConfig config, String kind, String ab) {
        String[] parts = ab.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected two numbers A,B");
        }
        double a = Double.parseDouble(parts[0].strip());
        double b = Double.parseDouble(parts[1].strip());
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("expected two finite numbers A,B");
        }
        return config.withPrior(SourceKind.parse(kind), a, b);
    }

    /**
     * {@code config} with the priors of {@code text} ({@link #text}); {@code config} itself when it is empty.
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static ScoringConfig apply(ScoringConfig config, String text) {
        ScoringConfig c = config;
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + part + "' is not KIND=A,B");
            }
            c = with(c, part.substring(0, eq), part.substring(eq + 1));
        }
        return c;
    }

    /** {@code the default source priors}, or {@code source priors state_media=3,7}. */
    public static String describe(String text) {
        return text.isEmpty() ? "the default source priors" : "source priors " + text;
    }

    private static String number(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
