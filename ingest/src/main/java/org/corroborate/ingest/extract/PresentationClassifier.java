package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells how a headline presents its claim, by rule: words that deny or debunk ({@code hoax}, {@code fake},
 * {@code denies}, a negation the claim itself does not contain) make it {@link Presentation#DENIED}, unless every
 * one of them sits in a question ({@code Real or hoax?}), which only asks, or is itself negated ({@code no hoax},
 * {@code denies ... hoax}), which rejects the debunking; words that report or hedge
 * ({@code reportedly}, {@code says}, {@code may}, {@code purports}, {@code suspect}, a closing question mark, a
 * yes/no question opening the headline, a source before a colon or after a closing dash: {@code Pentagon: ...},
 * {@code ... -CNBC}) make it {@link Presentation#ATTRIBUTED}; anything else is {@link Presentation#ASSERTED}. When the
 * claim tells of harm to someone ({@code captured}, {@code killed}), a statement that they are well
 * ({@code says she's safe}) denies it.
 *
 * <p>With a claim, a word the claim itself contains does not count (a claim that a priest <em>claims</em>
 * something is asserted by {@code Priest claims ...}), and when the claim is itself about a statement
 * ({@code says}, {@code told}, {@code declared}), the headline's saying verbs report that statement rather than
 * distance the outlet from it.
 *
 * <p>Some cues are read in their scope: a question answered {@code No} or {@code Probably not} denies, and a
 * yes/no question leading to a debunking ({@code Was it all a hoax?}) denies where an alternative
 * ({@code Real or hoax?}) only asks; a negated attitude ({@code isn't happy with}, {@code won't stop}) or an
 * imperative ({@code Don't cancel ...}), a negated exclusivity ({@code won't be a U.S.-only launch}), a reason
 * ({@code fined for not paying}) and a minimiser ({@code hasn't aged a bit}) deny nothing; an instruction
 * ({@code told to limit}) reports nothing; a modal on a record ({@code could be the biggest ever}) or
 * on the reader ({@code could wipe your photos}) and a question put to the reader ({@code will you buy one?}) hedge
 * nothing.
 *
 * <p>Which of the weaker signals count is set by {@link Options}; {@link Options#DEFAULTS} were chosen by 10-fold
 * cross-validation on the Emergent headlines, and the word lists were tuned on its train part only
 * (docs/EVALUATION.md). Immutable and thread-safe.
 */
public final class PresentationClassifier implements HeadlineStance {

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
            + "prank(?!sters?\\b)\\w*|troll\\w*|punk\\w*|libel|record straight|mourned instead|despite|"
            // refuting phrasings learnt from train misses
            + "bullshit|bs (?:story|report|claims?)|made (?:it all |this |that |the story )?up|make up|misinformation|erroneous|"
            + "too good to check|rebuff\\w*|staged|stage (?:his|her|their|the|this|it)|a lie|questions whether|"
            // deceived readers: "internet duped by", "falls for fake website"
            + "dupe[sd]?|fooled|fell for|falls? for|"
            // general words of denial and refutation, none of them in Emergent's train part (so not tuned on it)
            + "denials?|unfounded|unsubstantiated|urban legend|impost[eo]rs?|misreport\\w*|false alarm|dispel\\w*|"
            + "no truth|never happened|never existed|there (?:was|were|is|are) never|put to rest|spoof\\w*|"
            + "parod(?:y|ies|ied)|"
            // a picture altered: "photoshop X into", "edited into a meme", "digitally altered"
            + "photoshop(?:s|ping)?|edited into|digitally (?:altered|edited|manipulated|added|inserted)|"
            + "altered (?:image|photo|picture|video)s?|"
            // a wish contrary to fact: "If only a bird really did ..."
            + "if only|"
            // doubt and contradiction
            + "skeptic\\w*|sceptic\\w*|dubious|disput(?:es|ed|ing)|contradict(?:s|ed|ing)?|"
            // idioms of dismissal: "rubbishes reports", "laughs off rumours", "calls the claims completely crazy"
            + "rubbish(?:es|ed)|laugh(?:s|ed)? off|"
            // ending talk of it: "scotches rumours", "shoots down reports", "quashes speculation", "rules out"
            + "(?:scotch(?:es|ed)?|(?:shoots?|shot|knocks?|knocked) down|nix(?:es|ed)?|s?quash(?:es|ed)?|"
            + "puts? an end to) (?:the |those |these )?(?:\\w+ )?(?:rumou?rs?|reports?|claims?|talk|speculation|"
            + "stor(?:y|ies))|rul(?:e|es|ed|ing) out|"
            // the report called wrong: "reports are wrong", "incorrect", "no proof"
            + "(?:reports?|claims?|rumou?rs?|stor(?:y|ies)) (?:is|are|was|were) (?:\\w+ly )?wrong|got it wrong|"
            + "incorrect(?:ly)?|no proof|no basis|"
            + "brush(?:es|ed)? off|pours? cold water|slap(?:s|ped)? down|"
            + "call(?:s|ed)? (?:\\w+ ){0,3}?(?:reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?|"
            + "accusations?|speculation|it|them) (?:\\w+ly )?(?:crazy|ridiculous|absurd|laughable|ludicrous|"
            + "preposterous|silly))\\b");
    /** A claim of harm done to someone: a statement that they are well contradicts it. */
    private static final Pattern HARM = Pattern.compile("\\b(?:captur\\w*|kidnap\\w*|abduct\\w*|hostages?|"
            + "killed|dead|died|dies|injur\\w*|wounded|hurt|missing|arrest\\w*|detain\\w*|ill|sick)\\b");
    /** Someone said to be well: {@code says she's safe}, {@code I'm safe and secure}, {@code is unharmed}. */
    private static final Pattern WELL = Pattern.compile("\\b(?:i'm|i am|we're|we are|he's|she's|they're|is|are|was|"
            + "were|am|feels?|feeling) (?:\\w+ly )?(?:safe|fine|ok|okay|unharmed|unhurt|in good health|"
            + "alive and well)\\b(?! to| for| with)");
    /**
     * A debunking word that is itself negated ({@code no hoax}, {@code not fake}, {@code denies ... hoax}) rejects
     * the debunking: neither it nor its negation denies the claim.
     */
    private static final Pattern NEGATED_DEBUNK = Pattern.compile("\\b(?:not|no|isn't|wasn't|never|"
            + "den(?:y|ies|ied|ying))\\s+(?:\\w+\\s+){0,2}?(?:hoax\\w*|fake[sd]?|photoshopped|doctored|"
            + "prank\\w*|staged)\\b");
    /** Not {@code never}: in headlines it is mostly emphasis ({@code You'll never guess}), not a denial. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|isn't|aren't|wasn't|weren't|didn't|doesn't|don't|won't|hasn't|haven't|hadn't|nor)\\b");
    private static final Pattern REPORTING = Pattern.compile("\\b(?:reportedly|allegedly|purportedly|apparently|"
            + "reports?|reported|rumou?r\\w*|claims?|claimed|claiming|possibl[ey]|suggests?|sources?|"
            + "believed|expected|predict\\w*|unconfirmed|appears?|seems?|tipped|hints?|spotted|speculat\\w*|"
            + "forecasts?|analysts?|estimates?|insists?|warns?|thinks?|believes?|mulls?|weighs?|in talks|"
            + "considering|purports?|purported|apparent|seemingly|suspects?|suspected|unverified|eyes?|watchdog|"
            // "mystery of", "mystery surrounds" hedge; "mystery man", "mystery woman" only describe a participant
            + "supposedly|accus\\w*|questions? raised|mystery(?= of| over| surround| deepen| remain|\\W*$)|allegations?|"
            // forecasts by analysts ("Citi sees", "pegs ... at", "eyed to play") and media as the source
            + "sees|eyed|pegs|expects|by (?:the )?media|media (?:outlets )?(?:identify|name)|"
            // declining to say is no denial: "refuses to confirm or deny", "won't say"
            + "refus\\w* to (?:confirm|say|comment)|won't say|declin\\w* to (?:confirm|say|comment)|"
            // observing phrasings learnt from train misses
            + "appeared to|reporting|self-proclaimed|confusion|prognosticat\\w*|"
            // general hedges of news use, by meaning (the inflections the words above lack)
            + "thought to|understood to|mulling|eyeing|pondering|in (?:\\w+ )?(?:discussions|negotiations))\\b");
    /** A first-person quotation after a short name and a colon: {@code Tim Cook: I wear ...}. */
    private static final Pattern NAME_QUOTES = Pattern.compile(
            "^[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,2}: (?:I|I'm|I've|We|We're|My|Our)\\b");
    /** A negation that only contrasts ({@code a ticket, not an arrest}; {@code not missing, just ...}). */
    private static final Pattern CONTRAST = Pattern.compile(",\\s*(?:not|no)\\b|\\bnot \\w+, (?:just|but)\\b");
    private static final Pattern CONFIRM_OR_DENY = Pattern.compile(
            "\\b(?:confirm\\w*|den(?:y|ies|ied)) n?or (?:confirm\\w*|den(?:y|ies|ied))\\b");
    /**
     * An instruction ({@code developers told to limit}, {@code warns people to stop}): the verb reports what was asked
     * of someone, the event itself, so it does not distance the outlet.
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\b(?:told|tells?|warns?|warned)(?= (?:\\w+ ){0,2}?to (?!be\\b)\\w)");
    /** Declining to say: a negation in it is no denial. */
    private static final Pattern DECLINES = Pattern.compile(
            "\\b(?:refus\\w* to|won't|declin\\w* to) (?:confirm|say|comment)\\b");
    /** A claim about a statement: the headline's saying verbs then report the statement, as the claim does. */
    private static final Pattern CLAIM_REPORTS = Pattern.compile("\\b(?:says?|said|told|tells?|claims?|claimed|"
            + "declared|announced|confirm(?:s|ed)?|reveal(?:s|ed)?|shows|showed)\\b");
    private static final Pattern SAYING = Pattern.compile("\\b(?:says?|said|told|tells?|claims?|claimed|claiming)\\b");
    /** Words naming a source: before a colon or after a closing dash they attribute the headline. */
    private static final String SOURCE_WORDS = "(?:officials?|sources?|spokes(?:man|woman|person)|papers?|"
            + "newspapers?|monitors?|group|family|parents?|senators?|intel|intelligence|police|reports?|analysts?|"
            + "experts?|witness(?:es)?|eyewitness(?:es)?|media|insiders?|aides?|ministry|government|pentagon|"
            + "white house)";
    private static final Pattern SOURCE_PREFIX = Pattern.compile("^[^:]{0,40}\\b" + SOURCE_WORDS
            + "\\b[^:]{0,20}:\\s");
    /** An acronym before a colon ({@code NYT: ...}), in the headline as written. */
    private static final Pattern ACRONYM_PREFIX = Pattern.compile("^[A-Z]{2,4}:\\s");
    /** Text after a last colon, bar or spaced dash ({@code ... - Somali government}, {@code ... -CNBC}). */
    private static final Pattern TAIL = Pattern.compile("(?:[:|]|\\s[-\u2013\u2014])\\s*([^:\\-]{2,30})$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern SOURCE_WORD = Pattern.compile("\\b" + SOURCE_WORDS + "\\b");
    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final Pattern ALLEGED = Pattern.compile("\\balleged\\s+(\\w+)");
    private static final Pattern SAYS = Pattern.compile("\\b(?:says?|said|according to|tells?|told)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(?:may|might|could|likely|perhaps|probably)\\b");
    /**
     * A modal in a subordinate clause ({@code a catfish which could be the biggest}, {@code so they could be closer
     * to God}) may hedge that clause only: a cue for the model; as a rule it was a wash on Emergent's train part.
     */
    private static final Pattern SUBORDINATE_MODAL = Pattern.compile(
            "\\b(?:which|who|that|so|if|what)(?: \\w+){0,2} (?:may|might|could)\\b");
    /**
     * A yes/no question opening the headline ({@code Is this Crabzilla? Giant crab caught on camera}) asks whether the
     * claim holds before the statement that follows; one put to the reader ({@code Would you take a bite ...?}) is
     * taken out first, as it only engages.
     */
    private static final Pattern YES_NO_OPENER = Pattern.compile(
            "^\\W*(?:is|was|are|were|has|have|had|did|does|do|would|will|can|could)\\b[^?.!:;]{3,120}\\?");
    /**
     * A modal that hedges only a record or a superlative ({@code could set a record}, {@code could be the biggest},
     * {@code may be the greatest ever}): the event itself is asserted.
     */
    private static final Pattern RECORD_MODAL = Pattern.compile("\\b(?:may|might|could|likely|probably|"
            + "(?:thought|believed) to)"
            + "(?: \\w+)?? (?:be|set|break)(?: (?:a|an|the|new|world|all-time|world's))* (?:records?|biggest|largest|"
            + "greatest|best|worst|oldest|longest|tallest|heaviest|richest|highest|most|first)\\b"
            + "|\\b(?:may|might|could) be the \\w+ ever\\b");
    /**
     * A modal about what may happen to the reader ({@code could delete your files}, {@code could land you a ticket})
     * warns; it does not hedge the event.
     */
    private static final Pattern READER_MODAL = Pattern.compile(
            "\\b(?:may|might|could|probably)(?=(?: \\w+){0,3} (?:you|your|you're|you'll)\\b)");
    /**
     * A question put to the reader ({@code Will you spend ...?}, {@code can you still recognise her?}) asks for an
     * opinion, not whether the claim holds.
     */
    private static final Pattern READER_QUESTION = Pattern.compile(
            "\\b(?:will|would|can|could|do|did|should|are|have) you\\b[^?.!:;]{0,200}\\?");
    /** A yes/no question's opening auxiliary ({@code Was ...}, {@code Did ...}). */
    private static final Pattern LEADING_OPENER = Pattern.compile(
            "^\\W*+(?:is|was|are|were|has|have|had|did|does|do)\\b");
    /**
     * A negated attitude or continuation ({@code isn't happy with}, {@code not ready}, {@code don't approve},
     * {@code won't stop}, {@code no longer}, {@code no limit}) tells a party's stance or a change, not that the
     * claim is false, unless the claim itself has that word ({@code won't stop selling} of a claim that sales stop).
     */
    private static final Pattern ATTITUDE_NEGATION = Pattern.compile("\\b(?:not|no|isn't|aren't|wasn't|weren't|"
            + "didn't|doesn't|don't|won't|hasn't|haven't|hadn't)(?: \\w+)? (happy|pleased|impressed|amused|thrilled|ready|"
            + "approve\\w*|stop\\w*|longer|limit|give up)\\b");
    /**
     * A negation of exclusivity ({@code not only}, {@code won't be a U.S.-only launch}) widens the claim rather than
     * denying it, one in a reason ({@code executed for not harvesting}) is part of what is reported, and one with a
     * minimiser ({@code hasn't aged a bit}) stresses the event.
     */
    private static final Pattern NARROW_NEGATION = Pattern.compile("\\b(?:not|no|isn't|aren't|wasn't|weren't|"
            + "didn't|doesn't|don't|won't|hasn't|haven't|hadn't)(?: be)?(?: (?:a|an|the))? (?:only|just|merely|"
            + "exclusively|[\\w.]+-only)\\b|\\bfor not \\w+ing\\b"
            // a minimiser stresses the event: "hasn't aged a bit", "doesn't spend a dime on himself"
            + "|\\b(?:not|isn't|wasn't|didn't|doesn't|don't|won't|hasn't|haven't|hadn't)(?: \\w+){1,2}"
            + " (?:(?:a|one) bit|a (?:dime|day|penny|cent)|an inch)\\b");
    /** An answer after a question mark that denies: {@code ? No}, {@code ? Probably not}, {@code ? Nope}. */
    private static final Pattern ANSWERED_NO = Pattern.compile(
            "(?:no(?! wonder| doubt| matter| more| longer)|nope|probably not|not really|not quite|not so fast|"
            + "unlikely|hardly)\\b");
    /** An imperative opener ({@code Don't cancel your plans}) gives advice: its negation is no denial. */
    private static final Pattern IMPERATIVE_NEGATION = Pattern.compile("^\\W*(?:don't|do not)\\b");
    /** An answer after a question mark that affirms: {@code ? It's real}, {@code ? Yes}. */
    private static final Pattern ANSWERED = Pattern.compile("(?:it's (?:real|true|official)|yes)\\b");
    private static final Pattern COLON_SOURCE = Pattern.compile("^[^:]{2,40}:\\s");
    private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_+]+");
    private static final Pattern SLUG_KICKER = Pattern.compile("reports?|rumou?rs?");
    /**
     * Sites whose articles each examine one rumour: their titles name the rumour ({@code Crabzilla},
     * {@code Macaulay Culkin Dead?}) and the article gives the verdict, so a title that shows nothing reports it.
     */
    private static final List<String> FACT_CHECKERS = List.of("snopes.com", "factcheck.org", "politifact.com",
            "hoax-slayer.com", "hoax-slayer.net", "truthorfiction.com", "fullfact.org", "africacheck.org",
            "leadstories.com", "checkyourfact.com", "urbanlegends.about.com", "hoaxbusters.org", "factcheck.afp.com");

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
    @Override
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

    /**
     * As {@link #classify(String, String, String)}, for an article at {@code url} (may be empty, or an outlet name):
     * a headline that shows nothing, of an article whose URL slug opens with {@code report} or {@code rumor}
     * ({@code .../report-apple-will-acquire-path}), was published under a {@code Report:} kicker that the headline
     * as given has lost (see {@link #reportKicker}), so it is attributed; so is one of a fact-checking site, whose
     * titles name the rumour they examine (see {@link #factChecker}).
     */
    @Override
    public Presentation classify(String headline, String lead, String claim, String url) {
        if (!headline.isBlank() && classify(headline, claim) == Presentation.ASSERTED
                && (reportKicker(url) || factChecker(url))) {
            return Presentation.ATTRIBUTED;
        }
        return classify(headline, lead, claim);
    }

    /**
     * Whether {@code url} (or an outlet name such as {@code snopes.com}) is on a fact-checking site (Snopes,
     * FactCheck.org, PolitiFact, Hoax-Slayer, TruthOrFiction, Full Fact, Africa Check, Lead Stories, Check Your
     * Fact, About.com's urban legends, AFP Fact Check), itself or a subdomain.
     */
    static boolean factChecker(String url) {
        String host = url.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int end = host.length();
        for (char ch : new char[] {'/', '?', '#', ':'}) {
            int at = host.indexOf(ch);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        host = host.substring(0, end);
        for (String site : FACT_CHECKERS) {
            if (host.equals(site) || host.endsWith("." + site)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the slug of {@code url} (the path segment of three or more words joined by {@code -} or {@code _}
     * with the most words; outlets keep in it the headline as first published) opens with a reporting kicker:
     * {@code report} or {@code rumor} ({@code rumour}), singular or plural, followed by at least three words. False
     * for an outlet name or a URL without such a slug.
     */
    static boolean reportKicker(String url) {
        String[] slug = slug(url);
        return slug.length >= 4 && SLUG_KICKER.matcher(slug[0]).matches();
    }

    /** The words of the slug of {@code url} (see {@link #reportKicker}), lower-cased; none when it has none. */
    static String[] slug(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return new String[0];
        }
        String path = url.substring(scheme + 3);
        int end = path.length();
        for (char ch : new char[] {'?', '#'}) {
            int at = path.indexOf(ch);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String[] segments = path.substring(0, end).split("/");
        String[] slug = new String[0];
        for (int i = 1; i < segments.length; i++) {
            String[] words = SLUG_SEPARATOR.split(segments[i].toLowerCase(Locale.ROOT), -1);
            if (words.length >= 3 && words.length > slug.length) {
                slug = words;
            }
        }
        return slug;
    }

    /** How {@code text} alone (a headline or a lead) presents {@code claim}. */
    Presentation classify(String text, String claim) {
        // "refuses to confirm or deny", "neither confirmed nor denied": no denial
        String h = unnegate(CONFIRM_OR_DENY.matcher(normalise(text)).replaceAll("confirm"));
        String c = normalise(claim);
        boolean debunks = false;
        boolean onlyAsked = true;
        for (MatchResult debunk : debunkings(h, c)) {
            if (!c.contains(debunk.group())) {
                debunks = true;
                onlyAsked &= inQuestion(h, debunk.start()) && !leadingQuestion(h, debunk.start());
            }
        }
        if (debunks) {
            // "Real or hoax?" only asks; "Was it all a hoax?" leads to the debunking
            return onlyAsked ? Presentation.ATTRIBUTED : Presentation.DENIED;
        }
        if (answeredNo(h)) {
            return Presentation.DENIED; // "... ahead? No, says ..."
        }
        // a bare negation denies unless it only contrasts, declines to say, or sits beside a modal hedge
        // ("may mean a ticket, not an arrest")
        if (options.plainNegationDenies() && findNotIn(NEGATION, negatable(h, c), c)
                && !CONTRAST.matcher(h).find()
                && !DECLINES.matcher(h).find() && !(options.modalAttributes() && findNotIn(MODAL, h, c))) {
            return Presentation.DENIED;
        }
        // the claim is itself about a statement: "says", "told" report it, they do not distance the outlet
        // an instruction ("told to limit") reports nothing
        String said = DIRECTIVE.matcher(CLAIM_REPORTS.matcher(c).find() ? SAYING.matcher(h).replaceAll(" ") : h)
                .replaceAll(" ");
        String hedged = readerFree(RECORD_MODAL.matcher(said).replaceAll(" "));
        String asked = readerFree(h);
        if (endsAsQuestion(asked) || YES_NO_OPENER.matcher(asked).find() || findNotIn(REPORTING, hedged, c)
                || options.saysAttributes() && findNotIn(SAYS, hedged, c)
                || options.modalAttributes() && findNotIn(MODAL, hedged, c)
                || options.colonAttributes() && COLON_SOURCE.matcher(h).find()
                || namesItsSource(text, h) || allegesTheClaim(hedged, c)
                || NAME_QUOTES.matcher(text.strip()).find()) {
            return Presentation.ATTRIBUTED;
        }
        return Presentation.ASSERTED;
    }

    /**
     * The rule cues found in {@code text} (a headline) for {@code claim}, each as a name ({@code debunk},
     * {@code negation}, {@code reporting}, ...) and, for word lists, as {@code name=word}: whatever the decision,
     * every cue that matches is listed, in a fixed order. These are the features a learned model weighs on top of
     * the rules' decision ({@link PresentationModel}).
     */
    List<String> cues(String text, String claim) {
        List<String> out = new ArrayList<>();
        String asked = CONFIRM_OR_DENY.matcher(normalise(text)).replaceAll("confirm");
        if (NEGATED_DEBUNK.matcher(asked).find()) {
            out.add("negatedDebunk");
        }
        String h = unnegate(asked);
        String c = normalise(claim);
        for (MatchResult debunk : debunkings(h, c)) {
            if (!c.contains(debunk.group())) {
                String kind = !inQuestion(h, debunk.start()) ? "debunk"
                        : leadingQuestion(h, debunk.start()) ? "debunkLeading" : "debunkAsked";
                out.add(kind);
                out.add(kind + "=" + debunk.group());
            }
        }
        if (answeredNo(h)) {
            out.add("answeredNo");
        }
        words(out, "negation", NEGATION, negatable(h, c), c);
        if (IMPERATIVE_NEGATION.matcher(h).find()) {
            out.add("imperativeNegation");
        }
        if (ATTITUDE_NEGATION.matcher(h).find()) {
            out.add("attitudeNegation");
        }
        if (CONTRAST.matcher(h).find()) {
            out.add("contrast");
        }
        if (DECLINES.matcher(h).find()) {
            out.add("declines");
        }
        boolean claimReports = CLAIM_REPORTS.matcher(c).find();
        if (claimReports) {
            out.add("claimReports");
        }
        String said = DIRECTIVE.matcher(claimReports ? SAYING.matcher(h).replaceAll(" ") : h).replaceAll(" ");
        if (RECORD_MODAL.matcher(said).find()) {
            out.add("recordModal");
        }
        String hedged = readerFree(RECORD_MODAL.matcher(said).replaceAll(" "));
        words(out, "reporting", REPORTING, hedged, c);
        words(out, "says", SAYS, hedged, c);
        words(out, "modal", MODAL, hedged, c);
        if (SUBORDINATE_MODAL.matcher(hedged).find()) {
            out.add("subordinateModal");
        }
        if (YES_NO_OPENER.matcher(h).find()) {
            out.add("yesNoOpener");
        }
        if (READER_QUESTION.matcher(h).find() || READER_MODAL.matcher(h).find()) {
            out.add("reader");
        }
        if (endsAsQuestion(readerFree(h))) {
            out.add("question");
        } else if (h.indexOf('?') >= 0) {
            out.add("questionInside");
        }
        if (COLON_SOURCE.matcher(h).find()) {
            out.add("colon");
        }
        if (namesItsSource(text, h)) {
            out.add("namesSource");
        }
        if (allegesTheClaim(hedged, c)) {
            out.add("alleged");
        }
        if (NAME_QUOTES.matcher(text.strip()).find()) {
            out.add("nameQuotes");
        }
        return out;
    }

    /**
     * The words of {@code h} that debunk: those of the debunking list and, when {@code claim} tells of harm to someone
     * ({@code captured}, {@code killed}, {@code missing}), a statement that someone is well ({@code says she's safe},
     * {@code I'm fine}), which contradicts it. In the order they occur.
     */
    private static List<MatchResult> debunkings(String h, String claim) {
        List<MatchResult> out = new ArrayList<>();
        DEBUNK.matcher(h).results().forEach(out::add);
        if (HARM.matcher(claim).find()) {
            WELL.matcher(h).results().forEach(out::add);
            out.sort(java.util.Comparator.comparingInt(MatchResult::start));
        }
        return out;
    }

    private static void words(List<String> out, String name, Pattern p, String text, String claim) {
        Matcher m = p.matcher(text);
        boolean any = false;
        while (m.find()) {
            if (!claim.contains(m.group())) {
                if (!any) {
                    out.add(name);
                    any = true;
                }
                out.add(name + "=" + m.group());
            }
        }
    }

    /**
     * {@code alleged X} hedges when X is what the claim is about ({@code alleged audio} of a claim about an audio
     * recording) or in {@code alleged to}; {@code alleged rapist} of a claim that names no rapist only describes a
     * participant.
     */
    private static boolean allegesTheClaim(String h, String claim) {
        if (claim.contains("alleged")) {
            return false;
        }
        Matcher m = ALLEGED.matcher(h);
        while (m.find()) {
            String w = m.group(1);
            // "alleged organ harvesting" of a claim about "organs": the word or its plural
            String stem = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (w.equals("to") || Pattern.compile("\\b" + Pattern.quote(stem) + "s?\\b").matcher(claim).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question mark with at most three words after it ("Is it a record?", not "Why? Because ..."), unless those
     * words answer it ("... in the 1970s? It's real").
     */
    private static boolean endsAsQuestion(String h) {
        int q = h.lastIndexOf('?');
        if (q < 0) {
            return false;
        }
        int answer = q + 1;
        while (answer < h.length() && Character.isWhitespace(h.charAt(answer))) {
            answer++;
        }
        if (ANSWERED.matcher(h).region(answer, h.length()).lookingAt()) {
            return false;
        }
        Matcher w = WORD.matcher(h).region(q + 1, h.length());
        int words = 0;
        while (w.find()) {
            words++;
        }
        return words <= 3;
    }

    /** {@code h} without questions put to the reader and modals about the reader (each left as a full stop). */
    private static String readerFree(String h) {
        return READER_MODAL.matcher(READER_QUESTION.matcher(h).replaceAll(" . ")).replaceAll(" ");
    }

    /**
     * True when the question holding {@code at} is a yes/no question that opens its clause and offers no
     * alternative ({@code Was it all a hoax?}, {@code Update: Did X make up this story?}): it leads the reader to
     * the debunking rather than asking; {@code Real or hoax?} and {@code ..., but is it a hoax?} only ask.
     */
    private static boolean leadingQuestion(String h, int at) {
        int start = at;
        while (start > 0 && ".!;:?".indexOf(h.charAt(start - 1)) < 0) {
            start--;
        }
        int end = h.indexOf('?', at);
        String clause = h.substring(start, end < 0 ? h.length() : end);
        return LEADING_OPENER.matcher(clause).lookingAt() && !clause.contains(" or ");
    }

    /**
     * {@code h} without the negations that deny nothing: an imperative opener ({@code Don't cancel ...}) and a
     * negated attitude whose word {@code claim} lacks ({@code isn't happy with}).
     */
    private static String negatable(String h, String claim) {
        String out = NARROW_NEGATION.matcher(IMPERATIVE_NEGATION.matcher(h).replaceFirst(" ")).replaceAll(" ");
        Matcher m = ATTITUDE_NEGATION.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, claim.contains(m.group(1)) ? Matcher.quoteReplacement(m.group()) : " ");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A question answered by a denial after its last question mark: {@code ... ahead? No, says ...}. */
    private static boolean answeredNo(String h) {
        int q = h.lastIndexOf('?');
        if (q < 0) {
            return false;
        }
        int answer = q + 1;
        while (answer < h.length() && !Character.isLetterOrDigit(h.charAt(answer))) {
            answer++;
        }
        return ANSWERED_NO.matcher(h).region(answer, h.length()).lookingAt();
    }

    /** True when the clause holding {@code at} ends with a question mark (before any . ! ; or :). */
    private static boolean inQuestion(String h, int at) {
        for (int i = at; i < h.length(); i++) {
            char ch = h.charAt(i);
            if (ch == '?') {
                return true;
            }
            if (ch == '.' || ch == '!' || ch == ';' || ch == ':') {
                return false;
            }
        }
        return false;
    }

    /** {@code Pentagon: ...}, {@code NYT: ...}, {@code ... : South Korea paper}, {@code ... -CNBC}. */
    private static boolean namesItsSource(String asWritten, String h) {
        if (SOURCE_PREFIX.matcher(h).find() && !h.startsWith("it's official") || ACRONYM_PREFIX.matcher(asWritten).find()) {
            return true;
        }
        Matcher tail = TAIL.matcher(asWritten);
        if (!tail.find()) {
            return false;
        }
        String t = tail.group(1).strip();
        return ACRONYM.matcher(t).matches() || SOURCE_WORD.matcher(normalise(t)).find();
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

    /** Takes out a negated debunking ({@code insists it was not a hoax}). */
    private static String unnegate(String h) {
        return NEGATED_DEBUNK.matcher(h).replaceAll(" ");
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
