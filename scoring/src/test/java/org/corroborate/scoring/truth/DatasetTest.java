package org.corroborate.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void valuesOfAnItemAreContiguousAndProvidersDistinct() {
        Dataset d = Dataset.of(List.of(new Observation("s1", "o1", "p", "a"), new Observation("s2", "o2", "p", "b"),
                new Observation("s2", "o1", "p", "c"), new Observation("s3", "o1", "p", "a"),
                new Observation("s1", "o1", "p", "a")));
        assertEquals(3, d.sourceCount());
        assertEquals(2, d.itemCount());
        assertEquals(3, d.valueCount());
        assertEquals(4, d.observationCount());
        assertEquals(1, d.duplicateCount());
        int o1 = d.item("o1", "p").orElseThrow();
        assertEquals(2, d.endValue(o1) - d.firstValue(o1));
        int a = d.value(o1, "a").orElseThrow();
        assertEquals(2, d.providerCount(a));
        assertEquals(o1, d.itemOf(a));
        for (int s = 0; s < d.sourceCount(); s++) {
            for (int k = 0; k < d.valueCountOf(s); k++) {
                int v = d.valueOf(s, k);
                boolean found = false;
                for (int j = 0; j < d.providerCount(v); j++) {
                    found |= d.provider(v, j) == s;
                }
                assertTrue(found);
            }
        }
        assertTrue(d.item("o1", "q").isEmpty());
    }

    @Test
    void observationRejectsBlankFieldsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Observation("s", "o", "p", " "));
        assertTrue(e.getMessage().contains("value"), e.getMessage());
    }
}
