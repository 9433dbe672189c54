package org.corroborate.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;

/**
 * Credits a wire agency from the article's own words when the input did not: a dateline or credit line, or a source
 * that "told AFP" or spoke to "reporters, including AFP", which means the copy is AFP's. A source that "told The
 * Associated Press" or "told Reuters" is only a relay: other outlets routinely cite interviews given to those two,
 * and their own copy carries a dateline or credit line ({@link #fromText}). The outlet, when unknown, becomes the
 * agency.
 */
public final class WireInference {

    private static final Set<String> WIRES = Set.of("afp", "ap", "reuters", "dpa", "kyodo", "yonhap", "upi", "efe",
            "ansa", "pa", "cn-xinhua", "ru-tass", "interfax");

    /**
     * Agencies for which a relay ("told Reuters") is no credit: their own copy is recognised by its dateline or
     * credit line instead.
     */
    private static final Set<String> RELAY_ONLY = Set.of("ap", "reuters");

    private WireInference() {
    }

    private static final String AGENCIES = "AFP|AP|Reuters|Associated Press|Agence France-Presse|UPI|dpa|EFE|ANSA"
            + "|Kyodo|Xinhua|Yonhap|Bloomberg|TASS|Anadolu";
    /** A dateline within the first lines: {@code HEMPSTEAD, N.Y., Sept. 26 (UPI) —}, {@code WASHINGTON (AP) —}. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|\\n|\\.\\s{1,3})[ \\t]*[A-Z][A-Za-z0-9 .,'\u2019-]{1,60}\\((" + AGENCIES + ")\\)\\s*[-\u2013\u2014:]");
    /** Closing credits: {@code (Reporting by ...; Editing by ...)} is Reuters' house style; {@code -- AFP}. */
    private static final Pattern REUTERS_CREDIT = Pattern.compile(
            "\\((?:Reporting|Additional reporting|Writing) by [^)]{3,300}\\)\\s*$");
    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|\\n)[ \\t]*(?:--|\u2014|\u2013|-)[ \\t]*(" + AGENCIES + ")\\s*$");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\b(?:The )?(Associated Press|AFP|Reuters|UPI) (?:contributed|writers? [^.]{0,80} contributed)");

    /**
     * The article with {@code wire} filled from an obvious credit in its own text when the input gave none: a
     * dateline in the first 400 chars ({@code WASHINGTON (AP) —}), Reuters' closing {@code (Reporting by ...)}, a
     * closing {@code -- AFP}, or {@code The Associated Press contributed to this report}. Otherwise unchanged.
     */
    public static Article fromText(Article article) {
        if (!article.wire().isEmpty()) {
            return article;
        }
        String body = article.body();
        String head = body.substring(0, Math.min(body.length(), 400));
        Matcher m = DATELINE.matcher(head);
        String found = null;
        if (m.find()) {
            found = m.group(1);
        } else {
            String tail = body.substring(Math.max(0, body.length() - 600)).strip();
            if (REUTERS_CREDIT.matcher(tail).find()) {
                found = "Reuters";
            } else if ((m = CLOSING.matcher(tail)).find() || (m = CONTRIBUTED.matcher(tail)).find()) {
                found = m.group(1);
            }
        }
        if (found == null) {
            return article;
        }
        String wire = switch (found.toLowerCase(Locale.ROOT)) {
            case "associated press" -> "AP";
            case "agence france-presse" -> "AFP";
            default -> found;
        };
        return article.toBuilder().wire(wire).build();
    }

    /**
     * The article with {@code wire} (and an unknown outlet) filled from its relays ({@code told AFP}), or the article
     * unchanged. Relays to AP and Reuters are not taken as a credit (see the class comment).
     */
    public static Article apply(Article article, List<Attribution> attributions) {
        if (!article.wire().isEmpty()) {
            return article;
        }
        for (Attribution a : attributions) {
            if (a.relay().size() < 2 || !(a.cue().lemma().equals("tell") || a.cue().lemma().equals("brief"))) {
                continue;
            }
            Source last = a.relay().get(a.relay().size() - 1);
            if (last.kind() == SourceKind.NEWS_OUTLET && WIRES.contains(last.id()) && !RELAY_ONLY.contains(last.id())) {
                Article.Builder b = article.toBuilder().wire(last.name());
                if (article.outlet().equals(Article.UNKNOWN_OUTLET)) {
                    b.outlet(last.name());
                }
                return b.build();
            }
        }
        return article;
    }
}
