package org.corroborate.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the group whose {@code User-agent} names the crawler
 * (case-insensitively), else the {@code *} group, else no rule. A path is allowed unless the longest matching
 * rule is a {@code Disallow}; on a tie {@code Allow} wins. Patterns may use {@code *} (any characters) and a final
 * {@code $} (end of path). Unknown lines are ignored.
 */
public final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    /** Allows everything (no robots.txt, or a 4xx answer for it). */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    /** Disallows everything (robots.txt unreachable, per RFC 9309). */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses {@code text} for the crawler named {@code robotName}. */
    public static RobotsRules parse(String text, String robotName) {
        String me = robotName.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean matchedMe = false;
        boolean matchedStar = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    // a new group starts: file the previous one
                    if (agents.contains(me)) {
                        mine.addAll(current);
                        matchedMe = true;
                    }
                    if (agents.contains("*")) {
                        star.addAll(current);
                        matchedStar = true;
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                String token = value.toLowerCase(Locale.ROOT);
                int slash = token.indexOf('/');
                agents.add(slash > 0 ? token.substring(0, slash).strip() : token);
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) { // an empty Disallow allows everything: no rule
                    current.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        if (agents.contains(me)) {
            mine.addAll(current);
            matchedMe = true;
        }
        if (agents.contains("*")) {
            star.addAll(current);
            matchedStar = true;
        }
        if (matchedMe) {
            return new RobotsRules(mine);
        }
        return matchedStar ? new RobotsRules(star) : ALLOW_ALL;
    }

    /** Whether {@code pathAndQuery} (starting with {@code /}) may be fetched. */
    public boolean allowed(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int bestLength = -1;
        boolean allow = true;
        for (Rule r : rules) {
            if (matches(r.pattern(), path)) {
                int len = r.pattern().length();
                if (len > bestLength || len == bestLength && r.allow()) {
                    bestLength = len;
                    allow = r.allow();
                }
            }
        }
        return allow;
    }

    /**
     * Matches a robots pattern with {@code *} and a trailing {@code $} against the start of {@code path}, in time
     * proportional to the product of their lengths at worst (no backtracking blow-up on hostile patterns).
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
