package org.corroborate.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A claim's {@linkplain Assessment#evidence() evidence} as an immutable list that holds what each piece is made of
 * in columns and makes the {@link Evidence} when it is asked for: {@link Assessment} keeps such a list as it is, so
 * a large run does not hold an {@code Evidence} object (48 bytes) per carrier of every claim until its reports are
 * written, but about 8 bytes per piece and the distinct values of the claim.
 *
 * <p>Each piece {@code i} is the claim's carrier {@code i} held by its place ({@link Evidence#Evidence(List, int,
 * String, String, EvidenceRole, double, boolean, String, boolean)}); its outlet, origin and reason are numbers in a
 * table of the list's distinct texts, its weight a number in a table of its distinct weights, with its role and
 * flags in the same {@code char} (an {@code int} each, 16 bytes a piece, in a list of more distinct texts than a
 * {@code char} numbers: a very large claim whose reasons name their stories). Each call of {@link #get} makes a new {@code Evidence}, equal to the one given (as
 * {@link Evidence#equals} says), from any thread; the list is equal, as any list, to a list of equal pieces.
 */
public final class EvidenceList extends AbstractList<Evidence> implements RandomAccess {

    /** Bits of a weight's code that hold the role and the flags. */
    private static final int FLAG_BITS = 4;
    private static final int COUNTED = 1 << 2;
    private static final int SUPERSEDED = 1 << 3;
    /** Most distinct weights a {@code char} numbers (what is left of it beside the flags). */
    private static final int MAX_WEIGHTS = 1 << (16 - FLAG_BITS);
    /** Most distinct texts a {@code char} numbers. */
    private static final int MAX_TEXTS = 1 << 16;
    private static final EvidenceRole[] ROLES = EvidenceRole.values();

    static {
        if (ROLES.length > 4) {
            throw new ExceptionInInitializerError("the evidence roles no longer fit two bits");
        }
    }

    private final List<Attribution> carriers;
    private final String[] texts;
    private final double[] weights;
    /**
     * Four per piece: its outlet's, origin's and reason's numbers in {@link #texts}, then its weight's number in
     * {@link #weights} shifted past the role and flags; as {@code char}s when every number fits one, else null and
     * {@link #wide} holds them.
     */
    private final char[] codes;
    /** The codes as {@code int}s, for a list with more distinct texts or weights than a {@code char} numbers. */
    private final int[] wide;

    private EvidenceList(List<Attribution> carriers, String[] texts, double[] weights, char[] codes, int[] wide) {
        this.carriers = carriers;
        this.texts = texts;
        this.weights = weights;
        this.codes = codes;
        this.wide = wide;
    }

    /**
     * An immutable copy of {@code evidence}: an {@code EvidenceList} when each piece {@code i} is element {@code i}
     * of one list of carriers (held by its place, as the corroborator makes them); else {@link List#copyOf}. An {@code EvidenceList} is given back as it is.
     */
    public static List<Evidence> copyOf(List<Evidence> evidence) {
        if (evidence instanceof EvidenceList) {
            return evidence;
        }
        int n = evidence.size();
        List<Attribution> carriers = n == 0 ? null : evidence.get(0).carriers();
        if (carriers == null) {
            return List.copyOf(evidence);
        }
        Map<String, Integer> textNumbers = new HashMap<>();
        List<String> texts = new ArrayList<>();
        Map<Double, Integer> weightNumbers = new HashMap<>();
        List<Double> weights = new ArrayList<>();
        int[] codes = new int[4 * n];
        for (int i = 0; i < n; i++) {
            Evidence e = evidence.get(i);
            if (e.carriers() != carriers || e.index() != i) {
                return List.copyOf(evidence);
            }
            int outlet = number(e.outlet(), textNumbers, texts);
            int origin = number(e.origin(), textNumbers, texts);
            int reason = number(e.reason(), textNumbers, texts);
            Integer w = weightNumbers.get(e.weight());
            if (w == null) {
                w = weights.size();
                weightNumbers.put(e.weight(), w);
                weights.add(e.weight());
            }
            codes[4 * i] = outlet;
            codes[4 * i + 1] = origin;
            codes[4 * i + 2] = reason;
            codes[4 * i + 3] = w << FLAG_BITS | e.role().ordinal() | (e.counted() ? COUNTED : 0)
                    | (e.superseded() ? SUPERSEDED : 0);
        }
        double[] ws = new double[weights.size()];
        for (int k = 0; k < ws.length; k++) {
            ws[k] = weights.get(k);
        }
        String[] ts = texts.toArray(new String[0]);
        if (ts.length > MAX_TEXTS || ws.length > MAX_WEIGHTS) {
            return new EvidenceList(carriers, ts, ws, null, codes);
        }
        char[] narrow = new char[codes.length];
        for (int k = 0; k < codes.length; k++) {
            narrow[k] = (char) codes[k];
        }
        return new EvidenceList(carriers, ts, ws, narrow, null);
    }

    private static int number(String text, Map<String, Integer> numbers, List<String> texts) {
        Integer k = numbers.get(text);
        if (k == null) {
            k = texts.size();
            numbers.put(text, k);
            texts.add(text);
        }
        return k;
    }

    /** The piece at {@code index}, made now. */
    @Override
    public Evidence get(int index) {
        Objects.checkIndex(index, size());
        int c = 4 * index;
        int outlet = code(c);
        int origin = code(c + 1);
        int reason = code(c + 2);
        int last = code(c + 3);
        return new Evidence(carriers, index, texts[outlet], texts[origin], ROLES[last & 3],
                weights[last >>> FLAG_BITS], (last & COUNTED) != 0, texts[reason], (last & SUPERSEDED) != 0);
    }

    private int code(int k) {
        return codes != null ? codes[k] : wide[k];
    }

    @Override
    public int size() {
        return (codes != null ? codes.length : wide.length) / 4;
    }
}
