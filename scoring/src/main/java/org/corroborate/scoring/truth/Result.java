package org.corroborate.scoring.truth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a {@link TruthDiscovery} run estimated: for every (object, property) the chosen value and its confidence,
 * every value's confidence, every source's trust, and how the iteration went.
 *
 * <p>Immutable. Index-based accessors ({@link #chosenValue(int)}, {@link #valueConfidence(int)},
 * {@link #trust(int)}) use the indices of {@link #dataset()} and cost nothing; the record-returning ones build
 * objects and are meant for output.
 */
public final class Result {

    private final Dataset data;
    private final String method;
    private final double[] valueConfidence;
    private final double[] trust;
    private final int[] chosen;
    private final int iterations;
    private final boolean converged;

    /**
     * @param valueConfidence per value, in [0, 1] (checked)
     * @param trust           per source, in [0, 1] (checked)
     */
    Result(Dataset data, String method, double[] valueConfidence, double[] trust, int iterations,
            boolean converged) {
        this.data = Objects.requireNonNull(data, "data");
        this.method = Objects.requireNonNull(method, "method");
        if (valueConfidence.length != data.valueCount() || trust.length != data.sourceCount()) {
            throw new IllegalArgumentException("expected " + data.valueCount() + " confidences and "
                    + data.sourceCount() + " trusts, got " + valueConfidence.length + " and " + trust.length);
        }
        checkUnit(valueConfidence, "value confidence");
        checkUnit(trust, "trust");
        this.valueConfidence = valueConfidence;
        this.trust = trust;
        this.iterations = iterations;
        this.converged = converged;
        this.chosen = new int[data.itemCount()];
        for (int i = 0; i < chosen.length; i++) {
            int best = data.firstValue(i);
            for (int v = best + 1; v < data.endValue(i); v++) {
                if (better(v, best)) {
                    best = v;
                }
            }
            chosen[i] = best;
        }
    }

    /**
     * A result made by a method outside this package: the arrays are copied and checked.
     *
     * @param valueConfidence per value index of {@code data}, each in [0, 1]
     * @param trust           per source index of {@code data}, each in [0, 1]
     * @param iterations      at least 1
     * @throws IllegalArgumentException when the lengths do not match {@code data}
     * @throws IllegalStateException    when a number is outside [0, 1] or NaN
     */
    public static Result of(Dataset data, String method, double[] valueConfidence, double[] trust, int iterations,
            boolean converged) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        return new Result(data, method, valueConfidence.clone(), trust.clone(), iterations, converged);
    }

    private static void checkUnit(double[] xs, String what) {
        for (int i = 0; i < xs.length; i++) {
            if (!(xs[i] >= 0 && xs[i] <= 1)) {
                throw new IllegalStateException(what + " #" + i + " is " + xs[i] + ", expected a number in [0, 1]");
            }
        }
    }

    private boolean better(int v, int best) {
        int c = Double.compare(valueConfidence[v], valueConfidence[best]);
        if (c != 0) {
            return c > 0;
        }
        int p = Integer.compare(data.providerCount(v), data.providerCount(best));
        if (p != 0) {
            return p > 0;
        }
        return data.text(v).compareTo(data.text(best)) < 0;
    }

    public Dataset dataset() {
        return data;
    }

    /** The method's {@linkplain TruthDiscovery#name() name}. */
    public String method() {
        return method;
    }

    /** Iterations run (1 for a method that does not iterate). */
    public int iterations() {
        return iterations;
    }

    /** True when the iteration stopped because it met its tolerance, not because it ran out of iterations. */
    public boolean converged() {
        return converged;
    }

    /** The chosen value index of {@code item}. */
    public int chosenValue(int item) {
        return chosen[item];
    }

    /** The confidence in [0, 1] of value index {@code value}. */
    public double valueConfidence(int value) {
        return valueConfidence[value];
    }

    /** The trust in [0, 1] of source index {@code source}. */
    public double trust(int source) {
        return trust[source];
    }

    /** The estimate of (object, property), if it was observed. */
    public Optional<Estimate> estimate(String object, String property) {
        OptionalInt item = data.item(object, property);
        return item.isPresent() ? Optional.of(estimate(item.getAsInt())) : Optional.empty();
    }

    /** The estimate of item index {@code item}. */
    public Estimate estimate(int item) {
        int c = chosen[item];
        List<ValueEstimate> values = new ArrayList<>(data.endValue(item) - data.firstValue(item));
        for (int v = data.firstValue(item); v < data.endValue(item); v++) {
            values.add(new ValueEstimate(data.text(v), valueConfidence[v], data.providerCount(v)));
        }
        ValueEstimate first = new ValueEstimate(data.text(c), valueConfidence[c], data.providerCount(c));
        values.remove(c - data.firstValue(item));
        values.sort(Comparator.comparingDouble(ValueEstimate::confidence).reversed()
                .thenComparing(Comparator.comparingInt(ValueEstimate::providers).reversed())
                .thenComparing(ValueEstimate::value));
        values.add(0, first);
        return new Estimate(data.object(item), data.property(item), data.text(c), valueConfidence[c], values);
    }

    /** Every estimate, sorted by object then property. */
    public List<Estimate> estimates() {
        Integer[] order = new Integer[data.itemCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> data.object(i))
                .thenComparing(i -> data.property(i)));
        List<Estimate> out = new ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(estimate(i));
        }
        return out;
    }

    /** The confidence of {@code value} for (object, property), if that value was observed. */
    public OptionalDouble confidence(String object, String property, String value) {
        OptionalInt item = data.item(object, property);
        if (item.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalInt v = data.value(item.getAsInt(), value);
        return v.isPresent() ? OptionalDouble.of(valueConfidence[v.getAsInt()]) : OptionalDouble.empty();
    }

    /** The trust of {@code source}, if it gave any observation. */
    public OptionalDouble trust(String source) {
        OptionalInt s = data.sourceIndex(source);
        return s.isPresent() ? OptionalDouble.of(trust[s.getAsInt()]) : OptionalDouble.empty();
    }

    /** Every source's trust, sorted by source name. */
    public List<SourceTrust> sourceTrust() {
        List<SourceTrust> out = new ArrayList<>(data.sourceCount());
        for (int s = 0; s < data.sourceCount(); s++) {
            out.add(new SourceTrust(data.source(s), trust[s], data.valueCountOf(s)));
        }
        out.sort(Comparator.comparing(SourceTrust::source));
        return List.copyOf(out);
    }
}
