package org.corroborate.scoring.truth;

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
}
