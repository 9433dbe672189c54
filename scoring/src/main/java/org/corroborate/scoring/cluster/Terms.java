package org.corroborate.scoring.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content terms for claim matching: lower-case words without stop words, with a light suffix stemmer, a few
 * synonyms folded together ({@code troops}, {@code soldiers} → {@code soldier}; {@code sent}, {@code deployed} →
 * {@code deploy}), numbers normalised ({@code 10,000} → {@code 10000}), and {@code @KP}-style country tokens.
 */
public final class Terms {

    private static final Set<String> STOP = Set.copyOf(List.of(("a an the and or but if of to in on at by for "
            + "with from into onto over under about as is are was were be been being has have had do does did "
            + "will would could should may might must can it its it's they them their he she his her him we us our "
            + "i you your this that these those there here which who whom whose what when where why how than then "
            + "so such not no nor also too very just only still even more most less least some any each every all "
            + "both either neither other another own same said says say told tell according since while after "
            + "before during until because though although however meanwhile there's that's who's been previously "
            + "already again now later earlier").split(" ")));

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("troop", "soldier"), Map.entry("force", "soldier"), Map.entry("personnel", "soldier"),
            Map.entry("sent", "deploy"), Map.entry("send", "deploy"), Map.entry("sending", "deploy"),
            Map.entry("dispatch", "deploy"), Map.entry("deployment", "deploy"), Map.entry("redeploy", "deploy"),
            Map.entry("re-deploy", "deploy"), Map.entry("redeployment", "deploy"),
            Map.entry("dead", "kill"), Map.entry("die", "kill"), Map.entry("died", "kill"), Map.entry("death", "kill"),
            Map.entry("captur", "capture"), Map.entry("prisoner", "capture"),
            Map.entry("withdrawn", "withdraw"), Map.entry("withdrew", "withdraw"), Map.entry("pullout", "withdraw"),
            Map.entry("fought", "fight"), Map.entry("fighting", "fight"), Map.entry("combat", "fight"),
            Map.entry("battle", "fight"));

    private Terms() {
    }

    /** The terms of {@code text}, in order, repeats kept; {@code countries} are added as {@code @CC} tokens. */
    public static List<String> of(String text, List<String> countries) {
        return of(text, text.toCharArray(), countries);
    }

    /**
     * {@link #of(String, List)} of {@code string}, whose chars are {@code text}: read from the array, each word cut
     * from the string (a copy of bytes for a Latin-1 string).
     */
    static List<String> of(String string, char[] text, List<String> countries) {
        List<String> out = new ArrayList<>();
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(text[j]) || (text[j] == '-' || text[j] == ',' || text[j] == '.')
                    && j + 1 < n && Character.isLetterOrDigit(text[j + 1]) && (text[j] == '-'
                    || Character.isDigit(text[j - 1])))) {
                j++;
            }
            String w = string.substring(i, j).toLowerCase(Locale.ROOT);
            i = j;
            if (Character.isDigit(w.charAt(0))) {
                out.add(w.replace(",", ""));
                continue;
            }
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            out.add(normalise(w));
        }
        for (String cc : countries) {
            out.add("@" + cc);
        }
        return out;
    }

    /** True for a lower-case word that carries no content (an article, pronoun, auxiliary, ...). */
    static boolean isStopWord(String lower) {
        return STOP.contains(lower);
    }

    /** Stems and folds one lower-case word. */
    static String normalise(String w) {
        String s = SYNONYMS.get(w);
        if (s != null) {
            return s;
        }
        String stem = stem(w);
        s = SYNONYMS.get(stem);
        return s != null ? s : stem;
    }

    /**
     * Suffixes off, and the forms of one word made alike: a final {@code e} goes ({@code release},
     * {@code released}, {@code releasing} → {@code releas}), a doubled consonant left by {@code -ed} or
     * {@code -ing} is single again ({@code kidnapped} → {@code kidnap}).
     */
    private static String stem(String w) {
        if (w.startsWith("re-")) {
            w = w.substring(3);
        }
        String base = w;
        boolean inflected = false;
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 5 && w.endsWith("eed")) {
            base = w.substring(0, w.length() - 1); // agreed → agree
        } else if (w.length() > 5 && w.endsWith("ed")) {
            base = w.substring(0, w.length() - 2);
            inflected = true;
        } else if (w.length() > 5 && w.endsWith("es")) {
            base = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ing")) {
            base = w.substring(0, w.length() - 3);
            inflected = true;
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            base = w.substring(0, w.length() - 1);
        }
        int n = base.length();
        if (inflected && n > 3 && base.charAt(n - 1) == base.charAt(n - 2)
                && "bdgmnprt".indexOf(base.charAt(n - 1)) >= 0) {
            // kidnapp(ed) → kidnap; not fall(ing), pass(ed)
            return base.substring(0, n - 1);
        }
        if (n > 4 && base.endsWith("e") && !base.endsWith("ee")) {
            return base.substring(0, n - 1);
        }
        return base;
    }
}
