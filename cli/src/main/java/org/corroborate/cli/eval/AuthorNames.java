package org.corroborate.cli.eval;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.scoring.truth.ListValues;
import org.corroborate.scoring.truth.ValueImplication;

/**
 * The matching rule for author lists of the Books benchmark: a list is reduced to the set of its authors'
 * surnames, and two lists match when their sets are equal.
 *
 * <p>Rule, applied the same way to the gold, to every source's value and to every method:
 * <ol>
 *   <li>HTML entities are decoded ({@code &eacute;}, {@code &#233;}) and UTF-8 read as Latin-1 repaired
 *   ({@code MarcadÃ©} becomes {@code Marcadé}); accents are dropped, text lower-cased (Locale.ROOT), text in
 *   parentheses dropped.</li>
 *   <li>The list is cut into chunks at {@code ;}, {@code /}, {@code &}, "and", "with".</li>
 *   <li>Words are split at spaces and full stops, punctuation other than {@code -} and {@code '} dropped; one-letter
 *   words (initials) and the words {@code et al, ed, editor, jr, phd, not available...} are ignored.</li>
 *   <li>In a chunk without commas the surname is the last word ("Donald E. Knuth" gives knuth). In a chunk whose
 *   first comma-separated part is a single word the chunk is "Last, First" (several names may run on: "Hornick,
 *   Mark F. Marcade, Erik" gives hornick, marcade: every middle part ends with the next surname). Otherwise every
 *   comma-separated part is a "First Last" name ("Peter Aiken, M. David Allen" gives aiken, allen).</li>
 *   <li>Only the last word of a surname is kept ("van der Linden" gives linden), so middle names and initials never
 *   matter, and "Last, First" and "First Last" agree.</li>
 * </ol>
 * A value that yields no surname (empty, "Not Available") is treated as no observation. Known limits: names run
 * together without any separator ("Donald E. Knuth John Fuller") yield only the last surname.
 */
public final class AuthorNames {

    private static final Set<String> IGNORED = Set.of("et", "al", "ed", "eds", "editor", "editors", "edited", "by",
            "jr", "sr", "ii", "iii", "iv", "phd", "dr", "prof", "mr", "mrs", "ms", "foreword", "introduction",
            "translator", "trans", "illustrator", "contributor", "author", "authors", "compiler", "series", "not",
            "available", "unknown", "various");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);");
    private static final Pattern ACCENTED = Pattern.compile("([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil)");
    private static final Map<String, String> MARKS = Map.of("acute", "\u0301", "grave", "\u0300", "circ", "\u0302",
            "tilde", "\u0303", "uml", "\u0308", "ring", "\u030A", "cedil", "\u0327");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "quot", "\"", "apos", "'", "lt", "<",
            "gt", ">", "nbsp", " ", "copy", "\u00A9", "reg", "\u00AE", "szlig", "ss", "oslash", "o");
    private static final Pattern CHUNKS = Pattern.compile(";|/|&|\\band\\b|\\bwith\\b");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");

    private AuthorNames() {
    }

    /** The sorted, distinct surnames of an author list; empty when it names nobody. */
    public static List<String> surnames(String authors) {
        String text = PARENS.matcher(fold(authors)).replaceAll(" ");
        Set<String> out = new TreeSet<>();
        for (String chunk : CHUNKS.split(text)) {
            List<List<String>> parts = new ArrayList<>();
            for (String p : chunk.split(",")) {
                parts.add(words(p)); // kept even when empty ("M.D." is initials only) to keep the structure
            }
            while (!parts.isEmpty() && parts.get(0).isEmpty()) {
                parts.remove(0);
            }
            while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty() && parts.size() == 1) {
                parts.remove(0);
            }
            if (parts.isEmpty()) {
                continue;
            }
            long nonEmpty = parts.stream().filter(w -> !w.isEmpty()).count();
            if (nonEmpty == 1 && parts.size() == 1) {
                out.add(last(parts.get(0)));
            } else if (parts.get(0).size() == 1) {
                out.add(parts.get(0).get(0));
                for (int i = 1; i < parts.size() - 1; i++) {
                    if (parts.get(i).size() >= 2) {
                        out.add(last(parts.get(i)));
                    }
                }
            } else {
                for (List<String> p : parts) {
                    if (!p.isEmpty()) {
                        out.add(last(p));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The gold file's author list, {@code last, first m.;  last2, first2;}, as sorted distinct surnames. */
    public static List<String> goldSurnames(String gold) {
        Set<String> out = new TreeSet<>();
        for (String name : fold(gold).split(";")) {
            int comma = name.indexOf(',');
            List<String> w = words(comma >= 0 ? name.substring(0, comma) : name);
            if (!w.isEmpty()) {
                out.add(last(w));
            }
        }
        return List.copyOf(out);
    }

    /** The canonical value of an author list: its surnames joined by {@code "; "}; empty when none. */
    public static String key(String authors) {
        return String.join(ListValues.JOINER, surnames(authors));
    }

    /**
     * TruthFinder's implication between two canonical author lists (Yin et al. 2007 for books): the share of
     * {@code from}'s authors that are also in {@code to}, minus the base similarity 0.5 ({@link ListValues#SHARED_ITEMS};
     * {@link #key} joins surnames as {@link ListValues#JOINER} does).
     */
    public static final ValueImplication IMPLICATION = ListValues.SHARED_ITEMS;

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    private static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        for (String t : WORD_BREAK.split(part)) {
            StringBuilder sb = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'') {
                    sb.append(c);
                }
            }
            String w = strip(sb.toString());
            if (w.length() > 1 && !IGNORED.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String strip(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && (w.charAt(from) == '-' || w.charAt(from) == '\'')) {
            from++;
        }
        while (to > from && (w.charAt(to - 1) == '-' || w.charAt(to - 1) == '\'')) {
            to--;
        }
        return w.substring(from, to);
    }

    /** Entities decoded, mojibake repaired, accents dropped, lower case. */
    static String fold(String s) {
        String t = decodeEntities(s);
        if (t.indexOf('\u00C3') >= 0 || t.indexOf('\u00C2') >= 0) {
            t = repairMojibake(t);
        }
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().replace("\u00F8", "o").replace("\u00D8", "o").replace("\u00DF", "ss")
                .toLowerCase(Locale.ROOT);
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String rep;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                rep = codePoint(name.substring(2), 16, m.group());
            } else if (name.startsWith("#")) {
                rep = codePoint(name.substring(1), 10, m.group());
            } else if (NAMED.containsKey(name)) {
                rep = NAMED.get(name);
            } else {
                Matcher a = ACCENTED.matcher(name);
                rep = a.matches() ? Normalizer.normalize(a.group(1) + MARKS.get(a.group(2)), Normalizer.Form.NFC)
                        : " ";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(String digits, int radix, String whole) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
        } catch (NumberFormatException e) {
            return whole;
        }
    }

    private static String repairMojibake(String s) {
        try {
            byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
