package org.corroborate.scoring.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.corroborate.scoring.truth.internal.LongIntMap;

/**
 * Observations as a compact, immutable, int-indexed structure that truth-discovery methods iterate over in linear
 * time.
 *
 * <p>Indices: sources {@code 0..sourceCount()-1}; items, one per distinct (object, property),
 * {@code 0..itemCount()-1}; values, one per distinct (item, value text), {@code 0..valueCount()-1}, numbered so
 * that the values of item {@code i} are the contiguous range {@link #firstValue(int) firstValue(i)} (inclusive) to
 * {@link #endValue(int) endValue(i)} (exclusive). A source that gives the same value of the same item more than
 * once counts once ({@link #duplicateCount()} tells how many repeats were dropped); a source may give several
 * different values of one item (each counts). Indices follow first appearance in the input, so a run is
 * deterministic for a given input order.
 */
public final class Dataset {

    private final String[] sources;
    private final String[] itemObjects;
    private final String[] itemProperties;
    private final Map<String, Integer> itemIndex;
    private final Map<String, Integer> sourceIndex;
    private final int[] itemValueStart;
    private final int[] valueItem;
    private final String[] valueText;
    private final int[] valueProviderStart;
    private final int[] valueProviders;
    private final int[] sourceValueStart;
    private final int[] sourceValues;
    private final long duplicates;

    private Dataset(Builder b) {
        int nItems = b.itemObjects.size();
        int nValues = b.valueCount;
        int nSources = b.sourceNames.size();
        sources = b.sourceNames.toArray(new String[0]);
        itemObjects = b.itemObjects.toArray(new String[0]);
        itemProperties = b.itemProperties.toArray(new String[0]);
        itemIndex = b.itemIndex;
        sourceIndex = b.sourceIndex;

        // renumber values so that those of one item are contiguous, keeping first-appearance order within an item
        itemValueStart = new int[nItems + 1];
        for (int v = 0; v < nValues; v++) {
            itemValueStart[b.valueItem[v] + 1]++;
        }
        for (int i = 0; i < nItems; i++) {
            itemValueStart[i + 1] += itemValueStart[i];
        }
        int[] next = Arrays.copyOf(itemValueStart, nItems);
        int[] newId = new int[nValues];
        valueItem = new int[nValues];
        valueText = new String[nValues];
        for (int v = 0; v < nValues; v++) {
            int item = b.valueItem[v];
            int id = next[item]++;
            newId[v] = id;
            valueItem[id] = item;
            valueText[id] = b.texts.get(b.valueTextId[v]);
        }

        // value -> providers, sorted and distinct
        int n = b.obsCount;
        int[] start = new int[nValues + 1];
        for (int k = 0; k < n; k++) {
            start[newId[b.obsValue[k]] + 1]++;
        }
        for (int v = 0; v < nValues; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, nValues);
        int[] prov = new int[n];
        for (int k = 0; k < n; k++) {
            prov[fill[newId[b.obsValue[k]]]++] = b.obsSource[k];
        }
        valueProviderStart = new int[nValues + 1];
        int w = 0;
        for (int v = 0; v < nValues; v++) {
            int from = start[v];
            int to = start[v + 1];
            Arrays.sort(prov, from, to);
            valueProviderStart[v] = w;
            for (int k = from; k < to; k++) {
                if (k == from || prov[k] != prov[k - 1]) {
                    prov[w++] = prov[k];
                }
            }
        }
        valueProviderStart[nValues] = w;
        valueProviders = w == n ? prov : Arrays.copyOf(prov, w);
        duplicates = n - w;

        // source -> values
        sourceValueStart = new int[nSources + 1];
        for (int k = 0; k < w; k++) {
            sourceValueStart[valueProviders[k] + 1]++;
        }
        for (int s = 0; s < nSources; s++) {
            sourceValueStart[s + 1] += sourceValueStart[s];
        }
        int[] sfill = Arrays.copyOf(sourceValueStart, nSources);
        sourceValues = new int[w];
        for (int v = 0; v < nValues; v++) {
            for (int k = valueProviderStart[v]; k < valueProviderStart[v + 1]; k++) {
                sourceValues[sfill[valueProviders[k]]++] = v;
            }
        }
    }

    /** A builder that interns names and texts; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A dataset of {@code observations}, in their order. */
    public static Dataset of(List<Observation> observations) {
        Builder b = builder();
        observations.forEach(b::add);
        return b.build();
    }

    public int sourceCount() {
        return sources.length;
    }

    public int itemCount() {
        return itemObjects.length;
    }

    public int valueCount() {
        return valueItem.length;
    }

    /** Distinct (source, item, value) observations. */
    public int observationCount() {
        return valueProviders.length;
    }

    /** Repeated (source, item, value) observations that were dropped. */
    public long duplicateCount() {
        return duplicates;
    }

    public String source(int source) {
        return sources[source];
    }

