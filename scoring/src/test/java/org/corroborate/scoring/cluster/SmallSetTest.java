package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallSetTest {

    @Test
    void keepsFirstOccurrenceOrderWithoutRepeats() {
        Set<String> s = SmallSet.copyOf(List.of("kill", "deploy", "kill", "capture"));
        assertEquals(List.of("kill", "deploy", "capture"), new ArrayList<>(s));
        assertEquals(3, s.size());
        assertTrue(s.contains("deploy"));
        assertFalse(s.contains("wound"));
        assertFalse(s.contains(null));
    }

    @Test
    void equalsAnySetWithTheSameElements() {
        Set<String> s = SmallSet.copyOf(List.of("RU", "KP"));
        assertEquals(Set.of("KP", "RU"), s);
        assertEquals(Set.of("KP", "RU").hashCode(), s.hashCode());
        assertTrue(s.containsAll(Set.of("RU")));
        assertEquals(List.of("RU", "KP"), SmallSet.ordered(s), "the order is the first insertion order");
    }

    @Test
    void emptyIsSharedAndImmutable() {
        assertSame(SmallSet.copyOf(List.of()), SmallSet.copyOf(Set.of()));
        Set<String> s = SmallSet.copyOf(List.of("a"));
        assertSame(s, SmallSet.copyOf(s));
        assertThrows(UnsupportedOperationException.class, () -> s.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> s.iterator().remove());
    }

    @Test
    void signalsKeepTheirEventOrderWhenShared() {
        ContentSignals s = ContentSignals.of("Soldiers were killed after they were deployed to Kursk", List.of());
        ContentSignals shared = s.withoutTerms(set -> set);
        assertEquals(List.of(), shared.terms());
        assertEquals(List.of("kill", "deploy"), new ArrayList<>(shared.events()));
        assertEquals(s.names(), shared.names());
    }
}
