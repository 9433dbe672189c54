package org.corroborate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A thread-safe collector of {@link Diagnostic}s that keeps at most a fixed number of them but counts all, by kind
 * and severity, so that a corpus with a million bad lines cannot exhaust memory. Once full, a new error displaces
 * the oldest warning kept, so errors are not hidden behind warnings.
 */
public final class Diagnostics {

    /** How many diagnostics are kept by default. */
    public static final int DEFAULT_CAP = 1000;

    private final int cap;
    private final List<Diagnostic> kept = new ArrayList<>();
    private final Map<String, Long> byKind = new TreeMap<>();
    private long errors;
    private long warnings;

    public Diagnostics() {
        this(DEFAULT_CAP);
    }

    public Diagnostics(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must be >= 0, got " + cap);
        }
        this.cap = cap;
    }

    public synchronized void add(Diagnostic d) {
        if (kept.size() < cap) {
            kept.add(d);
        } else if (d.severity() == Diagnostic.Severity.ERROR) {
            // once full, an error (data lost) displaces the oldest warning, so errors are never hidden by noise
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).severity() == Diagnostic.Severity.WARNING) {
                    kept.remove(i);
                    kept.add(d);
                    break;
                }
            }
        }
        byKind.merge(d.kind(), 1L, Long::sum);
        if (d.severity() == Diagnostic.Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
    }

    public void error(Location where, String kind, String message, String snippet) {
        add(Diagnostic.error(where, kind, message, snippet));
    }

    public void warning(Location where, String kind, String message, String snippet) {
        add(Diagnostic.warning(where, kind, message, snippet));
    }

    /** Adds everything {@code other} kept and counted. */
    public synchronized void addAll(Diagnostics other) {
        List<Diagnostic> theirs;
        Map<String, Long> theirKinds;
        long e;
        long w;
        synchronized (other) {
            theirs = new ArrayList<>(other.kept);
            theirKinds = new TreeMap<>(other.byKind);
            e = other.errors;
            w = other.warnings;
        }
        for (Diagnostic d : theirs) {
            if (kept.size() < cap) {
                kept.add(d);
            }
        }
        theirKinds.forEach((k, n) -> byKind.merge(k, n, Long::sum));
        errors += e;
        warnings += w;
    }

    /** The diagnostics kept, in the order added (at most the cap). */
    public synchronized List<Diagnostic> list() {
        return List.copyOf(kept);
    }

    /**
     * The diagnostics kept from position {@code from} on, in the order added: for a collector that has not reached
     * its cap, those added since it held {@code from}.
     */
    public synchronized List<Diagnostic> listFrom(int from) {
        if (from < 0) {
            throw new IllegalArgumentException("from must be >= 0, got " + from);
        }
        return from >= kept.size() ? List.of() : List.copyOf(kept.subList(from, kept.size()));
    }

    /** Count of all diagnostics added, by kind, sorted by kind. */
    public synchronized Map<String, Long> countsByKind() {
        return Map.copyOf(new TreeMap<>(byKind));
    }

    public synchronized long errorCount() {
        return errors;
    }

    public synchronized long warningCount() {
        return warnings;
    }

    public synchronized long total() {
        return errors + warnings;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }
}