    public OptionalInt sourceIndex(String source) {
        Integer i = sourceIndex.get(source);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public String object(int item) {
        return itemObjects[item];
    }

    public String property(int item) {
        return itemProperties[item];
    }

    /** The item of (object, property), if observed. */
    public OptionalInt item(String object, String property) {
        Integer i = itemIndex.get(itemKey(object, property));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The value of {@code item} with text {@code text}, if observed. */
    public OptionalInt value(int item, String text) {
        for (int v = firstValue(item); v < endValue(item); v++) {
            if (valueText[v].equals(text)) {
                return OptionalInt.of(v);
            }
        }
        return OptionalInt.empty();
    }

    public int firstValue(int item) {
        return itemValueStart[item];
    }

    public int endValue(int item) {
        return itemValueStart[item + 1];
    }

    public int itemOf(int value) {
        return valueItem[value];
    }

    public String text(int value) {
        return valueText[value];
    }

    /** How many sources give {@code value}. */
    public int providerCount(int value) {
        return valueProviderStart[value + 1] - valueProviderStart[value];
    }

    /** The {@code k}-th source giving {@code value}, in increasing source index. */
    public int provider(int value, int k) {
        return valueProviders[valueProviderStart[value] + k];
    }

    /** How many distinct values {@code source} gives, over all items. */
    public int valueCountOf(int source) {
        return sourceValueStart[source + 1] - sourceValueStart[source];
    }

    /** The {@code k}-th value {@code source} gives, in increasing value index (so grouped by item). */
    public int valueOf(int source, int k) {
        return sourceValues[sourceValueStart[source] + k];
    }

    /** Sum over items of the number of distinct sources giving a value of that item (a source counted once). */
    int[] itemProviderCounts() {
        int[] counts = new int[itemCount()];
        for (int s = 0; s < sources.length; s++) {
            int last = -1;
            for (int k = sourceValueStart[s]; k < sourceValueStart[s + 1]; k++) {
                int item = valueItem[sourceValues[k]];
                if (item != last) {
                    counts[item]++;
                    last = item;
                }
            }
        }
        return counts;
    }

    // raw arrays for the methods in this package; never handed out
    int[] valueProviderStartArray() {
        return valueProviderStart;
    }

    int[] valueProvidersArray() {
        return valueProviders;
    }

    int[] sourceValueStartArray() {
        return sourceValueStart;
    }

    int[] sourceValuesArray() {
        return sourceValues;
    }

    int[] valueItemArray() {
        return valueItem;
    }

    int[] itemValueStartArray() {
        return itemValueStart;
    }

    static String itemKey(String object, String property) {
        return object + '\u0000' + property;
    }

    /** Collects observations; {@link #build()} makes the immutable {@link Dataset}. */
    public static final class Builder {
        private final Map<String, Integer> sourceIndex = new HashMap<>();
        private final List<String> sourceNames = new ArrayList<>();
        private final Map<String, Integer> itemIndex = new HashMap<>();
        private final List<String> itemObjects = new ArrayList<>();
        private final List<String> itemProperties = new ArrayList<>();
        private final Map<String, Integer> textIndex = new HashMap<>();
        private final List<String> texts = new ArrayList<>();
        private final LongIntMap valueIndex = new LongIntMap(1024);
        private int[] valueItem = new int[1024];
        private int[] valueTextId = new int[1024];
        private int valueCount;
        private int[] obsSource = new int[1024];
        private int[] obsValue = new int[1024];
        private int obsCount;
        private boolean built;

        private Builder() {
        }

        public Builder add(Observation o) {
            return add(o.source(), o.object(), o.property(), o.value());
        }

        /** Adds one observation; arguments as in {@link Observation}. */
        public Builder add(String source, String object, String property, String value) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            int s = sourceIndex.computeIfAbsent(source, k -> {
                sourceNames.add(k);
                return sourceNames.size() - 1;
            });
            int item = itemIndex.computeIfAbsent(itemKey(object, property), k -> {
                itemObjects.add(object);
                itemProperties.add(property);
                return itemObjects.size() - 1;
            });
            int t = textIndex.computeIfAbsent(value, k -> {
                texts.add(k);
                return texts.size() - 1;
            });
            int v = valueIndex.putIfAbsent(((long) item << 32) | t, valueCount);
            if (v == valueCount) {
                if (valueCount == valueItem.length) {
                    valueItem = Arrays.copyOf(valueItem, valueCount * 2);
                    valueTextId = Arrays.copyOf(valueTextId, valueCount * 2);
                }
                valueItem[valueCount] = item;
                valueTextId[valueCount] = t;
                valueCount++;
            }
            if (obsCount == obsSource.length) {
                int cap = (int) Math.min(Integer.MAX_VALUE - 8, obsCount * 2L);
                if (cap == obsCount) {
                    throw new IllegalStateException("more than " + obsCount + " observations");
                }
                obsSource = Arrays.copyOf(obsSource, cap);
                obsValue = Arrays.copyOf(obsValue, cap);
            }
            obsSource[obsCount] = s;
            obsValue[obsCount] = v;
            obsCount++;
            return this;
        }

        /** Observations added so far, repeats included. */
        public int size() {
            return obsCount;
        }

        public Dataset build() {
            built = true;
            return new Dataset(this);
        }
    }
}
