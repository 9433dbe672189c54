package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimMatcherBucketsTest {

    /** The buckets hold what lists per key would hold under the same caps, in the same order. */
    @Test
    void holdWhatListsPerKeyWouldHold() {
        Random random = new Random(7);
        ClaimMatcher.Buckets buckets = new ClaimMatcher.Buckets();
        Map<Long, List<int[]>> expected = new HashMap<>();
        for (int id = 0; id < 20_000; id++) {
            // few keys and claims, so that buckets fill up to the cap and claims repeat in them
            long[] bands = new long[1 + random.nextInt(6)];
            for (int k = 0; k < bands.length; k++) {
                bands[k] = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(4000) - 2000L;
            }
            int claim = random.nextInt(2) == 0 ? random.nextInt(5) : random.nextInt(3000);
            buckets.index(id, claim, bands); // the entry as its vector: here its number
            for (long key : bands) {
                List<int[]> pairs = expected.computeIfAbsent(key, x -> new ArrayList<>());
                long same = pairs.stream().filter(p -> p[1] == claim).count();
                if (pairs.size() < ClaimMatcher.MAX_BUCKET && same < ClaimMatcher.PER_CLAIM) {
                    pairs.add(new int[] {id, claim});
                }
            }
        }
        assertEquals(20_000, buckets.entryCount);
        for (Map.Entry<Long, List<int[]>> e : expected.entrySet()) {
            int b = buckets.bucket(e.getKey());
            int a = buckets.at(b);
            int[] m = buckets.page(a);
            int from = ClaimMatcher.Buckets.first(a);
            List<int[]> pairs = e.getValue();
            assertEquals(pairs.size(), buckets.size[b], "size of bucket " + e.getKey());
            for (int k = 0; k < pairs.size(); k++) {
                assertEquals(pairs.get(k)[0], m[from + 2 * k], "entry (vector) " + k + " of bucket " + e.getKey());
                assertEquals(pairs.get(k)[1], m[from + 2 * k + 1], "claim " + k + " of bucket " + e.getKey());
            }
        }
        assertEquals(-1, buckets.bucket(1L << 40), "a key never indexed");
    }
}
