package org.corroborate.scoring.truth;

import java.util.Locale;
import java.util.Optional;

/** The truth-discovery methods by name, each with its published default parameters. */
public enum TruthMethod {
    /** {@link MajorityVote}. */
    MAJORITY,
    /** {@link TruthFinder} with the paper's parameters. */
    TRUTHFINDER,
    /** {@link Accu} with copy detection. */
    ACCU;

    /** The method used when none is named: the most accurate on the Books benchmark (docs/EVALUATION.md). */
    public static final TruthMethod DEFAULT = ACCU;

    /** The method with its default parameters and the given implication between values. */
    public TruthDiscovery create(ValueImplication implication) {
        return create(implication, Convergence.DEFAULT);
    }

    /** The method with its default parameters, the given implication and stopping rule. */
    public TruthDiscovery create(ValueImplication implication, Convergence convergence) {
        return switch (this) {
            case MAJORITY -> new MajorityVote();
            case TRUTHFINDER -> new TruthFinder(TruthFinder.Config.DEFAULT.withImplication(implication)
                    .withConvergence(convergence));
            case ACCU -> new Accu(Accu.Config.DEFAULT.withImplication(implication).withConvergence(convergence));
        };
    }

    /** The method with its default parameters and no implication between values. */
    public TruthDiscovery create() {
        return create(ValueImplication.NONE);
    }

    /** The lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code name}, ignoring case. */
    public static Optional<TruthMethod> parse(String name) {
        for (TruthMethod m : values()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
