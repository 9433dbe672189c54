package org.corroborate.ingest.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.core.Span;
import org.corroborate.ingest.extract.SourceLinker;
import org.corroborate.ingest.extract.eval.BratDocument.GoldAttribution;
import org.corroborate.ingest.extract.eval.BratDocument.GoldSpan;
import org.corroborate.ingest.extract.eval.BratDocument.Role;

/**
 * Reads a PolNeAR-style brat folder: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}.
 *
 * <p>An article annotated by several annotators is counted once: the {@code .ann} whose annotator id sorts first
 * (by {@link String#compareTo}) is used, so the choice is the same on every machine. Brat offsets count Unicode
 * code points; they are turned into UTF-16 offsets of the Java string (the same on text without chars outside the
 * Basic Multilingual Plane). Lines that cannot be read become {@link Diagnostic}s and are skipped.
 */
public final class BratCorpus {

    private BratCorpus() {
    }

    /** The documents of {@code dir} in name order, each with one annotator's annotations. */
    public static List<BratDocument> read(Path dir, Diagnostics diagnostics) throws IOException {
        List<BratDocument> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, Path>> e : annotations(dir).entrySet()) {
            Map.Entry<String, Path> first = e.getValue().firstEntry();
            BratDocument d = parse(dir, e.getKey(), first.getKey(), first.getValue(), diagnostics);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The documents of {@code dir} that two or more annotators annotated, in name order, each as the list of its
     * annotations in the order of the annotator ids (the first is the one {@link #read} takes).
     */
    public static List<List<BratDocument>> readAnnotators(Path dir, Diagnostics diagnostics) throws IOException {
        List<List<BratDocument>> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, Path>> e : annotations(dir).entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            List<BratDocument> all = new ArrayList<>();
            for (Map.Entry<String, Path> a : e.getValue().entrySet()) {
                BratDocument d = parse(dir, e.getKey(), a.getKey(), a.getValue(), diagnostics);
                if (d != null) {
                    all.add(d);
                }
            }
            if (all.size() >= 2) {
                out.add(List.copyOf(all));
            }
        }
        return out;
    }

    /** Every {@code .ann} file of {@code dir}: by document name, then by annotator id (both sorted). */
    private static Map<String, TreeMap<String, Path>> annotations(Path dir) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IOException(dir + ": expected sub-folders text/ and attributions/ (PolNeAR layout)");
        }
        Map<String, TreeMap<String, Path>> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(annDir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".ann")) {
                    continue;
                }
                String stem = f.substring(0, f.length() - 4);
                int us = stem.lastIndexOf('_');
                String name = us > 0 ? stem.substring(0, us) : stem;
                String annotator = us > 0 ? stem.substring(us + 1) : "";
                out.computeIfAbsent(name, k -> new TreeMap<>()).putIfAbsent(annotator, p);
            }
        }
        return out;
    }

    /** One annotation file of document {@code name} parsed against its text, or null (and an error) without it. */
    private static BratDocument parse(Path dir, String name, String annotator, Path ann, Diagnostics diagnostics)
            throws IOException {
        Path txt = dir.resolve("text").resolve(name + ".txt");
        if (!Files.isRegularFile(txt)) {
            diagnostics.error(Location.ofFile(ann.toString()), "unreadable",
                    "expected a text file " + txt.getFileName() + " for this annotation file", "");
            return null;
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        return parse(name, annotator, text, Files.readString(ann, StandardCharsets.UTF_8), ann.toString(),
                diagnostics);
    }

    /** Parses one {@code .ann} file's content against its text. */
    public static BratDocument parse(String id, String annotator, String text, String ann, String file,
                                     Diagnostics diagnostics) {
        int[] cpToChar = codePointOffsets(text);
        Map<String, GoldSpan> spans = new HashMap<>();
        List<GoldSpan> ordered = new ArrayList<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols[0].startsWith("E") && cols.length >= 2) {
                events.add(new String[] {cols[0], cols[1], String.valueOf(ln + 1)});
                continue;
            }
            if (!cols[0].startsWith("T")) {
                continue; // notes, attributes: not scored
            }
            if (cols.length < 2) {
                bad(diagnostics, file, ln, line, "a text-bound line 'T<n>\\tType start end[;start end]\\ttext'");
                continue;
            }
            int sp = cols[1].indexOf(' ');
            if (sp < 0) {
                bad(diagnostics, file, ln, line, "a type followed by offsets");
                continue;
            }
            Role role = switch (cols[1].substring(0, sp)) {
                case "Source" -> Role.SOURCE;
                case "Cue" -> Role.CUE;
                case "Content", "Content2" -> Role.CONTENT;
                default -> null;
            };
            if (role == null) {
                continue; // the Attribution trigger, Discuss, Discard
            }
            List<int[]> frags = new ArrayList<>();
            boolean ok = true;
            for (String r : cols[1].substring(sp + 1).split(";")) {
                String[] se = r.trim().split(" ");
                try {
                    int s = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (se.length != 2 || s < 0 || end < s || end >= cpToChar.length) {
                        ok = false;
                        break;
                    }
                    frags.add(new int[] {cpToChar[s], cpToChar[end]});
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
                    ok = false;
                    break;
                }
            }
            if (!ok || frags.isEmpty()) {
                bad(diagnostics, file, ln, line, "offsets 'start end' within the text of " + text.codePointCount(0,
                        text.length()) + " code points");
                continue;
            }
            GoldSpan g = new GoldSpan(cols[0], role, frags);
            spans.put(cols[0], g);
            ordered.add(g);
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] ev : events) {
            List<GoldSpan> src = new ArrayList<>();
            List<GoldSpan> cue = new ArrayList<>();
            List<GoldSpan> content = new ArrayList<>();
            for (String arg : ev[1].trim().split(" ")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                GoldSpan g = spans.get(arg.substring(colon + 1));
                if (g == null) {
                    continue; // the trigger, or a span of an unscored type
                }
                switch (g.role()) {
                    case SOURCE -> src.add(g);
                    case CUE -> cue.add(g);
                    case CONTENT -> content.add(g);
                    default -> throw new IllegalStateException(g.role().toString());
                }
            }
            if (cue.isEmpty() && content.isEmpty()) {
                bad(diagnostics, file, Integer.parseInt(ev[2]) - 1, ev[0] + "\t" + ev[1],
                        "an attribution naming a Cue or Content span");
                continue;
            }
            attributions.add(new GoldAttribution(src, cue, content));
        }
        return new BratDocument(id, annotator, text, ordered, attributions);
    }

    /**
     * The document's spans as {@code {role, start, end}} char ranges for
     * {@link org.corroborate.ingest.extract.AttributionTagger#examples} (role 1 source, 2 cue, 3 content; one range
     * per fragment).
     */
    public static List<int[]> tagSpans(BratDocument doc) {
        List<int[]> out = new ArrayList<>();
        for (GoldSpan g : doc.spans()) {
            for (int[] f : g.fragments()) {
                out.add(new int[] {g.role().ordinal() + 1, f[0], f[1]});
            }
        }
        return out;
    }

    /**
     * The document's attribution relations for {@link SourceLinker#examples}: each relation with a cue, as the
     * extents (first fragment start to last fragment end) of its first cue and first source ({@link Span#NONE}
     * when it has none).
     */
    public static List<SourceLinker.Relation> relations(BratDocument doc) {
        List<SourceLinker.Relation> out = new ArrayList<>();
        for (GoldAttribution a : doc.attributions()) {
            if (a.cues().isEmpty()) {
                continue;
            }
            out.add(new SourceLinker.Relation(extent(a.cues()), extent(a.sources())));
        }
        return out;
    }

    private static Span extent(List<GoldSpan> spans) {
        if (spans.isEmpty()) {
            return Span.NONE;
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int[] f : spans.get(0).fragments()) {
            start = Math.min(start, f[0]);
            end = Math.max(end, f[1]);
        }
        return new Span(start, Math.max(start, end));
    }

    private static void bad(Diagnostics d, String file, int ln, String line, String expected) {
        d.warning(Location.ofLine(file, ln + 1), "invalid-record", "expected " + expected, snippet(line));
    }

    private static String snippet(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /** {@code out[k]} is the UTF-16 offset of code point {@code k}; one extra entry for the end. */
    static int[] codePointOffsets(String text) {
        int n = text.codePointCount(0, text.length());
        int[] out = new int[n + 1];
        int i = 0;
        for (int k = 0; k < n; k++) {
            out[k] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[n] = i;
        return out;
    }
}
