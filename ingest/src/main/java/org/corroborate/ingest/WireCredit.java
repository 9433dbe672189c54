package org.corroborate.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which news agency an article credits for its copy, from its byline and the start of its body, and names it
 * the same way whatever spelling the page used.
 *
 * <p>Canonical names: {@code AFP, AP, Reuters, UPI, dpa, Yonhap, Xinhua, TASS, Kyodo, ANSA, EFE, PA}.
 * Pure and thread-safe.
 */
public final class WireCredit {

    /** The canonical agency names {@link #detect} returns, in no particular order. */
    public static final List<String> AGENCIES = List.of(
            "AFP", "AP", "Reuters", "UPI", "dpa", "Yonhap", "Xinhua", "TASS", "Kyodo", "ANSA", "EFE", "PA");

    /** How far into the body a dateline credit is looked for, in chars. */
    static final int DATELINE_WINDOW = 160;

    // Long names, matched case-insensitively as whole words; the first group of each alternative names the agency.
    private static final String[][] LONG_NAMES = {
        {"AFP", "agence france[- ]presse"},
        {"AP", "(?:the )?associated press"},
        {"Reuters", "(?:thomson )?reuters"},
        {"UPI", "united press international"},
        {"dpa", "deutsche presse[- ]agentur"},
        {"Yonhap", "yonhap(?: news(?: agency)?)?"},
        {"Xinhua", "xinhua(?: news agency)?"},
        {"TASS", "(?:itar[- ])?tass"},
        {"Kyodo", "kyodo(?: news)?"},
        {"ANSA", "ansa"},
        {"EFE", "(?:agencia )?efe"},
        {"PA", "pa media|press association"},
    };

    // Acronyms, matched with their usual case only, so that a name such as "Pa Kim" is not read as PA.
    private static final String[][] ACRONYMS = {
        {"AFP", "AFP"}, {"AP", "AP"}, {"UPI", "UPI"}, {"dpa", "dpa|DPA"}, {"TASS", "TASS"}, {"ANSA", "ANSA"},
        {"EFE", "EFE"}, {"PA", "PA"},
    };

    private static final Pattern BY_LEAD = Pattern.compile("^By\\s+(.{1,40}?)\\s*(?:$|\\n|[.—–-])");
    private static final Pattern[] LONG_EACH = new Pattern[LONG_NAMES.length];
    private static final Pattern LONG;
    private static final Pattern SHORT;
    /** A dateline: an optional place and date in front of the agency in brackets or slashes, then a dash or colon. */
    private static final Pattern DATELINE;

    static {
        StringBuilder longAlt = new StringBuilder();
        for (String[] n : LONG_NAMES) {
            longAlt.append(longAlt.length() == 0 ? "" : "|").append(n[1]);
        }
        StringBuilder shortAlt = new StringBuilder();
        for (String[] n : ACRONYMS) {
            shortAlt.append(shortAlt.length() == 0 ? "" : "|").append(n[1]);
        }
        for (int i = 0; i < LONG_NAMES.length; i++) {
            LONG_EACH[i] = Pattern.compile("^(?:" + LONG_NAMES[i][1] + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        LONG = Pattern.compile("(?<![\\p{L}\\p{N}])(" + longAlt + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        SHORT = Pattern.compile("(?<![\\p{L}\\p{N}])(" + shortAlt + ")(?![\\p{L}\\p{N}])");
        DATELINE = Pattern.compile("^[^()\\n]{0,100}?[(/]\\s*((?:" + longAlt + "|" + shortAlt
                + ")(?:\\s*[/,]\\s*[\\p{L} .-]{1,30})?)\\s*[)/]\\s*(?:[-–—:]|\\.-|--|\\.)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private WireCredit() {
    }

    /**
     * The agency credited by a dateline at the start of {@code bodyStart} (such as {@code WASHINGTON (AFP) –},
     * {@code LONDON, March 3 (Reuters) -}, {@code MOSCOW, March 3. /TASS/.}) or, failing that, named in
     * {@code byline} (such as {@code Associated Press}, {@code By AP}, {@code Reuters staff}).
     *
     * @param byline    the article's byline, or empty
     * @param bodyStart the first few hundred chars of the body (more is fine), or empty
     * @return one of {@link #AGENCIES}, or empty when neither names an agency
     */
    public static Optional<String> detect(String byline, String bodyStart) {
        String head = bodyStart.length() > DATELINE_WINDOW ? bodyStart.substring(0, DATELINE_WINDOW) : bodyStart;
        Matcher m = DATELINE.matcher(head.stripLeading());
        if (m.find()) {
            Optional<String> n = canonical(m.group(1));
            if (n.isPresent()) {
                return n;
            }
        }
        Matcher lead = BY_LEAD.matcher(head.stripLeading());
        if (lead.find()) {
            Optional<String> n = inByline(lead.group(1));
            if (n.isPresent()) {
                return n;
            }
        }
        return inByline(byline);
    }

    private static Optional<String> inByline(String byline) {
        if (byline.isBlank()) {
            return Optional.empty();
        }
        Matcher l = LONG.matcher(byline);
        if (l.find()) {
            return canonical(l.group(1));
        }
        Matcher s = SHORT.matcher(byline);
        if (s.find()) {
            return canonical(s.group(1));
        }
        return Optional.empty();
    }

    /** The canonical name for a spelling such as {@code Agence France-Presse} or {@code AP/Reuters}; first wins. */
    static Optional<String> canonical(String spelling) {
        String s = spelling.strip();
        for (int i = 0; i < LONG_NAMES.length; i++) {
            if (LONG_EACH[i].matcher(s).find()) {
                return Optional.of(LONG_NAMES[i][0]);
            }
        }
        String upper = s.toUpperCase(Locale.ROOT);
        for (String[] n : ACRONYMS) {
            if (upper.startsWith(n[0].toUpperCase(Locale.ROOT))
                    && (upper.length() == n[0].length() || !Character.isLetterOrDigit(upper.charAt(n[0].length())))) {
                return Optional.of(n[0]);
            }
        }
        return Optional.empty();
    }
}
