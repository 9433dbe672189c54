package org.corroborate.ingest.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an obvious wire-agency credit in an article's text: a dateline such as {@code PARIS (AFP) -} or
 * {@code LONDON, March 3 (Reuters) -} near the start, or a closing credit line such as {@code -- Reuters} or
 * {@code (Reporting by ...; AP)}. Only well-known agencies are recognised; anything less obvious is left empty.
 *
 * <p>Used by the feed and CSV readers. The HTML reader has its own detector; when both exist the lead may fold
 * this into it.
 */
public final class WireCredits {

    private static final String AGENCIES = "AFP|AP|Reuters|Associated Press|Agence France-Presse|dpa|ANSA|EFE"
            + "|Kyodo|Xinhua|Yonhap|PA|Bloomberg|UPI|TASS|Anadolu";
    private static final Pattern DATELINE = Pattern.compile(
            "^[^\\n]{0,80}?\\((" + AGENCIES + ")\\)\\s*[-\\u2013\\u2014:]");
    // Blanks before and after the dash are spaces and tabs, not \\s: with \\s, a long run of line breaks made every
    // line start rescan the rest of the text (quadratic; see RegexSafetyTest).
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|\\n)[ \\t]*(?:--|\\u2014|\\u2013|-)[ \\t]*(" + AGENCIES + ")\\s*$");

    private WireCredits() {
    }

    /** The agency credited, in its usual short form ({@code AFP}, {@code AP}, {@code Reuters}...), or empty. */
    public static Optional<String> detect(String text) {
        String t = text.strip();
        Matcher m = DATELINE.matcher(t);
        if (m.find()) {
            return Optional.of(shortName(m.group(1)));
        }
        m = CLOSING.matcher(t);
        if (m.find()) {
            return Optional.of(shortName(m.group(1)));
        }
        return Optional.empty();
    }

    private static String shortName(String agency) {
        return switch (agency.toLowerCase(Locale.ROOT)) {
            case "associated press" -> "AP";
            case "agence france-presse" -> "AFP";
            default -> agency;
        };
    }
}
