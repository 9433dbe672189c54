package org.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.ingest.extract.Presentation;
import org.corroborate.ingest.extract.PresentationModel;

/**
 * Labelled headlines from an Emergent-style CSV (claimHeadline, articleHeadline, articleHeadlineStance, optional
 * claimId, and optional url or source naming the outlet, as in Emergent's {@code edata} files) and their split by claim: claims in order of first appearance, every N-th held out as dev.
 */
final class StanceData {

    static final String[] LABELS = {"for", "observing", "against"};

    /** One headline; {@code gold} indexes {@link #LABELS} (for = ASSERTED, observing = ATTRIBUTED, against = DENIED). */
    record Row(String claim, String headline, int gold, String claimId, String outlet) {
        PresentationModel.Example example() {
            return new PresentationModel.Example(headline, claim, outlet, Presentation.values()[gold]);
        }
    }

    final List<Row> rows;
    final int skipped;
    final Set<String> devClaims;

    private StanceData(List<Row> rows, int skipped, Set<String> devClaims) {
        this.rows = List.copyOf(rows);
        this.skipped = skipped;
        this.devClaims = Set.copyOf(devClaims);
    }

    /**
     * Reads {@code file}; {@code devEvery} below 2 means no dev part. Throws {@link IllegalArgumentException} with a
     * message naming the file when it is empty or lacks the columns.
     */
    static StanceData read(Path file, int devEvery) throws IOException {
        List<List<String>> csv = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (csv.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty");
        }
        List<String> header = csv.get(0);
        int ch = header.indexOf("claimHeadline");
        int ah = header.indexOf("articleHeadline");
        int st = header.indexOf("articleHeadlineStance");
        int ci = header.indexOf("claimId");
        int url = header.indexOf("url");
        int source = header.indexOf("source");
        if (ch < 0 || ah < 0 || st < 0) {
            throw new IllegalArgumentException(file + ": expected columns claimHeadline, articleHeadline,"
                    + " articleHeadlineStance; got " + header);
        }
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (List<String> r : csv.subList(1, csv.size())) {
            int gold = r.size() > st ? List.of(LABELS).indexOf(r.get(st).trim()) : -1;
            if (gold < 0 || r.size() <= Math.max(ch, ah)) {
                skipped++;
                continue;
            }
            String outlet = url >= 0 && r.size() > url && !r.get(url).isBlank() ? r.get(url)
                    : source >= 0 && r.size() > source ? r.get(source) : "";
            rows.add(new Row(r.get(ch), r.get(ah), gold, ci >= 0 && r.size() > ci ? r.get(ci) : r.get(ch), outlet));
        }
        Set<String> devClaims = new HashSet<>();
        if (devEvery >= 2) {
            Set<String> order = new LinkedHashSet<>();
            rows.forEach(r -> order.add(r.claimId));
            int k = 0;
            for (String id : order) {
                if (++k % devEvery == 0) {
                    devClaims.add(id);
                }
            }
        }
        return new StanceData(rows, skipped, devClaims);
    }

    boolean isDev(Row r) {
        return devClaims.contains(r.claimId);
    }

    List<Row> train() {
        return rows.stream().filter(r -> !isDev(r)).toList();
    }

    List<Row> dev() {
        return rows.stream().filter(this::isDev).toList();
    }

    static List<PresentationModel.Example> examples(List<Row> rows) {
        return rows.stream().map(Row::example).toList();
    }
}
