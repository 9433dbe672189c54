package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells how a headline presents its claim, by rule: words that deny or debunk ({@code hoax}, {@code fake},
 * {@code denies}, a negation the claim itself does not contain) make it {@link Presentation#DENIED}; words that
 * report or hedge ({@code reportedly}, {@code says}, {@code may}, a question mark, a {@code Source: ...} prefix)
 * make it {@link Presentation#ATTRIBUTED}; anything else is {@link Presentation#ASSERTED}.
 *
 * <p>Which of the weaker signals count is set by {@link Options}; {@link Options#DEFAULTS} were chosen by 10-fold
 * cross-validation on the Emergent headlines (docs/EVALUATION.md). Immutable and thread-safe.
 */
public final class PresentationClassifier {

    /**
     * Which signals count.
     *
     * @param colonAttributes    a {@code Source: text} headline is attributed
     * @param saysAttributes     {@code says}, {@code said}, {@code according to} make it attributed
     * @param modalAttributes    {@code may}, {@code might}, {@code could}, {@code would}, {@code likely} hedge
     * @param plainNegationDenies a bare {@code not}/{@code no}/{@code never} the claim lacks is a denial
     * @param useLead            the lead sentence is read too when the headline alone shows nothing (Emergent has
     *                           headlines only, so cross-validation cannot choose this one: it is on by default)
     */
    public record Options(boolean colonAttributes, boolean saysAttributes, boolean modalAttributes,
                          boolean plainNegationDenies, boolean useLead) {

        public static final Options DEFAULTS = new Options(false, true, true, true, true);

        public Options withColonAttributes(boolean v) {
            return new Options(v, saysAttributes, modalAttributes, plainNegationDenies, useLead);
        }

        public Options withSaysAttributes(boolean v) {
            return new Options(colonAttributes, v, modalAttributes, plainNegationDenies, useLead);
        }

        public Options withModalAttributes(boolean v) {
            return new Options(colonAttributes, saysAttributes, v, plainNegationDenies, useLead);
        }

        public Options withPlainNegationDenies(boolean v) {
            return new Options(colonAttributes, saysAttributes, modalAttributes, v, useLead);
        }

        public Options withUseLead(boolean v) {
            return new Options(colonAttributes, saysAttributes, modalAttributes, plainNegationDenies, v);
        }

        /** All 32 combinations, for tuning. */
        public static List<Options> all() {
            List<Options> out = new ArrayList<>();
            for (int m = 0; m < 32; m++) {
                out.add(new Options((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0, (m & 16) != 0));
            }
            return out;
        }
    }

    private static final Pattern DEBUNK = Pattern.compile("\\b(?:fake[sd]?|hoax\\w*|false(?:ly)?|debunk\\w*|"
            + "den(?:y|ies|ied|ying)|untrue|myths?|satir\\w*|bogus|refut\\w*|dismiss\\w*|scam|fabricat\\w*|phony|"
            + "lies|rejects?|no evidence|not true|not real|is alive|still alive|not dead|rubbish|nonsense|"
            + "baseless|busted|photoshopped|doctored|misleading|doubts?|retract\\w*|inaccurate|exaggerat\\w*|"
            + "prank\\w*|troll\\w*|punk\\w*|libel|record straight|mourned instead|despite)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|isn't|aren't|wasn't|didn't|doesn't|don't|won't|hasn't|haven't|nor)\\b");
    private static final Pattern REPORTING = Pattern.compile("\\b(?:reportedly|allegedly|purportedly|apparently|"
            + "reports?|reported|rumou?r\\w*|claims?|claimed|claiming|alleged|possibl[ey]|suggests?|sources?|"
            + "believed|expected|predict\\w*|unconfirmed|appears?|seems?|tipped|hints?|leak\\w*|spotted|speculat\\w*|"
            + "forecasts?|analysts?|estimates?|insists?|warns?|thinks?|believes?|mulls?|weighs?|in talks|"
            + "considering)\\b");
    private static final Pattern SAYS = Pattern.compile("\\b(?:says?|said|according to|tells?|told)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(?:may|might|could|likely|perhaps|probably)\\b");
    private static final Pattern COLON_SOURCE = Pattern.compile("^[^:]{2,40}:\\s");

    private final Options options;

    public PresentationClassifier(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static PresentationClassifier withDefaults() {
        return new PresentationClassifier(Options.DEFAULTS);
    }

    public Options options() {
        return options;
    }

    /**
     * How {@code headline} presents {@code claim} (any may be empty; {@code lead} is the article's first
     * sentence, read alone when the headline is blank). Never throws for any text.
     */
    public Presentation classify(String headline, String lead, String claim) {
        if (headline.isBlank()) {
            return classify(lead, claim);
        }
        Presentation p = classify(headline, claim);
        if (p == Presentation.ASSERTED && options.useLead() && !lead.isBlank()) {
            return classify(lead, claim);
        }
        return p;
    }

    private Presentation classify(String text, String claim) {
        String h = normalise(text);
        String c = normalise(claim);
        if (findNotIn(DEBUNK, h, c)) {
            return Presentation.DENIED;
        }
        if (options.plainNegationDenies() && findNotIn(NEGATION, h, c)) {
            return Presentation.DENIED;
        }
        if (h.indexOf('?') >= 0 || REPORTING.matcher(h).find()
                || options.saysAttributes() && SAYS.matcher(h).find()
                || options.modalAttributes() && MODAL.matcher(h).find()
                || options.colonAttributes() && COLON_SOURCE.matcher(h).find()) {
            return Presentation.ATTRIBUTED;
        }
        return Presentation.ASSERTED;
    }

    /** True when {@code p} matches a word in {@code text} that {@code claim} does not contain. */
    private static boolean findNotIn(Pattern p, String text, String claim) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!claim.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
