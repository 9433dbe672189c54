package org.corroborate.scoring.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that stand for a country in a claim's content: its name, its demonyms and short forms
 * ({@code Canada}, {@code Canadian}, {@code Canadians} → {@code CA}; {@code Afghan}, {@code Afghani} → {@code AF}),
 * from the table {@code countries.tsv} next to this class. Only capitalised words count ({@code turkey} and
 * {@code china} in lower case are not countries), the longest form wins ({@code North Korean} is {@code KP}, never
 * a bare {@code Korean}), and each part of a hyphenated word is looked up on its own ({@code Israeli-Canadian}).
 */
final class CountryForms {

    /** A country named at {@code [start, end)} of the text. */
    record Mention(int start, int end, String code) {
    }

    /** What separates the words of a form (compiled once: {@code String.split} would compile it per call). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0]+");
    private static final Map<String, String> CODE_BY_FORM;
    private static final int MAX_WORDS;
    /** The first word of every form: a word that is none of them starts no country's name. */
    private static final java.util.Set<String> FIRST_WORDS;

    static {
        Map<String, String> m = new HashMap<>();
        int maxWords = 1;
        try (InputStream in = CountryForms.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing next to " + CountryForms.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab != 2) {
                    throw new IllegalStateException("countries.tsv: expected CODE<tab>forms, got '" + line + "'");
                }
                String code = line.substring(0, tab);
                for (String form : line.substring(tab + 1).split("\\|")) {
                    List<String> words = words(form);
                    m.put(String.join(" ", words), code);
                    maxWords = Math.max(maxWords, words.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CODE_BY_FORM = Map.copyOf(m);
        MAX_WORDS = maxWords;
        java.util.Set<String> first = new java.util.HashSet<>();
        for (String form : CODE_BY_FORM.keySet()) {
            int sp = form.indexOf(' ');
            first.add(sp < 0 ? form : form.substring(0, sp));
        }
        FIRST_WORDS = java.util.Set.copyOf(first);
    }

    private CountryForms() {
    }

    /** The country a lower-case form stands for ({@code canadian} → {@code CA}), or null. */
    static String code(String lowerForm) {
        return CODE_BY_FORM.get(lowerForm);
    }

    /** The countries {@code text} names, in text order, with their spans. */
    static List<Mention> find(String text) {
        return find(text, text.toCharArray());
    }

    /** {@link #find(String)}, reading the text's chars {@code cs} (no index check per char of a UTF-16 string). */
    static List<Mention> find(String text, char[] cs) {
        List<int[]> spans = new ArrayList<>();
        int n = cs.length;
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(cs[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetter(cs[j]) || cs[j] == '.' && j + 1 < n
                    && Character.isLetter(cs[j + 1]) && j - i == 1)) {
                j++; // "U.S." and "U.K." are one word
            }
            if (j < n && cs[j] == '.' && j >= 2 && cs[j - 2] == '.') {
                j++;
            }
            spans.add(new int[] {i, j});
            i = j;
        }
        List<Mention> out = new ArrayList<>();
        for (int w = 0; w < spans.size(); w++) {
            int[] first = spans.get(w);
            if (!Character.isUpperCase(cs[first[0]])
                    || !FIRST_WORDS.contains(text.substring(first[0], first[1]).toLowerCase(Locale.ROOT))) {
                continue; // the form's words are the text's words, lower case: it starts with this one
            }
            boolean found = false;
            for (int len = Math.min(MAX_WORDS, spans.size() - w); len >= 1 && !found; len--) {
                int end = spans.get(w + len - 1)[1];
                if (!separatedBySpaces(cs, spans, w, len)) {
                    continue;
                }
                String code = CODE_BY_FORM.get(key(cs, first[0], end));
                if (code != null) {
                    out.add(new Mention(first[0], end, code));
                    w += len - 1;
                    found = true;
                }
            }
        }
        return out;
    }

    /** True when the {@code len} words from {@code w} are separated only by spaces or hyphens. */
    private static boolean separatedBySpaces(char[] text, List<int[]> spans, int w, int len) {
        for (int k = w + 1; k < w + len; k++) {
            for (int c = spans.get(k - 1)[1]; c < spans.get(k)[0]; c++) {
                char ch = text[c];
                if (ch != ' ' && ch != '\u00A0') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The form {@code cs[from, to)} would be looked up as: its words (only spaces and no-break spaces between them,
     * none inside) lower case, one space apart; what {@link #words} gives joined, without a regular expression.
     */
    static String key(char[] cs, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c == ' ' || c == '\u00A0') {
                if (b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(form.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
