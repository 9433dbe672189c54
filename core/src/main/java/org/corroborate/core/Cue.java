package org.corroborate.core;

import java.util.Objects;

/**
 * The words that signal an attribution, e.g. {@code told AFP}, {@code according to}, {@code have confirmed}.
 *
 * @param span  where in the body
 * @param text  the covered text
 * @param lemma the cue's base form ({@code say}, {@code tell}, {@code according to}, {@code confirm}), lower case
 * @param kind  how the attribution is signalled
 */
public record Cue(Span span, String text, String lemma, CueKind kind) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(kind, "kind");
    }
}
