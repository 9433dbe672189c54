package org.corroborate.ingest.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * One brat-annotated document: its text and its gold attributions.
 *
 * @param id           the document name (the text file's name without {@code .txt})
 * @param annotator    who annotated it (the {@code .ann} file's suffix after the last {@code _}), or empty
 * @param text         the text exactly as in the {@code .txt} file
 * @param spans        every Source, Cue and Content text-bound annotation, offsets in UTF-16 units of {@code text}
 * @param attributions the attribution relations, each naming its spans
 */
public record BratDocument(String id, String annotator, String text, List<GoldSpan> spans,
                           List<GoldAttribution> attributions) {

    public BratDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        attributions = List.copyOf(attributions);
    }

    /** The three kinds of span in an attribution. */
    public enum Role {
        SOURCE, CUE, CONTENT
    }

    /** A text-bound annotation: one or more fragments {@code [start, end)} of the text. */
    public record GoldSpan(String id, Role role, List<int[]> fragments) {
        public GoldSpan {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            fragments = List.copyOf(fragments);
            if (fragments.isEmpty()) {
                throw new IllegalArgumentException("Span " + id + " has no fragment");
            }
        }

        public int start() {
            return fragments.get(0)[0];
        }

        /** A key equal for spans with the same fragments. */
        public String key() {
            StringBuilder b = new StringBuilder();
            for (int[] f : fragments) {
                b.append(f[0]).append('-').append(f[1]).append(';');
            }
            return b.toString();
        }
    }

    /** A relation: a cue, its content(s) and its source (absent for {@code Attribution-no-source}). */
    public record GoldAttribution(List<GoldSpan> sources, List<GoldSpan> cues, List<GoldSpan> contents) {
        public GoldAttribution {
            sources = List.copyOf(sources);
            cues = List.copyOf(cues);
            contents = List.copyOf(contents);
        }
    }
}
