package org.corroborate.core;

import java.util.Locale;

/** What kind of body a {@link Source} is; it sets the prior of the source's reliability. */
public enum SourceKind {
    INTELLIGENCE_AGENCY("intelligence agency"),
    GOVERNMENT("government"),
    MILITARY("military"),
    STATE_MEDIA("state media"),
    NEWS_OUTLET("news outlet"),
    OFFICIAL("official"),
    NAMED_PERSON("named person"),
    EYEWITNESS("eyewitness"),
    UNKNOWN("unknown");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** Human-readable name, lower case, for reports. */
    public String label() {
        return label;
    }

    /** Parses a name such as {@code state media}, {@code STATE_MEDIA} or {@code state-media}. */
    public static SourceKind parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown source kind '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
