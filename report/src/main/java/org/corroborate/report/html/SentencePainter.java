package org.corroborate.report.html;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Attribution;
import org.corroborate.core.Hedge;
import org.corroborate.core.Span;
import org.corroborate.report.html.internal.Segment;

/**
 * Cuts an attribution's sentence into runs marked as its source, cue, content and hedges, for the template
 * {@code sentence.jte} to render (and escape). Marks may overlap (a hedge inside the content); each char gets the
 * classes of every span covering it.
 */
final class SentencePainter {

    private static final int SOURCE = 1;
    private static final int CUE = 2;
    private static final int CONTENT = 4;
    private static final int HEDGE = 8;

    private SentencePainter() {
    }

    /** The sentence of {@code a} in {@code body} as runs of equally marked text; its content alone if the sentence is unknown. */
    static List<Segment> paint(Attribution a, String body) {
        Span s = a.sentence();
        if (s.isNone() || s.end() > body.length()) {
            return List.of(new Segment("", a.contentText()));
        }
        int[] marks = new int[s.length()];
        mark(marks, s, a.source().span(), SOURCE);
        mark(marks, s, a.cue().span(), CUE);
        mark(marks, s, a.content(), CONTENT);
        for (Hedge h : a.hedges()) {
            mark(marks, s, h.span(), HEDGE);
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < marks.length) {
            int j = i;
            while (j < marks.length && marks[j] == marks[i]) {
                j++;
            }
            out.add(new Segment(marks[i] == 0 ? "" : classes(marks[i]), body.substring(s.start() + i, s.start() + j)));
            i = j;
        }
        return out;
    }

    private static void mark(int[] marks, Span sentence, Span span, int bit) {
        if (span.isNone()) {
            return;
        }
        int from = Math.max(span.start(), sentence.start()) - sentence.start();
        int to = Math.min(span.end(), sentence.end()) - sentence.start();
        for (int k = from; k < to; k++) {
            marks[k] |= bit;
        }
    }

    private static String classes(int m) {
        StringBuilder sb = new StringBuilder();
        if ((m & SOURCE) != 0) {
            sb.append("m-src ");
        }
        if ((m & CUE) != 0) {
            sb.append("m-cue ");
        }
        if ((m & CONTENT) != 0) {
            sb.append("m-content ");
        }
        if ((m & HEDGE) != 0) {
            sb.append("m-hedge ");
        }
        return sb.toString().strip();
    }
}
