package org.corroborate.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A source of information: an agency, government, outlet, person. Two mentions that resolve to the same source share
 * its {@link #id()}, which is what independence and track records are keyed by.
 *
 * @param id        stable key, lower case, e.g. {@code kr-nis}; never empty
 * @param name      canonical display name, e.g. {@code National Intelligence Service (South Korea)}
 * @param kind      what kind of body it is
 * @param country   ISO 3166-1 alpha-2 code in upper case, or empty when unknown or international
 * @param aliases   other names it is mentioned by (matched case-insensitively)
 * @param parent    id of the body this one ultimately speaks for (the root of its chain: an agency's or an
 *                  official's government), or empty when it speaks for itself; sources with the same
 *                  {@link #root()} are one origin, not independent confirmations
 */
public record Source(String id, String name, SourceKind kind, String country, List<String> aliases, String parent) {

    public Source {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Source id must not be blank (name '" + name + "')");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        country = country.toUpperCase(Locale.ROOT);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(parent, "parent");
    }

    /** The id of the body this source speaks for: its parent, else itself. */
    public String root() {
        return parent.isEmpty() ? id : parent;
    }

    /** A source known only by how the text names it. */
    public static Source adHoc(String name, SourceKind kind, String country) {
        return new Source(idFor(name), name, kind, country, List.of(), "");
    }

    /** The id an ad-hoc source of this name gets: lower case words joined by {@code -}. */
    public static String idFor(String name) {
        // = lower case, each run of chars other than \p{L} and \p{N} made one '-', none at either end
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean alnum = Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            if (!alnum) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0) {
                sb.append('-');
            }
            gap = false;
            sb.appendCodePoint(cp);
        }
        String id = sb.toString();
        return id.isEmpty() ? "unnamed" : id;
    }

    /** The source of attributions that name no source ("it was reported"). */
    public static final Source UNNAMED = new Source("unnamed", "unnamed source", SourceKind.UNKNOWN, "", List.of(), "");
}
