package org.corroborate.scoring.reliability;

import java.util.List;
import java.util.Objects;

/**
 * A statement whose truth has been judged: who made it, its words, what else is known of it, and the verdict. The
 * training data of a {@link ClaimPriorModel}: a fact-checker's table of statements, or reviewers' verdicts on claims.
 *
 * @param source     who made the statement (a speaker, a source id); its track record is learned from the other
 *                   statements of the same source; may be empty when unknown
 * @param text       the statement's words; may be empty
 * @param attributes named facts of the statement or its source (party, venue, subject, job, ...), any number of
 *                   each name
 * @param verdict    whether the statement was judged true (or true enough)
 */
public record LabelledStatement(String source, String text, List<Attribute> attributes, boolean verdict) {

    public LabelledStatement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        attributes = List.copyOf(attributes);
    }

    /**
     * A named fact of a statement, such as {@code party=republican} or {@code venue=a tweet}.
     *
     * @param name  the kind of fact, not blank
     * @param value its value; blank values are ignored by the model
     */
    public record Attribute(String name, String value) {
        public Attribute {
            Objects.requireNonNull(value, "value");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank, got \"" + name + "\"");
            }
        }
    }
}
