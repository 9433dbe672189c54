package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Hedge;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;

/**
 * Finds attributions by rule: reporting verbs in either order around their source ({@code X said ...},
 * {@code "...," X said}, {@code "...," said X}), {@code according to X}, {@code X, who ..., said}, relays
 * ({@code told AFP}, {@code citing KCNA}, an interview published by a newspaper), negated and withheld statements
 * ({@code Neither X nor Y have confirmed}, {@code declined to comment}, {@code did not deny}), embedded reports
 * ({@code what he said were}), and statements in a letter or speech. Sources are resolved within the article
 * (pronouns, {@code the official}, {@code the paper}) and across articles through a {@link SourceRegistry}.
 *
 * <p>Thread-safe: per-article state lives in a local object.
 */
public final class RuleBasedExtractor implements AttributionExtractor {

    private static final Set<String> DAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "overnight");
    private static final Set<String> PERIODS = WordSet.of("week", "month", "year", "weekend", "morning", "afternoon",
            "evening", "night", "day");
    private static final Set<String> STATEMENT_NOUNS = WordSet.of("statement", "interview", "letter", "speech",
            "message", "post", "briefing", "report", "address", "communique", "broadcast", "op-ed", "editorial",
            "tweet", "video", "conference", "call", "meeting", "hearing", "session");
    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");
    private static final Set<String> ADDRESSEES = WordSet.of("reporters", "journalists", "lawmakers", "parliament",
            "the", "a", "an", "news", "conference", "paper", "newspaper", "media", "press", "audience", "crowd",
            "briefing", "broadcaster", "television", "radio", "supporters", "agency", "daily");
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "this", "another", "one");
    private static final Set<String> CONNECTIVES = WordSet.of("however", "but", "and", "meanwhile", "also", "still",
            "yet", "so", "separately", "moreover", "instead", "now", "then", "earlier", "later", "in", "on", "at");

    /** Head words of a mention that make it a person (for pronouns). */
    private static final Set<String> PERSON_HEADS = WordSet.of("official", "spokesman", "spokeswoman", "spokesperson",
            "soldier", "leader", "president", "minister", "commander", "diplomat", "analyst", "witness", "resident",
            "man", "woman", "ambassador", "envoy", "secretary", "chief", "director", "aide", "adviser", "general",
            "officer", "researcher", "expert");
    /** Titles written as an abbreviation with a period before a name ({@code Mr. Smith}, {@code Gov. Pence}). */
    private static final Set<String> TITLE_ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt",
            "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "hon",
            "amb", "supt", "insp", "det", "atty");
    private static final Set<String> AUX_VERBS = WordSet.of("did", "does", "do", "has", "have", "had", "could",
            "would", "will", "can", "is", "was", "were", "are", "also", "still", "yet");
    private static final Set<String> INTERVIEW_VERBS = WordSet.of("published", "aired", "broadcast", "carried", "ran",
            "conducted");
    /**
     * Words that open an adjunct between a reporting verb and its {@code that} clause ({@code said on the radio show
     * last week that ...}, {@code said early this weekend that ...}).
     */
    private static final Set<String> ADJUNCT_OPENERS = WordSet.of("on", "in", "at", "during", "via", "through", "over",
            "after", "before", "following", "earlier", "later", "late", "early", "last", "this", "yesterday", "today",
            "tonight", "recently", "again", "repeatedly", "publicly", "privately", "separately", "previously", "also",
            "once", "twice", "while");
    /** Words that open a clause's subject after {@code that} besides those {@code startsClause} knows. */
    private static final Set<String> CLAUSE_QUANTIFIERS = WordSet.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "some", "many", "most", "all",
            "both", "no", "few", "none", "nobody", "everyone", "its", "his", "their", "our", "this", "these", "those",
            "an", "someone", "somebody", "every", "each", "any", "another", "only", "at", "about", "nearly", "almost",
            "around", "over", "up");
    /** How many tokens an adjunct before a {@code that} clause may take. */
    private static final int ADJUNCT_MAX_TOKENS = 12;
    /**
     * Object pronouns after {@code tell}, {@code inform}, {@code brief}: the addressee, not the content
     * ({@code her} only before {@code that} or a clause, since {@code told her husband} is a determiner).
     */
    private static final Set<String> OBJECT_PRONOUNS = WordSet.of("me", "him", "her", "us", "them", "you");
    /** Possessive pronouns before a noun of {@link CuePhrases#NOUNS} that stand for its source. */
    private static final Set<String> POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "their", "its", "my", "our");
    /** The subject pronoun a possessive of {@link #POSSESSIVE_PRONOUNS} is resolved as ({@code his claim}: he). */
    private static final java.util.Map<String, String> POSSESSIVE_SUBJECTS = java.util.Map.of("his", "he", "her",
            "she", "their", "they", "its", "it");
    /** Words before {@code point} that make it a noun ({@code at one point to}, {@code this point}). */
    private static final Set<String> PHRASE_NOT_SUBJECT = WordSet.of("the", "a", "an", "one", "this", "that", "at",
            "some", "any", "no", "every", "each", "which", "what", "whose", "key", "main", "his", "her", "their",
            "its", "my", "our", "to", "'s");
    private static final Set<String> BE_FORMS = WordSet.of("be", "is", "are", "was", "were", "been", "being", "'s");
    /**
     * Forms of {@code call} ({@code X called Y "a disgrace"}, {@code called for}, {@code called on Y to}): kept out of
     * {@link Lexicon#VERBS}, which the tagger reads as features, and taken only in the frames {@link Run#callFrame}
     * allows (not the phone call, not {@code a group called X}).
     */
    private static final java.util.Map<String, Lexicon.Verb> CALL_FORMS = java.util.Map.of(
            "call", new Lexicon.Verb("call", false), "calls", new Lexicon.Verb("call", false),
            "called", new Lexicon.Verb("call", false), "calling", new Lexicon.Verb("call", false));
    /** Words after a sentence-opening {@code Asked} that begin the question put ({@code Asked whether ...,}). */
    private static final Set<String> ASKED_OPENERS = WordSet.of("about", "whether", "if", "why", "what", "how", "who",
            "when", "where", "which", "on", "specifically", "later", "again", "repeatedly", "directly", "to");
    /** Words before {@code asked} that open a clause of a question put to the main clause's subject. */
    private static final Set<String> ASKED_SUBORDINATORS = WordSet.of("when", "if", "after", "before", "once", "while",
            "as", "unless", "until");
    /** Particles after {@code call} that make another verb ({@code call off}, {@code called in}). */
    private static final Set<String> CALL_PARTICLES = WordSet.of("off", "in", "up", "back", "out", "at", "into", "to",
            "from", "upon", "around", "over", "down", "911", "police");
    /** Words after {@code called him} that show a phone call or a summons, not a description. */
    private static final Set<String> CALL_NOT_COMPLEMENT = WordSet.of("to", "on", "in", "at", "back", "up", "out",
            "about", "after", "before", "last", "this", "from", "and", "twice", "again", "yesterday", "today",
            "tonight", "earlier", "later", "while", "when", "for", "with", "by", "personally", "directly");
    /**
     * Verb forms far more often nouns ({@code the United States}, {@code his remarks}): a reporting verb only after a
     * singular subject of {@link #NOUN_FIRST_SUBJECTS} and before {@code that}, a comma, a colon or a quotation.
     */
    private static final Set<String> NOUN_FIRST = WordSet.of("states", "remarks");
    /** First words of a line's label before a colon that is no speaker ({@code Update:}, {@code Editor's note:}). */
    private static final Set<String> COLON_LABELS = WordSet.of(List.of("update", "updated", "watch", "video", "videos", "photo",
            "photos", "note", "editor", "editors", "related", "read", "listen", "see", "breaking", "exclusive",
            "analysis", "opinion", "live", "transcript", "warning", "correction", "clarification", "subscribe",
            "follow", "tags", "tag", "image", "images", "credit", "advertisement", "also", "more", "click", "contact",
            "email", "phone", "date", "time", "location", "where", "when", "what", "why", "how", "who", "question",
            "answer", "q", "a", "day", "part", "chapter", "step", "the", "this", "here", "now", "today", "tonight",
            "yesterday", "fact", "facts", "bottom", "background", "summary", "note", "ps", "p.s", "via", "source",
            "sources", "h/t", "update", "developing", "full", "first", "next", "previous", "topics", "filed",
            "posted", "published", "by", "share", "comments", "keywords", "category", "categories", "subject",
            "re", "fwd", "from", "to", "cc", "title", "headline", "caption", "file", "audio", "map", "chart",
            "graphic", "table", "figure", "example", "examples", "result", "results", "winner", "winners",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "contributing", "contributors", "revealed", "reveal", "wow", "look", "busted", "boom", "bombshell", "just",
            "leaked", "paid", "so", "name", "age", "fix", "big", "huge", "must", "new", "latest", "poll-watch",
            "factbox", "timeline", "explainer", "quiz", "recap", "preview", "review", "watch", "alert", "wire"));
    /** Singular subjects before which a {@link #NOUN_FIRST} form is a verb ({@code the report states that}). */
    private static final Set<String> NOUN_FIRST_SUBJECTS = WordSet.of("he", "she", "it", "who", "which", "report",
            "statement", "law", "document", "article", "bill", "letter", "rule", "policy", "website", "post",
            "constitution", "filing", "complaint", "lawsuit", "memo", "study");
    /**
     * Participles that report what the subject of the main clause said ({@code Smith praised the plan, adding that
     * ...}); {@code citing} and {@code quoting} are relays and stay with {@link Run#citing}.
     */
    private static final Set<String> PARTICIPLE_LEMMAS = WordSet.of("say", "add", "note", "argue", "tell", "suggest",
            "call", "insist", "explain", "warn", "claim", "write", "declare", "stress", "predict", "complain",
            "acknowledge", "concede", "recall", "state", "announce", "deny", "confirm", "describe", "admit",
            "accuse", "urge", "promise", "vow", "assert", "maintain", "contend");

    /**
     * Lemmas of reporting verbs for which no subject is looked for past an adverb, an apposition or an opening
     * adjunct, as a phrase of common words ({@code Twenty percent said}), or before a quotation that ended the
     * sentence before: verbs that follow many a noun phrase that is no speaker ({@code growth continued}, {@code
     * was charged}, {@code the changes posted}).
     */
    private static final Set<String> NOT_LOOSE_LEMMAS = WordSet.of("continue", "charge", "criticize", "criticise",
            "post", "expect", "propose", "agree", "complain", "learn", "maintain", "hope", "reject", "underscore",
            "pledge", "worry", "feel", "signal", "mention", "hint");
    /** Opening words of a clause that a comma closes before the sentence's subject ({@code When asked, ...}). */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("when", "while", "after", "before", "although",
            "though", "as", "since", "if", "because", "asked", "speaking", "writing", "according", "despite", "unlike",
            "like", "among", "for", "with", "from", "by", "under", "amid", "within", "without", "to", "of", "around",
            "across", "outside", "inside", "near", "throughout", "until", "once");
    /** Words after a capitalised participle that opens a sentence ({@code Speaking on}, {@code Asked about}). */
    private static final Set<String> CLAUSE_OPENER_FOLLOWERS = WordSet.of("on", "at", "in", "to", "about", "with",
            "after", "before", "during", "from", "by", "for", "whether", "if", "why", "how", "what", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "last", "this");
    /** Adverbs between a subject and its reporting verb ({@code Smith however said}). */
    private static final Set<String> BETWEEN_ADVERBS = WordSet.of("however", "meanwhile", "instead", "too",
            "though", "therefore", "nonetheless", "nevertheless", "still", "ultimately", "eventually", "finally",
            "simply", "only", "afterward", "afterwards", "herself", "himself", "morning", "afternoon", "evening",
            "night", "late", "early", "tonight", "overnight", "soon", "quietly", "privately", "personally");
    /** Words that end a {@link Run#looseSubject} phrase from the left: it starts after them. */
    private static final Set<String> SUBJECT_BOUNDARIES = WordSet.of("that", "while", "when", "whereas", "although",
            "though", "because", "after", "before", "since", "if", "as", "and", "but", "or", "so", "until", "once",
            "whether", "than", "where", "whom", "yet", "plus", "meanwhile");
    /** Words that no {@link Run#looseSubject} phrase holds (verbs, pronouns, clause words). */
    private static final Set<String> SUBJECT_STOPS = WordSet.of("who", "which", "what", "whose", "how", "why",
            "there", "not", "never", "to", "him", "me", "us", "them", "i", "we", "you", "is", "was", "were", "are",
            "be", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
            "must", "do", "does", "did", "shall", "this", "these", "here", "said", "says", "say", "told", "also",
            "then", "now", "it's", "he's", "she's", "they're", "let", "lets", "let's", "made", "makes", "make",
            "get", "got", "gets", "went", "go", "goes", "took", "take", "takes", "came", "come", "comes", "gave",
            "give", "gives", "kept", "keep", "seems", "seemed", "appears", "appeared", "became", "become", "want",
            "wants", "wanted", "need", "needs", "needed", "tried", "try", "tries");
    /** Adverbs that open a sentence before its subject and are not part of it ({@code Just 20 percent said}). */
    private static final Set<String> SENTENCE_ADVERBS = WordSet.of("just", "only", "again", "still", "even",
            "perhaps", "now", "today", "yesterday", "indeed", "instead", "overall", "similarly", "likewise",
            "finally", "here", "there", "yet");

    /**
     * Every lower-cased word at which {@link Run#tryAt} can start a rule (besides words ending in {@code n't}):
     * other words are skipped with one look-up. Keep in step with the rules it dispatches to.
     */
    static final WordSet RULE_STARTS;
    /** The words {@link Run#phrase} looks at: first words of {@link CuePhrases}, and verb forms that are nouns too. */
    private static final Set<String> PHRASE_STARTS;
    /**
     * For each pair of first two chars (five low bits each), a bit per length (64 and over share the last) of
     * the {@link #RULE_STARTS} words: most words are told apart by these facts alone, before any hashing.
     */
    private static final long[] RULE_START_SHAPES = new long[32 * 32];

    static {
        Set<String> starts = new java.util.HashSet<>(Lexicon.VERBS.keySet());
        starts.addAll(CALL_FORMS.keySet());
        starts.addAll(CuePhrases.firstWords());
        starts.addAll(List.of("neither", "according", "declined", "refused", "failed", "declines", "refuses", "not",
                "n't", "never", "in", "on"));
        RULE_STARTS = WordSet.of(starts);
        Set<String> phraseStarts = new java.util.HashSet<>(CuePhrases.firstWords());
        Lexicon.VERBS.forEach((w, v) -> {
            if (v.nounLike()) {
                phraseStarts.add(w);
            }
        });
        PHRASE_STARTS = WordSet.of(phraseStarts);
        for (String w : RULE_STARTS) {
            RULE_START_SHAPES[shape(w)] |= 1L << Math.min(w.length(), 63);
        }
    }


    private static int shape(String w) {
        return (w.charAt(0) & 31) * 32 + (w.length() > 1 ? w.charAt(1) & 31 : 0);
    }

    /** True when {@code t}'s lower case is one of {@link #RULE_STARTS}. */
    static boolean startsRule(Token t) {
        if (t.isAscii()) {
            // the shape of ASCII text is the shape of its lower case: A-Z and a-z share their five low bits
            int n = t.length();
            int shape = (t.charAt(0) & 31) * 32 + (n > 1 ? t.charAt(1) & 31 : 0);
            if ((RULE_START_SHAPES[shape] >>> Math.min(n, 63) & 1L) == 0) {
                return false;
            }
            return t.lowerIn(RULE_STARTS);
        }
        String w = t.lower();
        if ((RULE_START_SHAPES[shape(w)] >>> Math.min(w.length(), 63) & 1L) == 0) {
            return false;
        }
        return RULE_STARTS.contains(w);
    }

    private static final java.util.regex.Pattern NO_COMMENT = java.util.regex.Pattern.compile(
            "^(?:we have |I have |there is |we had |)(?:nothing (?:to add|more to say|to say)|no comment)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A dateline at the start of a story: {@code SEOUL (AFP) - }, {@code WASHINGTON, March 3 (Reuters) -}. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[A-Z][A-Z .'-]{1,40}(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})?(?: \\([A-Za-z .]{1,20}\\))? ?[-\u2013\u2014]+ ");

    private final SourceRegistry registry;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HedgeDetector hedges = new HedgeDetector();
    private final OpinionDetector opinions = new OpinionDetector();

    public RuleBasedExtractor(SourceRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** An extractor with the built-in source registry. */
    public static RuleBasedExtractor withBuiltInRegistry() {
        return new RuleBasedExtractor(SourceRegistry.builtIn());
    }

    public SourceRegistry registry() {
        return registry;
    }

    @Override
    public List<Attribution> extract(Article article) {
        String body = article.body();
        String plain = normalizeQuotes(body).replace('\u00A0', ' '); // "Smith\u00A0said": a space
        if (plain.equals(body)) {
            return new Run(article).extract();
        }
        List<Attribution> found = new Run(article.toBuilder().body(plain).build()).extract();
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            out.add(withTextsOf(a, body));
        }
        return out;
    }

    /**
     * The text with each pair of apostrophes used as a quotation mark ({@code ''Yes,'' he said}, the style of some
     * newspapers' archives) turned into a straight double quote and a space, so offsets stay the same: an opening
     * pair (after a space or at the start) becomes {@code ' "'}, a closing one {@code '" '}. Returns {@code text}
     * itself when it has no such pair.
     */
    static String normalizeQuotes(String text) {
        int at = text.indexOf("''");
        if (at < 0) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = at; i + 1 < c.length; i++) {
            if (c[i] != '\'' || c[i + 1] != '\'' || i + 2 < c.length && c[i + 2] == '\'') {
                continue;
            }
            boolean opens = i == 0 || Character.isWhitespace(c[i - 1]) || c[i - 1] == '(' || c[i - 1] == '\u2014';
            if (opens) {
                c[i] = ' ';
                c[i + 1] = '"';
            } else {
                c[i] = '"';
                c[i + 1] = ' ';
            }
            i++;
        }
        return new String(c);
    }

    /** {@code a} with every text taken again from {@code body} at its offsets (after {@link #normalizeQuotes}). */
    private static Attribution withTextsOf(Attribution a, String body) {
        SourceMention m = a.source();
        SourceMention source = m.isNamed() ? new SourceMention(m.span(), m.span().in(body), m.source()) : m;
        Cue cue = new Cue(a.cue().span(), a.cue().span().in(body), a.cue().lemma(), a.cue().kind());
        List<Hedge> hedges = new ArrayList<>(a.hedges().size());
        for (Hedge h : a.hedges()) {
            hedges.add(new Hedge(h.span(), h.span().in(body), h.strength()));
        }
        return new Attribution(a.id(), a.articleId(), source, cue, a.content(), a.content().in(body), a.sentence(),
                a.stance(), hedges, a.relay(), a.quote(), a.contentKind(), a.countries());
    }

    /** A mention seen so far in the article, for resolving later pronouns and descriptions. */
    private record Seen(SourceMention mention, List<String> words, boolean person, Optional<Source> relayedBy) {
    }

    /** An attribution before it gets its id and final checks. */
    private record Found(SourceMention source, Cue cue, Span content, Span sentence, Stance stance,
                         List<Source> relay, double cueHedge, Span hedgeScope) {
    }

    /** The state of one article's extraction. */
    private final class Run {
        private final Article article;
        private final String body;
        /** {@link #body}'s chars, read char by char by the scans below. */
        private final char[] chars;
        private final List<int[]> quotes;
        private final List<Seen> seen = new ArrayList<>();
        /** The spans of {@link #seen}'s mentions, to tell a new mention without a scan. */
        private final java.util.Set<Span> seenSpans = new java.util.HashSet<>();
        private final List<Found> found = new ArrayList<>();
        private Span sentence;
        private List<Token> toks;
        /** The list {@link #toks} is, filled again for each sentence (it grows once per article). */
        private final ArrayList<Token> sentenceTokens = new ArrayList<>();

        Run(Article article) {
            this.article = article;
            this.body = article.body();
            this.chars = body.toCharArray();
            this.quotes = quoteRegions(chars, true);
        }

        List<Attribution> extract() {
            for (Span s : splitter.split(chars)) {
                sentence = s;
                toks = Tokenizer.tokenize(body, chars, 0, s.start(), s.end(), sentenceTokens);
                if (toks.isEmpty()) {
                    continue;
                }
                try {
                    scanSentence();
                } catch (RuntimeException e) {
                    // A rule that trips on odd text must not lose the article: skip the sentence.
                }
            }
            addRunOnQuotes();
            found.sort(Comparator.comparing((Found f) -> f.content.isNone() ? f.cue.span() : f.content)
                    .thenComparing(f -> f.source.span()));
            List<Attribution> out = new ArrayList<>(found.size());
            int[] scopes = new int[2 * found.size()];
            for (int k = 0; k < found.size(); k++) {
                scopes[2 * k] = found.get(k).hedgeScope.start();
                scopes[2 * k + 1] = found.get(k).hedgeScope.end();
            }
            // the scopes of a sentence's attributions overlap: their hedge words are looked up in one scan
            HedgeDetector.Triggers triggers = new HedgeDetector.Triggers(body, chars, scopes);
            int n = 0;
            for (Found f : found) {
                out.add(toAttribution(f, ++n, triggers));
            }
            return out;
        }

        /**
         * {@code "We are ready," Smith said. "We have the votes."}: a quotation that opens right after the sentence
         * of a quote-first attribution, in the same paragraph, and holds no attribution of its own is the same
         * source's; it becomes a second attribution with the same source and cue.
         */
        private void addRunOnQuotes() {
            List<Found> more = new ArrayList<>();
            for (Found f : found) {
                if (f.content.isNone() || f.content.end() > f.cue.span().start() || !isDirect(f.content)) {
                    continue;
                }
                int j = f.sentence.end();
                while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) {
                    j++;
                }
                if (j >= body.length() || !isQuoteChar(body.charAt(j))) {
                    continue;
                }
                for (int[] q : quotes) {
                    if (q[0] != j + 1) {
                        continue;
                    }
                    int e = q[1];
                    while (e > q[0] && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
                        e--;
                    }
                    Span c = new Span(q[0], e);
                    if (e > q[0] && !hasContentOverlapping(c) && !hasFoundIn(c)) {
                        more.add(new Found(f.source, f.cue, c, new Span(j, Math.min(body.length(), q[1] + 1)),
                                f.stance, f.relay, f.cueHedge, c));
                    }
                    break;
                }
            }
            found.addAll(more);
        }

        private boolean hasContentOverlapping(Span s) {
            for (Found f : found) {
                if (f.content.overlaps(s)) {
                    return true;
                }
            }
            return false;
        }

        private Attribution toAttribution(Found f, int n, HedgeDetector.Triggers triggers) {
            String contentText = f.content.in(body);
            List<Hedge> hs = new ArrayList<>(hedges.find(triggers, f.hedgeScope.start(), f.hedgeScope.end()));
            if (f.cueHedge > 0) {
                hs.add(new Hedge(f.cue.span(), f.cue.text(), f.cueHedge));
                hs.sort(Comparator.comparing(Hedge::span));
            }
            QuoteType quote = isDirect(f.content) ? QuoteType.DIRECT : QuoteType.INDIRECT;
            Stance stance = f.stance;
            if (stance.supports() && NO_COMMENT.matcher(contentText).find()) {
                stance = Stance.DECLINES_COMMENT; // "We have nothing to add," the spokesman said
            }
            boolean opinion = Lexicon.OPINION.contains(f.cue.lemma()) || opinions.isOpinion(contentText);
            return new Attribution(article.id() + "#" + n, article.id(), f.source, f.cue, f.content, contentText,
                    f.sentence, stance, hs, f.relay, quote, opinion ? ContentKind.OPINION : ContentKind.FACTUAL,
                    List.copyOf(registry.countriesIn(contentText, chars, f.content.start())));
        }

        // ---------------------------------------------------------------- sentence scan

        private void scanSentence() {
            registerSubject();
            registerInterview();
            int i = 0;
            while (i < toks.size()) {
                int next = tryAt(i);
                i = next > i ? next : i + 1;
            }
            speakerColon();
        }

        /**
         * {@code Smith: We will win.} and {@code Senate leader: ...}: a line that opens with a short name or source
         * phrase and a colon (transcripts, headlines) gives that source the words after the colon; the colon is the
         * cue. Not labels ({@code Update:}, {@code Watch:}), times, places alone, nor lines with fewer than three words
         * after the colon.
         */
        private void speakerColon() {
            int s = sentence.start();
            if (s > 0 && chars[s - 1] != '\n' || toks.size() < 5) {
                return;
            }
            int c = 0;
            while (c < toks.size() && c <= 6 && !at(c, ":")) {
                Token t = toks.get(c);
                boolean np = t.isWord() && (t.isCapitalized() || t.is("'s") || t.lowerIn(Lexicon.NP_WORDS)
                        && c > 0) || (t.is(".") || t.is("-") || t.is("&")) && c > 0;
                if (!np || Character.isDigit(t.text().charAt(0))) {
                    return;
                }
                c++;
            }
            if (c == 0 || c > 6 || !at(c, ":") || !toks.get(0).isCapitalized()
                    || toks.get(0).lowerIn(COLON_LABELS) || countWords(c + 1, toks.size()) < 3
                    || !registry.countriesInWords(keysOf(0, c)).isEmpty() || isTimeWord(toks.get(c - 1))) {
                return;
            }
            SourceMention m = mention(0, c);
            Span content = contentAfter(c + 1);
            if (m.source() == null || content.isNone() || content.length() == 0) {
                return;
            }
            add(m, cue(c, c + 1, "say", CueKind.OTHER), content, Stance.ASSERTS, List.of(), 0);
        }

        /** Tries every rule at token {@code i}; returns the index after what was consumed, or {@code i}. */
        private int tryAt(int i) {
            Token t = toks.get(i);
            if (!startsRule(t) && !t.lowerEndsWith("n't")) {
                return i; // no rule starts at this word
            }
            if (!t.isWord() || inQuote(t.start())) {
                return i;
            }
            if (t.is("neither")) {
                int n = neitherNor(i);
                if (n > i) {
                    return n;
                }
                // "The army neither confirmed nor denied the strike"
                if (i + 2 < toks.size() && at(i + 2, "nor")) {
                    String lemma = lemmaOf(toks.get(i + 1).lower());
                    if (lemma.equals("confirm") || lemma.equals("deny")) {
                        return withheldAt(i, i + 2, "confirm", Stance.DOES_NOT_CONFIRM);
                    }
                }
                return i;
            }
            if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
                return accordingTo(i);
            }
            int withheld = withheld(i);
            if (withheld > i) {
                return withheld;
            }
            if (t.is("in") || t.is("on")) {
                return inStatement(i);
            }
            if (t.lowerIn(PHRASE_STARTS)) {
                int phrase = phrase(i);
                if (phrase > i) {
                    return phrase;
                }
            }
            Lexicon.Verb v = Lexicon.VERBS.get(t.lower());
            if (v == null) {
                v = CALL_FORMS.get(t.lower());
            }
            if (v != null) {
                return verb(i, v, -1);
            }
            return i;
        }

        /**
         * A multi-word or nominal cue of {@link CuePhrases} at {@code i}: a phrasal verb ({@code pointed out that},
         * {@code made it clear}, {@code went on to say}, {@code , referring to}) in the frames of a reporting verb, or
         * a noun of a claim after a possessive ({@code his claim that}). A verb form that is also a noun is a noun
         * after a possessive pronoun ({@code Their fear that}).
         */
        private int phrase(int i) {
            Set<String> next = CuePhrases.NOUNS.get(toks.get(i).lower());
            if (next != null && at(i + 1, next)) {
                int n = nominal(i);
                if (n > i) {
                    return n;
                }
            }
            Lexicon.Verb v = Lexicon.VERBS.get(toks.get(i).lower());
            if (v != null && v.nounLike() && at(i - 1, POSSESSIVE_PRONOUNS)) {
                return i + 1; // "Their fear that ...", "His reports": a noun, also at the start of a sentence
            }
            CuePhrases.Match m = CuePhrases.at(toks, i);
            if (m == null) {
                return i;
            }
            Token t = toks.get(i);
            boolean pointNoun = (t.is("point") || t.is("points"))
                    && (i > 0 && t.isCapitalized() || at(i - 1, PHRASE_NOT_SUBJECT));
            if (pointNoun || m.lemma().equals("refer to") && at(i - 1, BE_FORMS)) {
                return i; // "at one point to", "West Point", "is referred to"
            }
            if (m.lemma().equals("put it")) {
                return asPutIt(i, m.end());
            }
            return verb(i, new Lexicon.Verb(m.lemma(), false), m.end());
        }

        /**
         * {@code As Lee put it, ...} and {@code ..., as Lee put it.}: the words between {@code as} (at most five
         * before) and {@code put it} are the source, the rest of the sentence on the other side of the comma the
         * content. Not {@code put it on the table}.
         */
        private int asPutIt(int i, int end) {
            int as = i - 1;
            while (as >= 0 && as >= i - 6 && !at(as, "as")) {
                as--;
            }
            if (as < 0 || !at(as, "as") || as + 1 >= i || !at(end, ",") && !at(end, ":") && end < toks.size() - 1) {
                return i;
            }
            int e = forwardNp(as + 1);
            if (e != i) {
                return i;
            }
            Span content = as > 0 && at(as - 1, ",") ? trimSpan(toks.get(skipConnectives(0)).start(),
                    toks.get(as - 1).start()) : end + 1 < toks.size() ? contentAfter(end + 1) : Span.NONE;
            if (content.isNone() || content.length() == 0) {
                return i;
            }
            SourceMention source = mention(as + 1, i);
            add(source, cue(i, end, "put it", CueKind.REPORTING_VERB), content, Stance.ASSERTS, List.of(), 0);
            return end;
        }

        /**
         * {@code his claim that ...}, {@code Lee's repeated warning that ...}: the noun at {@code i} is the cue, the
         * possessive before it (past one lower-case word) the source, the words after {@code that} the content. Not
         * after an article ({@code the claim that}: no source is named).
         */
        private int nominal(int i) {
            int p = i - 1;
            if (p >= 1 && toks.get(p).isWord() && !toks.get(p).isCapitalized() && !at(p, "'s")
                    && !at(p, POSSESSIVE_PRONOUNS)) {
                p--; // "his recent claim"
            }
            SourceMention source;
            if (at(p, POSSESSIVE_PRONOUNS)) {
                source = mention(p, p + 1);
            } else if (p >= 1 && at(p, "'s")) {
                int[] np = backwardNp(p - 1);
                if (np == null || np[1] != p - 1) {
                    return i;
                }
                source = backwardMentionSpan(np[0], np[1]);
            } else {
                return i;
            }
            Span content = contentAfter(i + 2);
            if (source == null || content.isNone() || content.length() == 0 || countWords(i + 2, toks.size()) < 2) {
                return i;
            }
            String w = toks.get(i).lower();
            String lemma = w.endsWith("s") && CuePhrases.NOUNS.containsKey(w.substring(0, w.length() - 1))
                    ? w.substring(0, w.length() - 1) : w;
            add(source, cue(i, i + 1, lemma, CueKind.OTHER), content, Stance.ASSERTS, List.of(),
                    Lexicon.CUE_HEDGE.getOrDefault(lemma, 0.0));
            return i + 2;
        }

        // ------------------------------------------------------------ rules

        /** {@code Neither X nor Y have confirmed Z}: each of X and Y does not confirm Z. */
        private int neitherNor(int i) {
            int nor = -1;
            for (int j = i + 1; j < toks.size() && j < i + 12; j++) {
                if (toks.get(j).is("nor")) {
                    nor = j;
                    break;
                }
            }
            if (nor < 0) {
                return i;
            }
            int j = nor + 1;
            while (j < toks.size() && isNpToken(toks.get(j))) {
                j++;
            }
            int verbAt = j;
            while (verbAt < toks.size() && toks.get(verbAt).lowerIn(Lexicon.AUX)) {
                verbAt++;
            }
            if (verbAt >= toks.size() || nor == i + 1 || j == nor + 1) {
                return i;
            }
            String lemma = lemmaOf(toks.get(verbAt).lower());
            Stance stance;
            if (lemma.equals("confirm") || lemma.equals("deny") || lemma.equals("acknowledge")) {
                stance = Stance.DOES_NOT_CONFIRM;
            } else if (lemma.equals("comment") || lemma.equals("respond") || lemma.equals("say")) {
                stance = Stance.DECLINES_COMMENT;
            } else {
                return i;
            }
            Cue cue = cue(j, verbAt + 1, lemma, CueKind.NEGATED);
            Span content = contentAfter(verbAt + 1);
            for (Span np : List.of(Span.of(i + 1, nor), Span.of(nor + 1, j))) {
                SourceMention m = mention(np.start(), np.end());
                add(m, cue, content, stance, List.of(), 0);
            }
            return Math.max(verbAt + 1, i + 1);
        }

        /** {@code according to X[, citing Y], Z} and {@code Z, according to X}. */
        private int accordingTo(int i) {
            int s = i + 2;
            int e = forwardNp(s);
            if (e <= s) {
                // a common noun phrase ("according to early results of the poll"): its words, up to eight
                while (e < toks.size() && e < s + 8 && toks.get(e).isWord() && !at(e, "that")) {
                    e++;
                }
                if (e <= s) {
                    return i;
                }
            }
            SourceMention m = mention(s, e);
            List<Source> relay = new ArrayList<>();
            int after = citing(e, relay);
            relay.add(m.source());
            if (relay.size() == 1) {
                relay.clear();
            }
            Cue cue = cue(i, i + 2, "according to", CueKind.ACCORDING_TO);
            Span before = trimSpan(sentence.start(), toks.get(i).start());
            Span rest = after < toks.size() ? trimSpan(toks.get(after).start(), sentence.end()) : Span.NONE;
            Span content = before.length() >= rest.length() ? before : rest;
            add(m, cue, snapToQuotes(content), Stance.ASSERTS, relay, 0);
            return after;
        }

        /**
         * Withheld statements: {@code declined to comment}, {@code refused to confirm}, {@code did not deny},
         * {@code has not confirmed}, {@code neither confirmed nor denied}, {@code could not be reached for comment},
         * {@code did not respond to requests for comment}.
         */
        private int withheld(int i) {
            Token t = toks.get(i);
            int end;
            Stance stance;
            String lemma;
            int lemmaAt;
            if ((t.is("declined") || t.is("refused") || t.is("failed") || t.is("declines") || t.is("refuses"))
                    && at(i + 1, "to") && i + 2 < toks.size()) {
                lemma = lemmaOf(toks.get(i + 2).lower());
                lemmaAt = i + 2;
                stance = switch (lemma) {
                    case "comment", "say", "respond", "elaborate", "discuss", "answer" -> Stance.DECLINES_COMMENT;
                    case "confirm", "deny", "verify", "acknowledge" -> Stance.DOES_NOT_CONFIRM;
                    default -> null;
                };
                end = i + 3;
            } else if (isNegator(t) && i + 1 < toks.size()) {
                int v = i + 1;
                if (at(v, "immediately") || at(v, "yet") || at(v, "independently") || at(v, "publicly")) {
                    v++;
                }
                if (v >= toks.size()) {
                    return i;
                }
                lemma = lemmaOf(toks.get(v).lower());
                lemmaAt = v;
                stance = switch (lemma) {
                    case "confirm", "deny", "acknowledge", "verify" -> Stance.DOES_NOT_CONFIRM;
                    case "comment", "respond", "return", "reply", "answer", "mention" -> Stance.DECLINES_COMMENT;
                    case "say" -> at(i - 1, "would") ? Stance.DECLINES_COMMENT : null;
                    default -> null;
                };
                if (stance == null && t.is("not") && at(v, "be") && at(v + 1, "reached")) {
                    stance = Stance.DECLINES_COMMENT;
                    lemma = "reach";
                    lemmaAt = v + 1;
                }
                end = lemmaAt + 1;
                // auxiliaries before the negation belong to the cue: "did not", "have not"
                int aux = i;
                while (aux > 0 && isAuxVerb(toks.get(aux - 1))) {
                    aux--;
                }
                if (stance != null) {
                    return withheldAt(aux, end, lemma, stance);
                }
                return i;
            } else if (t.is("confirmed") && at(i - 1, "neither") && at(i + 1, "nor")) {
                return i; // handled from "neither"
            } else {
                return i;
            }
            if (stance == null) {
                return i;
            }
            return withheldAt(i, end, lemma, stance);
        }

        private int withheldAt(int cueStart, int cueEnd, String lemma, Stance stance) {
            // "neither confirmed nor denied": swallow the second half into the cue
            if (at(cueEnd, "nor") && cueEnd + 1 < toks.size()) {
                cueEnd += 2;
            }
            // "to requests for comment", "for comment", "on the report": part of the cue, not content
            int c = cueEnd;
            while (c < toks.size() && (toks.get(c).is("to") || toks.get(c).is("requests")
                    || toks.get(c).is("request") || toks.get(c).is("a") || toks.get(c).is("for")
                    || toks.get(c).is("comment") || toks.get(c).is("immediately") || toks.get(c).is("on")
                    || toks.get(c).is("by") || toks.get(c).is("phone") || toks.get(c).is("email"))) {
                c++;
            }
            int npEnd = skipAuxBack(cueStart - 1);
            SourceMention m = null;
            if ((at(npEnd, "who") || at(npEnd, "which")) && at(npEnd - 1, ",")) {
                // "Ann Lee, who declined to comment, ...": the relative pronoun, standing for the phrase before it
                SourceMention np = backwardMention(npEnd - 2);
                Token who = toks.get(npEnd);
                m = np == null ? null : new SourceMention(Span.of(who.start(), who.end()), who.text(), np.source());
            } else if (npEnd >= 0) {
                m = backwardMention(npEnd);
                if (m == null) {
                    int[] loose = looseSubject(cueStart); // "Several senators declined to comment"
                    m = loose == null ? null : backwardMentionSpan(loose[0], loose[1]);
                }
            }
            if (m == null) {
                return cueEnd;
            }
            Cue cue = cue(cueStart, cueEnd, lemma, CueKind.NEGATED);
            Span content = c < toks.size() ? contentAfter(c) : Span.NONE;
            add(m, cue, content, stance, List.of(), 0);
            return cueEnd;
        }

        /** {@code X VERBED ... in a New Year's letter}: a statement made in a document or speech. */
        private int inStatement(int i) {
            int j = i + 1;
            if (!(at(j, "a") || at(j, "an") || at(j, "his") || at(j, "her") || at(j, "its") || at(j, "their"))) {
                return i;
            }
            j++;
            int limit = Math.min(toks.size(), j + 5);
            while (j < limit && !toks.get(j).lowerIn(STATEMENT_NOUNS)) {
                j++;
            }
            if (j >= limit || !toks.get(j).lowerIn(STATEMENT_NOUNS)) {
                return i;
            }
            // Only when the sentence's subject is a source and nothing else attributes this sentence.
            int subjEnd = forwardNp(skipConnectives(0));
            int subjStart = skipConnectives(0);
            if (subjEnd <= subjStart || subjEnd >= i || hasFoundIn(sentence)) {
                return i;
            }
            SourceMention m = mention(subjStart, subjEnd);
            if (m.source().kind() == SourceKind.UNKNOWN) {
                return i;
            }
            int contentStart = subjEnd;
            while (contentStart < i && toks.get(contentStart).lowerIn(Lexicon.AUX)) {
                contentStart++;
            }
            Span content = trimSpan(toks.get(contentStart).start(), toks.get(i).start());
            Span rest = j + 1 < toks.size() ? trimSpan(toks.get(j + 1).start(), sentence.end()) : Span.NONE;
            if (rest.length() > 0 && at(j + 1, "and")) {
                content = trimSpan(content.start(), sentence.end());
            }
            Cue cue = cue(i, j + 1, "statement", CueKind.OTHER);
            add(m, cue, content, Stance.ASSERTS, List.of(), 0);
            return j + 1;
        }

        /**
         * A verb that opens its sentence: {@code Said Ann Lee, "We will win."} (the name up to the comma is the
         * source, the rest the content) and {@code Asked whether the plan would pass, Lee said ...} (a question put
         * to someone, also after {@code When}: no source, the words up to the comma the content). Returns the index
         * after what was used, or {@code i}.
         */
        private int sentenceOpeningVerb(int i, String lemma) {
            if (lemma.equals("say") && toks.get(i).is("said")) {
                int s = i + 1;
                if (at(s + 1, ".") && at(s, TITLE_ABBREVIATIONS)) {
                    s += 2;
                }
                int e = forwardNp(s);
                if (e <= s || !at(e, ",") && !at(e, ":") || !toks.get(s).isCapitalized() || e + 2 >= toks.size()) {
                    return i;
                }
                Span content = contentAfter(e + 1);
                if (content.isNone() || content.length() == 0) {
                    return i;
                }
                add(mention(s, e), cue(i, i + 1, lemma, CueKind.REPORTING_VERB), content, Stance.ASSERTS, List.of(),
                        0);
                return e + 1;
            }
            if (lemma.equals("ask") && toks.get(i).is("asked") && at(i + 1, ASKED_OPENERS)) {
                int c = i + 2;
                while (c < toks.size() && c < i + 40 && !toks.get(c).isComma()) {
                    c++;
                }
                if (c >= toks.size() || !toks.get(c).isComma() || c + 2 >= toks.size()) {
                    return i;
                }
                Span content = trimSpan(toks.get(i + 1).start(), toks.get(c).start());
                if (content.isNone() || content.length() == 0) {
                    return i;
                }
                add(SourceMention.unnamed(), cue(i, i + 1, lemma, CueKind.REPORTING_VERB), content, Stance.ASSERTS,
                        List.of(), 0);
                return i + 1; // the main clause's own verb ("..., Lee said") is read after it
            }
            return i;
        }

        /** A reporting verb at {@code i}; {@code phraseEnd}: the end of a {@link CuePhrases} phrase, else -1. */
        private int verb(int i, Lexicon.Verb v, int phraseEnd) {
            Token prev = i > 0 ? toks.get(i - 1) : null;
            if (prev != null && (prev.is("the") || prev.is("a") || prev.is("an") || prev.is("to") && !v.lemma()
                    .equals("say"))) {
                return i; // "the reported attack", "to confirm"
            }
            if (v.nounLike() && prev != null && !prev.isCapitalized() && !prev.lowerIn(Lexicon.NP_WORDS)) {
                return i;
            }
            if (prev != null && isNegator(prev)) {
                return i; // handled by withheld(), or not an attribution ("did not say")
            }
            if (at(i + 1, "by") || prev != null && (prev.is("be") || prev.is("been") || prev.is("being"))
                    && !v.lemma().equals("say") && !v.lemma().startsWith("be ")) {
                return i; // passive: "lawmakers briefed by the agency", "were reported"
            }
            if (toks.get(i).lowerIn(NOUN_FIRST) && !(at(i - 1, NOUN_FIRST_SUBJECTS) && (at(i + 1, "that")
                    || at(i + 1, ",") || at(i + 1, ":") || i + 1 < toks.size() && toks.get(i + 1).isQuote()))) {
                return i; // "the United States", "in some states, ...", "his remarks"
            }
            String lemma = v.lemma();
            if (lemma.equals("ask") && (at(i + 1, "not") || at(i + 1, "that") && at(i + 2, POSSESSIVE_PRONOUNS)
                    || at(i + 1, "for") && at(i + 2, "anonymity") || at(i + 1, "to") && at(i + 2, "remain"))) {
                return i + 1; // "who asked not to be named": the condition of an unnamed source, not a question
            }
            boolean whenAsked = lemma.equals("ask") && at(i - 1, ASKED_SUBORDINATORS); // "When asked about it, ..."
            if ((i == skipConnectives(0) && toks.get(i).isCapitalized() || whenAsked) && phraseEnd <= i + 1) {
                int opening = sentenceOpeningVerb(i, lemma);
                if (opening > i || whenAsked) {
                    return Math.max(opening, i + 1);
                }
            }
            boolean participle = toks.get(i).lower().endsWith("ing")
                    && (PARTICIPLE_LEMMAS.contains(lemma) || phraseEnd > i)
                    && prev != null && (prev.is(",") || prev.is("\u2014") || prev.is("\u2013") || prev.is("-"));
            int callEnd = -1;
            if (lemma.equals("call")) {
                callEnd = callFrame(i);
                boolean demand = at(i + 1, "for") || at(i + 1, "on"); // no name is given by "called for"
                if (callEnd >= 0 && !participle && !(demand ? !passiveBefore(i) : callSubjectBefore(i))) {
                    callEnd = -1;
                }
                if (callEnd < 0) {
                    return i;
                }
            }
            Stance stance = Lexicon.DENY.contains(lemma) ? Stance.DENIES
                    : Lexicon.CONFIRM.contains(lemma) ? Stance.CONFIRMS : Stance.ASSERTS;
            double cueHedge = Lexicon.CUE_HEDGE.getOrDefault(lemma, 0.0);

            // "what he said were ...": an embedded, hedged report
            if (i >= 2 && toks.get(i - 2).is("what") && (at(i + 1, "were") || at(i + 1, "was") || at(i + 1, "is")
                    || at(i + 1, "are"))) {
                SourceMention m = mention(i - 1, i);
                Cue cue = cue(i, i + 1, lemma, CueKind.REPORTING_VERB);
                Span content = contentAfter(i + 2);
                if (content.length() > 0) {
                    addWithScope(m, cue, content, stance, List.of(), cueHedge,
                            Span.of(toks.get(i - 2).start(), content.end()));
                }
                return i + 2;
            }

            // the cue: "told AFP", "told reporters, including AFP", "told the paper"
            int cueEnd = callEnd > i ? callEnd : phraseEnd > i ? phraseEnd : i + 1;
            int contentFrom = cueEnd; // past an addressee that is not part of the cue
            List<Source> relayTo = new ArrayList<>();
            if (lemma.equals("tell") || lemma.equals("brief") || lemma.equals("inform")) {
                int a = cueEnd;
                int e = forwardNp(a);
                for (int k = a + 1; k < e; k++) {
                    if (at(k, ARTICLES) && !at(k - 1, ARTICLES)) {
                        e = k; // "told reporters the levy was unfair": the article opens the content
                        break;
                    }
                }
                int that = thatClauseAfter(a, 6);
                if (at(a, OBJECT_PRONOUNS) && (!at(a, "her") || at(a + 1, "that") || startsClause(a + 1))) {
                    contentFrom = a + 1; // "told him (that) ...", "told me footage he saw ..."
                } else if (that > a) {
                    // the words up to "that" are the addressee: "told AFP that", "told Glamour magazine that"
                    SourceMention addressee = mention(a, that);
                    if (addressee.source().kind() == SourceKind.NEWS_OUTLET) {
                        relayTo.add(addressee.source());
                        cueEnd = that;
                    }
                    contentFrom = that;
                } else if (e > a && e - a <= 6) {
                    SourceMention addressee = mention(a, e);
                    if (addressee.source().kind() == SourceKind.NEWS_OUTLET) {
                        relayTo.add(addressee.source());
                        cueEnd = e;
                    } else if (isAddressee(a, e)) {
                        cueEnd = e;
                        if (at(e, ",") && at(e + 1, "including")) {
                            int o = forwardNp(e + 2);
                            if (o > e + 2) {
                                SourceMention inc = mention(e + 2, o);
                                if (inc.source().kind() == SourceKind.NEWS_OUTLET) {
                                    relayTo.add(inc.source());
                                }
                                cueEnd = o;
                            }
                        }
                    }
                }
            }
            Cue cue = cue(i, cueEnd, lemma, CueKind.REPORTING_VERB);
            if (participle) {
                return participle(i, cue, cueEnd, contentFrom, relayTo, stance, cueHedge);
            }

            // the source before the verb, past a parenthesis after a name ("Sen. Rand Paul (R-Ky.) said")
            int before = skipParenthesisBack(skipAuxBack(i - 1));
            boolean relative = before >= 0 && (toks.get(before).is("who") || toks.get(before).is("which"));
            boolean secondVerb = at(before, "and") || at(before, "but"); // "X opened it and said"
            // the looser shapes below are not taken for verbs such as "continued", "charged", "agreed"
            boolean speech = !NOT_LOOSE_LEMMAS.contains(lemma) && !toks.get(i).lower().endsWith("ing")
                    && !(lemma.equals("add") && at(i + 1, "to")); // "the delay added to the cost"
            if (!secondVerb && !relative && speech) {
                // "X however said", "X on Thursday evening said", "X last week said": an adverb or time between
                int b2 = skipParenthesisBack(skipAdverbsBack(before));
                if (b2 < before && (at(b2, "and") || at(b2, "but"))) {
                    secondVerb = true;
                    before = b2;
                }
            }
            int[] np = secondVerb ? null : backwardNp(relative ? (at(before - 1, ",") ? before - 2 : before - 1)
                    : before);

            // what follows the cue
            int afterAdj = skipAdjuncts(Math.max(cueEnd, contentFrom));
            List<Source> citing = new ArrayList<>();
            afterAdj = skipAdjuncts(citing(afterAdj, citing));
            int wordsAfter = countWords(afterAdj, toks.size());
            boolean nothingAfter = wordsAfter <= 4 && !startsClause(afterAdj);

            if (speech && !secondVerb && !relative && (np == null || at(np[0] - 1, "of") || nothingAfter && np[0] > 0
                    && !isCommaOrQuoteComma(skipTitleBack(np[0] - 1)))) {
                int[] loose = looseSubject(i);
                if (loose != null && (np == null || loose[0] < np[0] && loose[1] >= np[1])) {
                    np = loose; // "Twenty percent said", "Anti-war activists said", "Ann Lee, its chief, said"
                }
                int[] first = firstNameBeforeApposition(i);
                if (first != null && (np == null || np[0] > first[1])) {
                    np = first; // "Ann Lee, during a visit to Columbus, Ohio, said": not "Ohio"
                }
            }
            if (speech && !secondVerb && !relative) {
                int[] rel = relativeClauseSubject(i, before);
                if (rel != null && (np == null || rel[0] < np[0])) {
                    np = rel; // "An official who spoke on condition of anonymity said"
                }
            }
            boolean hasSourceBefore = np != null;
            int npStart = hasSourceBefore ? np[0] : -1;
            int npEnd = hasSourceBefore ? np[1] : -1;

            // the comma that closes content before the source: "CONTENT, X said"
            int commaBefore = hasSourceBefore ? skipTitleBack(npStart - 1) : skipAuxBack(i - 1);
            if (hasSourceBefore && relative) {
                commaBefore = -1;
            }
            boolean contentBefore = commaBefore >= 1 && isCommaOrQuoteComma(commaBefore)
                    && (countWords(0, commaBefore) >= 2 || toks.get(commaBefore).isQuote())
                    && (!hasSourceBefore || !relative);
            if (!contentBefore && speech && nothingAfter && !relative && commaBefore >= 1
                    && closesQuotation(commaBefore)) {
                contentBefore = true; // "... a battle of niches" Smith said. (no comma before the closing mark)
            }
            // "We will win." Smith said. (the quotation ended a sentence of its own just before this one)
            Span quoteBefore = Span.NONE;
            if (speech && !contentBefore && !relative && nothingAfter && !secondVerb) {
                int first = firstWordAfterQuotes();
                if (first == (hasSourceBefore ? npStart : i)) {
                    quoteBefore = quotationEndingAt(sentence.start());
                    contentBefore = !quoteBefore.isNone();
                }
            }

            SourceMention source;
            Span content;
            if (hasSourceBefore && (wordsAfter >= 2 || !contentBefore) && !(contentBefore && wordsAfter <= 4
                    && !startsClause(afterAdj))) {
                source = backwardMentionSpan(npStart, npEnd);
                if (relative && speech) {
                    // "Ann Lee, who said ...": the relative pronoun is the mention, standing for the phrase
                    Token who = toks.get(before);
                    source = new SourceMention(Span.of(who.start(), who.end()), who.text(), source.source());
                }
                content = contentAfter(afterAdj);
            } else if (contentBefore) {
                if (hasSourceBefore) {
                    source = backwardMentionSpan(npStart, npEnd);
                } else {
                    // inverted: "CONTENT," said X (a title such as "Mr." before the name is left out, as when
                    // the name comes first)
                    int s = cueEnd;
                    if (at(s + 1, ".") && at(s, TITLE_ABBREVIATIONS) && s + 2 < toks.size()
                            && toks.get(s + 2).isCapitalized()) {
                        s += 2;
                    }
                    int e = commonNp(s, forwardNp(s));
                    if (e <= s || Lexicon.NOT_INVERTIBLE.contains(lemma)) {
                        return cueEnd;
                    }
                    source = mention(s, e);
                    cueEnd = e;
                    List<Source> c2 = new ArrayList<>();
                    citing(skipAdjuncts(e), c2);
                    citing.addAll(c2);
                }
                content = quoteBefore.isNone() ? contentBeforeComma(commaBefore) : quoteBefore;
            } else if (secondVerb && wordsAfter >= 2) {
                // a second verb of the sentence's subject: "Hayek confirmed it and said, ..."
                int[] subj = clauseSubject(before);
                if (subj == null || toks.get(subj[2]).lowerIn(Lexicon.AUX) && at(subj[2] + 1, "not")
                        || !speech && (subj[0] != skipConnectives(0) || subj[2] != subj[1])) {
                    return cueEnd;
                }
                source = mention(subj[0], subj[1]);
                content = contentAfter(afterAdj);
            } else {
                return cueEnd;
            }
            if (content.isNone() || content.length() == 0 || source == null) {
                return cueEnd;
            }
            List<Source> relay = relayChain(source, citing, relayTo);
            add(source, cue, content, stance, relay, cueHedge);
            return cueEnd;
        }

        /**
         * {@code Smith praised the plan, adding that ...}, {@code ..., Smith said, calling it "a shame"}: a participle
         * after a comma or dash reports what the main clause's source said: the source of an attribution found
         * before it in the sentence, else the sentence's subject when a verb follows it. A participle without
         * either ({@code 911 calls saying}, {@code residents, saying}) gives nothing.
         */
        private int participle(int i, Cue cue, int cueEnd, int contentFrom, List<Source> relayTo, Stance stance,
                               double cueHedge) {
            SourceMention source = null;
            for (int k = found.size() - 1; k >= 0 && source == null; k--) {
                Found f = found.get(k);
                if (f.sentence.equals(sentence) && f.cue.span().end() <= toks.get(i).start()) {
                    source = f.source;
                }
            }
            if (source == null) {
                int[] subj = clauseSubject(i - 1);
                if (subj == null) {
                    return cueEnd;
                }
                source = mention(subj[0], subj[1]);
            }
            int afterAdj = skipAdjuncts(Math.max(cueEnd, contentFrom));
            Span content = contentAfter(afterAdj);
            if (content.isNone() || content.length() == 0 || countWords(afterAdj, toks.size()) < 2) {
                return cueEnd;
            }
            add(source, cue, content, stance, relayChain(source, List.of(), relayTo), cueHedge);
            return cueEnd;
        }

        /**
         * The end of the cue when {@code call} at {@code i} reports words, else -1: {@code called for} (a demand),
         * {@code called on Y to ...} (a request), or a description of an object: {@code called him "a disgrace"},
         * {@code called the plan a mistake} (a quotation or {@code a}/{@code an} after the object). Not {@code called
         * off}, {@code called him on Tuesday}, {@code called a meeting}, {@code called the governor}.
         */
        private int callFrame(int i) {
            int n = i + 1;
            if (n + 1 >= toks.size()) {
                return -1;
            }
            if (at(n, "for")) {
                return toks.get(n + 1).isWord() || toks.get(n + 1).isQuote() ? n + 1 : -1;
            }
            if (at(n, "on")) {
                for (int k = n + 2; k < toks.size() && k <= n + 9; k++) {
                    if (at(k, "to")) {
                        return n + 1;
                    }
                    if (!toks.get(k).isWord() && !toks.get(k).is("-")) {
                        return -1;
                    }
                }
                return -1;
            }
            if (toks.get(n).lowerIn(CALL_PARTICLES)) {
                return -1;
            }
            if (at(n, OBJECT_PRONOUNS) || at(n, "it") || at(n, "this") || at(n, "that") || at(n, "himself")
                    || at(n, "herself") || at(n, "themselves") || at(n, "itself")) {
                Token c = toks.get(n + 1);
                boolean ok = c.isQuote() || c.isWord() && !c.lowerIn(CALL_NOT_COMPLEMENT)
                        && !isTimeWord(c) && !c.lowerIn(DAYS) && !c.isCapitalized();
                return ok ? n : -1;
            }
            for (int k = n; k < toks.size() && k <= n + 12; k++) {
                Token c = toks.get(k);
                if (c.isQuote() && k > n || (c.is("a") || c.is("an")) && k > n) {
                    return n;
                }
                if (c.is("to") || c.is(",") || c.is(";") || c.is(".") || c.is("and") && k == n + 1) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * True when the word before {@code call} at {@code i} can end its subject: a name, a pronoun, an auxiliary
         * or adverb ({@code has called}), a conjunction of a second verb; not a common noun ({@code a group called
         * X} names the group) nor a passive ({@code is called}, {@code so-called}).
         */
        private boolean callSubjectBefore(int i) {
            if (i == 0) {
                return false;
            }
            Token p = toks.get(i - 1);
            if (passiveBefore(i)) {
                return false;
            }
            if (!p.isWord() || p.isCapitalized()) {
                return p.isWord() || p.is(")");
            }
            return p.lowerIn(Lexicon.PERSON_PRONOUNS) || p.lowerIn(Lexicon.GROUP_PRONOUNS)
                    || p.is("who") || p.is("i") || p.is("we") || p.is("you") || p.is("and") || p.is("but")
                    || p.lowerIn(Lexicon.AUX);
        }

        /** True when the word before token {@code i} makes it a passive ({@code is called}, {@code so-called}). */
        private boolean passiveBefore(int i) {
            if (i == 0) {
                return false;
            }
            Token p = toks.get(i - 1);
            return p.is("is") || p.is("was") || p.is("are") || p.is("were") || p.is("be") || p.is("been")
                    || p.is("being") || p.is("'s") || p.is("get") || p.is("got") || p.is("gets") || p.is("-")
                    || p.is("getting") || p.is("so");
        }

        // ------------------------------------------------------------ subjects of reporting verbs

        /**
         * The subject of the sentence's main clause, for a second verb ({@code X opened it and said}) or a participle
         * ({@code X praised it, adding}) before token {@code limit}: past a dateline, connectives and an opening
         * adjunct or clause up to its comma ({@code On Tuesday,}, {@code Asked about it,}, {@code Speaking on
         * radio,}), a title abbreviation ({@code Sen. Ann Lee}); the phrase is followed by a lower-case word (its verb
         * or an adverb), possibly after a parenthesis ({@code (R-Iowa)}) or an apposition between commas. Returns the
         * phrase's start, end (exclusive) and the index of that following word, or null.
         */
        private int[] clauseSubject(int limit) {
            int start = afterDateline();
            int s = 0;
            while (s < toks.size() && toks.get(s).start() < start) {
                s++;
            }
            s = skipConnectives(s);
            if (s < limit && opensAdjunct(s)) {
                // "On Tuesday, Smith ...": the subject after an opening adjunct and its comma
                int comma = s + 1;
                while (comma < limit && comma < s + 25 && !at(comma, ",")) {
                    comma++;
                }
                if (comma >= limit || !at(comma, ",")) {
                    return null;
                }
                s = skipConnectives(comma + 1);
            }
            int ns = at(s, TITLE_ABBREVIATIONS) && at(s + 1, ".") ? s + 2 : s;
            int e = ns < limit ? forwardNp(ns) : ns;
            while (e > ns && e + 1 < limit && isNamePeriod(e) && toks.get(e + 1).isCapitalized()) {
                e = Math.max(e + 2, forwardNp(e + 1)); // "Frank G. Jackson", "Florida Gov. Rick Scott"
            }
            if (e == ns + 1 && at(ns, DETERMINERS) && e < limit && toks.get(e).isWord()
                    && !toks.get(e).isCapitalized()) {
                e++; // "the mayor attacked ...": a common noun the source words do not list
            }
            if (e <= ns) {
                return null;
            }
            int next = e;
            if (at(next, "(")) {
                int close = next + 1;
                while (close < limit && close < next + 8 && !at(close, ")")) {
                    close++;
                }
                next = at(close, ")") ? close + 1 : next;
            }
            if (at(next, ",") && (at(next + 1, DETERMINERS) || at(next + 1, "who") || countWords(next, limit) > 2)) {
                // "Ann Lee, a spokeswoman for the city, defended ..."
                int close = next + 1;
                while (close < limit && close < next + 16 && !at(close, ",") && !toks.get(close).isQuote()) {
                    close++;
                }
                next = at(close, ",") && close + 1 < limit ? close + 1 : next;
            }
            if (next >= limit || !toks.get(next).isWord() || toks.get(next).isCapitalized() || at(next, "who")
                    || at(next, "which") || at(next, "that") || at(next, "'s")) {
                return null;
            }
            return new int[] {s, e, next};
        }

        /**
         * True when token {@code s}, first in the sentence, opens an adjunct or a clause that a comma closes before
         * the subject: a preposition or time word, a subordinating word, or a capitalised participle ({@code
         * Speaking}, {@code Asked}).
         */
        private boolean opensAdjunct(int s) {
            Token t = toks.get(s);
            String w = t.lower();
            if (ADJUNCT_OPENERS.contains(w) || CLAUSE_OPENERS.contains(w)) {
                return true;
            }
            return t.isCapitalized() && (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4 && at(s + 1,
                    CLAUSE_OPENER_FOLLOWERS);
        }

        /**
         * Skips back from {@code j} over adverbs and times between a subject and its verb: {@code however},
         * {@code on Thursday evening}, {@code last week}, {@code , however,}. Returns the index of the first token
         * not skipped (or {@code j}).
         */
        private int skipAdverbsBack(int j) {
            int k = j;
            while (k > 0) {
                Token t = toks.get(k);
                String w = t.lower();
                if (Lexicon.AUX.contains(w) || BETWEEN_ADVERBS.contains(w) || DAYS.contains(w)) {
                    k--;
                } else if (PERIODS.contains(w) && (at(k - 1, DAYS) || at(k - 1, "last") || at(k - 1, "this")
                        || at(k - 1, "that") || at(k - 1, "next") || at(k - 1, "earlier"))) {
                    k -= 2;
                } else if (t.isComma() && k >= 3 && toks.get(k - 2).isComma() && at(k - 1, BETWEEN_ADVERBS)) {
                    k -= 3; // "Ann Lee, however, said"
                } else {
                    break;
                }
            }
            return k;
        }

        /**
         * The subject before a verb at {@code i} when {@link #backwardNp} finds none, as tokens {@code {start, end}}
         * (inclusive), or null: a phrase of up to ten words that opens its clause (after the sentence's start, a
         * comma, a quote, a dash or a word such as {@code while}, {@code that}) and holds no verb, pronoun or clause
         * word ({@code Twenty-four percent said}, {@code In Texas, half of the voters said}, {@code Anti-war activists
         * said}); or a name before an apposition or a parenthetical between commas ({@code Ann Lee, its chief
         * executive, said}, {@code Ann Lee, in her dissent, said}).
         */
        private int[] looseSubject(int i) {
            int j = skipParenthesisBack(skipAdverbsBack(skipAuxBack(i - 1)));
            if (j < 0) {
                return null;
            }
            if (toks.get(j).isComma() || isDash(toks.get(j))) {
                // "Ann Lee, its chief executive, said", "Ann Lee -- who lost in 2008 -- said"
                boolean comma = toks.get(j).isComma();
                while (!comma && j > 0 && isDash(toks.get(j - 1))) {
                    j--; // "--" written as two hyphens
                }
                int c2 = j - 1;
                while (c2 > 0 && j - c2 <= 30 && !(comma ? toks.get(c2).isComma() : isDash(toks.get(c2)))) {
                    Token t = toks.get(c2);
                    if (t.isQuote() || t.is(";") || t.is(":")) {
                        return null;
                    }
                    c2--;
                }
                if (c2 < 1 || c2 == j - 1 || !(comma ? toks.get(c2).isComma() : isDash(toks.get(c2)))) {
                    return null;
                }
                while (!comma && c2 > 1 && isDash(toks.get(c2 - 1))) {
                    c2--;
                }
                int e = skipParenthesisBack(c2 - 1);
                int s = phraseStart(e, 8);
                if (s < 0 || !hasCapitalized(s, e)) {
                    return null;
                }
                return new int[] {s, e};
            }
            int s = phraseStart(j, 10);
            return s < 0 ? null : new int[] {s, j};
        }

        /**
         * The first token of a phrase of at most {@code max} words ending at {@code e} that opens its clause (see
         * {@link #looseSubject}), or -1.
         */
        private int phraseStart(int e, int max) {
            if (e < 0 || !(toks.get(e).isWord() || isNamePeriod(e)) || isFunctionWord(toks.get(e))
                    || at(e, DETERMINERS)) {
                return -1;
            }
            int k = e;
            int words = 0;
            while (k >= 0) {
                Token t = toks.get(k);
                String w = t.lower();
                if (t.isWord()) {
                    if (SUBJECT_BOUNDARIES.contains(w) && !((w.equals("and") || w.equals("or")) && k > 0
                            && toks.get(k - 1).isCapitalized() && toks.get(k - 1).isWord())) {
                        break;
                    }
                    boolean name = t.isCapitalized() && k > 0 && !t.is("i"); // "CBS This Morning"
                    if (!name && (SUBJECT_STOPS.contains(w) || Lexicon.VERBS.containsKey(w)
                            || CALL_FORMS.containsKey(w) || Lexicon.PERSON_PRONOUNS.contains(w)
                            || Lexicon.GROUP_PRONOUNS.contains(w))) {
                        return -1;
                    }
                    if (++words > max) {
                        return -1;
                    }
                } else if (!(t.is("'s") || t.is("-") || t.is("%") || t.is("&") || isNamePeriod(k))) {
                    if (!(t.isComma() || t.isQuote() || t.is(";") || t.is(":") || t.is("\u2014") || t.is("\u2013")
                            || t.is("--") || t.is("-") || t.is("("))) {
                        return -1;
                    }
                    break;
                }
                k--;
            }
            int s = k + 1;
            while (s <= e && (toks.get(s).lowerIn(CONNECTIVES) || SENTENCE_ADVERBS.contains(
                    toks.get(s).lower()))) {
                s++;
            }
            return s <= e && hasHead(s, e) ? s : -1;
        }

        private boolean isDash(Token t) {
            return t.is("--") || t.is("\u2014") || t.is("\u2013") || t.is("-");
        }

        /** True when token {@code k} is the closing mark of a quotation. */
        private boolean closesQuotation(int k) {
            if (!toks.get(k).isQuote()) {
                return false;
            }
            int at = toks.get(k).start();
            for (int[] q : quotes) {
                if (q[1] == at) {
                    return q[1] > q[0];
                }
                if (q[0] > at) {
                    break;
                }
            }
            return false;
        }

        /**
         * True when the period at token {@code k} ends an abbreviation inside a name: a title ({@code Gov.}), an
         * initial ({@code James B. Comey}) or a short capitalised word ({@code Jr.}, {@code Pa.}).
         */
        private boolean isNamePeriod(int k) {
            if (!at(k, ".") || k < 1) {
                return false;
            }
            Token p = toks.get(k - 1);
            return p.isWord() && p.isCapitalized() && (p.text().length() <= 4 || TITLE_ABBREVIATIONS.contains(
                    p.lower()));
        }

        private boolean hasCapitalized(int s, int e) {
            for (int k = s; k <= e; k++) {
                if (toks.get(k).isWord() && toks.get(k).isCapitalized()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code An official who spoke on condition of anonymity said}, {@code Voters who backed him said}: a noun
         * phrase and a relative clause without commas, ending at {@code before} just before the verb at {@code i};
         * the phrase with its clause (as annotators mark it), else null. The clause opens with {@code who}
         * as its subject (not {@code who he said}), holds no comma, quotation, dash or reporting verb, and is at most
         * twelve words.
         */
        private int[] relativeClauseSubject(int i, int before) {
            if (before < 2 || before >= i) {
                return null;
            }
            int w = before;
            while (w > 0 && before - w < 12 && !at(w, "who")) {
                Token t = toks.get(w);
                if (!t.isWord() || t.isQuote() || Lexicon.VERBS.containsKey(t.lower()) || at(w, "and")
                        || at(w, "but")) {
                    return null;
                }
                w--;
            }
            if (!at(w, "who") || w == before || w < 1 || at(w + 1, Lexicon.PERSON_PRONOUNS)
                    || at(w + 1, Lexicon.GROUP_PRONOUNS) || at(w + 1, OBJECT_PRONOUNS) || at(w + 1, "i")
                    || at(w + 1, "we") || at(w + 1, "you")) {
                return null;
            }
            int[] head = backwardNp(w - 1);
            if (head == null || head[1] != w - 1 || toks.get(w - 1).isComma()) {
                return null;
            }
            return new int[] {head[0], before};
        }

        /**
         * {@code Ann Lee, during a visit to Columbus, Ohio, said}: a name opening the sentence (after connectives)
         * and followed by a comma, when the verb at {@code i} follows a comma or a dash that closes what is set off
         * after the name and no quotation stands between; its first and last token, or null. Not an opening adjunct
         * ({@code On Tuesday,}, {@code In Columbus,}) nor a description without a name ({@code The chairman,}).
         */
        private int[] firstNameBeforeApposition(int i) {
            int j = skipAdverbsBack(skipAuxBack(i - 1));
            if (j < 3 || !(toks.get(j).isComma() || isDash(toks.get(j)))) {
                return null;
            }
            int s = skipConnectives(0);
            if (s >= j || opensAdjunct(s) || isTimeWord(toks.get(s)) || !toks.get(s).isCapitalized()) {
                return null;
            }
            int c = s + 1;
            while (c < j && c <= s + 8 && !toks.get(c).isComma()) {
                c++;
            }
            if (c >= j || !toks.get(c).isComma() || phraseStart(c - 1, 6) != s) {
                return null;
            }
            String w = toks.get(s).lower();
            boolean name = at(s, TITLE_ABBREVIATIONS) || c == s + 1 && !w.endsWith("ly")
                    && !BETWEEN_ADVERBS.contains(w) && !SENTENCE_ADVERBS.contains(w) && !CONNECTIVES.contains(w);
            for (int k = s + 1; k < c && !name; k++) {
                name = toks.get(k).isWord() && toks.get(k).isCapitalized();
            }
            for (int k = s; k < i && name; k++) {
                name = !toks.get(k).isQuote();
            }
            return name ? new int[] {s, c - 1} : null;
        }

        /** The index of the sentence's first word, past opening quotes and dashes. */
        private int firstWordAfterQuotes() {
            int k = 0;
            while (k < toks.size() && !toks.get(k).isWord()) {
                k++;
            }
            return k;
        }

        /**
         * The quotation whose closing mark comes right before {@code pos} (only spaces and tabs between), trimmed,
         * or {@link Span#NONE}: {@code "We will win." Smith said.}, where the quotation is a sentence of its own.
         */
        private Span quotationEndingAt(int pos) {
            int p = pos - 1;
            while (p >= 0 && (chars[p] == ' ' || chars[p] == '\t' || chars[p] == '\u00A0')) {
                p--;
            }
            if (p < 1 || !isQuoteChar(chars[p])) {
                return Span.NONE;
            }
            for (int[] q : quotes) {
                if (q[1] == p && q[1] > q[0]) {
                    return trimSpan(q[0], q[1]);
                }
                if (q[0] > p) {
                    break;
                }
            }
            return Span.NONE;
        }

        // ------------------------------------------------------------ relays

        /** {@code , citing|quoting X}: adds X (the origin) to {@code out}; returns the index after it. */
        private int citing(int i, List<Source> out) {
            int j = i;
            if (at(j, ",")) {
                j++;
            }
            if (at(j, "citing") || at(j, "quoting")) {
                int e = forwardNp(j + 1);
                if (e > j + 1) {
                    out.add(mention(j + 1, e).source());
                    return at(e, ",") ? e + 1 : e;
                }
            }
            return i;
        }

        /** The chain from origin to last relay for an attribution of {@code source}. */
        private List<Source> relayChain(SourceMention source, List<Source> citing, List<Source> relayTo) {
            List<Source> chain = new ArrayList<>();
            chain.addAll(citing);
            chain.add(source.source());
            chain.addAll(relayTo);
            if (relayTo.isEmpty()) {
                for (int k = seen.size() - 1; k >= 0; k--) {
                    Seen s = seen.get(k);
                    if (s.mention().source().id().equals(source.source().id()) && s.relayedBy().isPresent()) {
                        chain.add(s.relayedBy().get());
                        break;
                    }
                }
            }
            return chain.size() == 1 ? List.of() : dedupeAdjacent(chain);
        }

        /** {@code X published an interview ... with Y}: Y's words reach the reader through X. */
        private void registerInterview() {
            boolean interview = false;
            for (int i = 1; i < toks.size() && !interview; i++) {
                interview = toks.get(i).is("interview");
            }
            if (!interview) {
                return; // the rule needs the word after its verb
            }
            for (int i = 0; i + 2 < toks.size(); i++) {
                if (!toks.get(i).lowerIn(INTERVIEW_VERBS)) {
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && j < i + 5 && !toks.get(j).is("interview")) {
                    j++;
                }
                if (j >= toks.size() || !toks.get(j).is("interview")) {
                    continue;
                }
                int w2 = j + 1;
                while (w2 < toks.size() && w2 < j + 6 && !toks.get(w2).is("with")) {
                    w2++;
                }
                int pubEnd = skipAuxBack(i - 1);
                if (w2 >= toks.size() || pubEnd < 0) {
                    continue;
                }
                int[] pub = backwardNp(pubEnd);
                if (pub == null) {
                    continue;
                }
                SourceMention publisher = mention(pub[0], pub[1] + 1);
                int e = forwardNp(w2 + 1);
                if (e > w2 + 1) {
                    SourceMention subject = mention(w2 + 1, e);
                    addSeen(new Seen(subject, wordsOf(w2 + 1, e), isPerson(subject, wordsOf(w2 + 1, e)),
                            Optional.of(publisher.source())));
                }
                return;
            }
        }

        /** The sentence's leading noun phrase, if it names a known source, is remembered for pronouns. */
        private void registerSubject() {
            int s = skipConnectives(0);
            int e = forwardNp(s);
            if (e <= s) {
                return;
            }
            Optional<Source> known = registry.resolveWords(keysOf(s, e));
            List<String> words = wordsOf(s, e);
            boolean name = looksLikeName(s, e);
            if (known.isPresent() || name && e - s >= 2) {
                SourceMention m = mention(s, e);
                if (seen.isEmpty() || !seen.get(seen.size() - 1).mention().span().equals(m.span())) {
                    addSeen(new Seen(m, words, isPerson(m, words), Optional.empty()));
                }
            }
        }

        // ------------------------------------------------------------ adding

        private void add(SourceMention m, Cue cue, Span content, Stance stance, List<Source> relay,
                         double cueHedge) {
            addWithScope(m, cue, content, stance, relay, cueHedge, hedgeScope(content, cue.span()));
        }

        private void addWithScope(SourceMention m, Cue cue, Span content, Stance stance, List<Source> relay,
                                  double cueHedge, Span scope) {
            List<SourceMention> parts = conjuncts(m);
            if (parts.size() > 1) {
                for (SourceMention part : parts) {
                    List<Source> r = relay.isEmpty() ? relay : replaceOrigin(relay, m.source(), part.source());
                    addOne(part, cue, content, stance, r, cueHedge, scope);
                }
                return;
            }
            addOne(m, cue, content, stance, relay, cueHedge, scope);
        }

        private List<Source> replaceOrigin(List<Source> relay, Source old, Source now) {
            List<Source> out = new ArrayList<>();
            for (Source s : relay) {
                out.add(s.id().equals(old.id()) ? now : s);
            }
            return out;
        }

        /**
         * {@code South Korean and Western intelligence agencies}: two sources sharing a head noun, each its own
         * mention over the same span; a phrase whose halves are not both recognisable sources stays whole.
         */
        private List<SourceMention> conjuncts(SourceMention m) {
            if (!m.isNamed()) {
                return List.of(m);
            }
            List<Token> ts = Tokenizer.tokenize(body, chars, 0, m.span().start(), m.span().end());
            int and = -1;
            for (int k = 1; k < ts.size() - 1; k++) {
                if (ts.get(k).is("and") || ts.get(k).is("&")) {
                    and = k;
                    break;
                }
            }
            if (and < 0) {
                return List.of(m);
            }
            int h = ts.size();
            while (h > and + 1 && ts.get(h - 1).isWord() && !ts.get(h - 1).isCapitalized()) {
                h--;
            }
            String head = h < ts.size() ? body.substring(ts.get(h).start(), ts.get(ts.size() - 1).end()) : "";
            boolean leftHasHead = false;
            for (int k = 0; k < and; k++) {
                if (ts.get(k).isWord() && !ts.get(k).isCapitalized() && !ts.get(k).is("the")) {
                    leftHasHead = true;
                }
            }
            String left = body.substring(ts.get(0).start(), ts.get(and - 1).end());
            if (!leftHasHead && !head.isEmpty()) {
                left = left + " " + head;
            }
            String right = body.substring(ts.get(and + 1).start(), ts.get(ts.size() - 1).end());
            Source a = resolve(left, lowerWords(left), false, SourceRegistry.words(left));
            Source b = resolve(right, lowerWords(right), false, SourceRegistry.words(right));
            if (a.kind() == SourceKind.UNKNOWN || b.kind() == SourceKind.UNKNOWN || a.id().equals(b.id())) {
                return List.of(m);
            }
            return List.of(new SourceMention(m.span(), m.text(), a), new SourceMention(m.span(), m.text(), b));
        }

        private List<String> lowerWords(String text) {
            List<String> out = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
                if (t.isWord()) {
                    out.add(t.lower());
                }
            }
            return out;
        }

        private void addOne(SourceMention m, Cue cue, Span content, Stance stance, List<Source> relay,
                            double cueHedge, Span scope) {
            for (Found f : found) {
                if (f.cue.span().equals(cue.span()) && f.source.span().equals(m.span())
                        && f.source.source().id().equals(m.source().id())) {
                    return;
                }
            }
            Span sent = sentence;
            if (!content.isNone() && (content.start() < sent.start() || content.end() > sent.end())) {
                sent = Span.of(Math.min(sent.start(), content.start()), Math.max(sent.end(), content.end()));
            }
            found.add(new Found(m, cue, content, sent, stance, relay, cueHedge, scope));
        }

        private Span hedgeScope(Span content, Span cue) {
            if (content.isNone()) {
                return cue;
            }
            return Span.of(Math.min(content.start(), cue.start()), Math.max(content.end(), cue.end()));
        }

        private Cue cue(int from, int to, String lemma, CueKind kind) {
            int s = toks.get(from).start();
            int e = toks.get(Math.min(to, toks.size()) - 1).end();
            return new Cue(Span.of(s, e), body.substring(s, e), lemma, kind);
        }

        // ------------------------------------------------------------ mentions

        private SourceMention backwardMention(int npEnd) {
            int[] np = backwardNp(npEnd);
            return np == null ? null : backwardMentionSpan(np[0], np[1]);
        }

        private SourceMention backwardMentionSpan(int npStart, int npEnd) {
            return mention(npStart, npEnd + 1);
        }

        /** Resolves tokens {@code [s, e)} to a source and remembers the mention. */
        private SourceMention mention(int s, int e) {
            while (s < e && (toks.get(s).isComma() || toks.get(s).isQuote())) {
                s++;
            }
            while (e > s && (toks.get(e - 1).isComma() || toks.get(e - 1).isQuote() || toks.get(e - 1).is("'s"))) {
                e--;
            }
            if (e <= s) {
                return SourceMention.unnamed();
            }
            Span span = Span.of(toks.get(s).start(), toks.get(e - 1).end());
            String text = span.in(body);
            List<String> words = wordsOf(s, e);
            Source src = resolve(text, words, looksLikeName(s, e), keysOf(s, e));
            SourceMention m = new SourceMention(span, text, src);
            if (!seenSpans.contains(span)) {
                addSeen(new Seen(m, words, isPerson(m, words), Optional.empty()));
            }
            return m;
        }

        private void addSeen(Seen s) {
            seen.add(s);
            seenSpans.add(s.mention().span());
        }

        /**
         * The {@link SourceRegistry#words} of the text tokens {@code [s, e)} cover, from the tokens: the same as
         * tokenizing that text again, which differs only when it starts with an apostrophe ({@code 's} after a
         * word is one token in the sentence, two in the text alone), where the text is tokenized again.
         */
        private List<String> keysOf(int s, int e) {
            if (e <= s) {
                return List.of();
            }
            char first = toks.get(s).text().charAt(0);
            if (first == '\'' || first == '\u2019') {
                return SourceRegistry.words(body.substring(toks.get(s).start(), toks.get(e - 1).end()));
            }
            List<String> out = new ArrayList<>(e - s);
            for (int k = s; k < e; k++) {
                Token t = toks.get(k);
                if (t.isWord()) {
                    out.add(SourceRegistry.key(t.text(), t.lower()));
                }
            }
            return out;
        }

        /** {@code keys}: the {@link SourceRegistry#words} of {@code text}. */
        private Source resolve(String text, List<String> words, boolean name, List<String> keys) {
            // a possessive before a noun of a statement ("his claim that") stands for its person as "he" does
            String pronoun = words.size() == 1 ? POSSESSIVE_SUBJECTS.getOrDefault(words.get(0), words.get(0)) : "";
            if (words.size() == 1 && (Lexicon.PERSON_PRONOUNS.contains(pronoun)
                    || Lexicon.GROUP_PRONOUNS.contains(pronoun))) {
                boolean person = Lexicon.PERSON_PRONOUNS.contains(pronoun);
                for (int k = seen.size() - 1; k >= 0; k--) {
                    Seen s = seen.get(k);
                    if (s.person() == person && s.mention().isNamed()) {
                        return s.mention().source();
                    }
                }
                return Source.UNNAMED;
            }
            String head = words.get(words.size() - 1);
            boolean definite = words.get(0).equals("the") || words.get(0).equals("this") || words.get(0).equals(
                    "that");
            if (definite && words.size() <= 3 && Lexicon.DESCRIPTION_HEADS.containsKey(head) && !name) {
                Set<String> heads = Lexicon.DESCRIPTION_HEADS.get(head);
                for (int k = seen.size() - 1; k >= 0; k--) {
                    Seen s = seen.get(k);
                    for (String w : s.words()) {
                        if (heads.contains(w)) {
                            return s.mention().source();
                        }
                    }
                    if ((head.equals("paper") || head.equals("newspaper")) && s.mention().source().kind()
                            == SourceKind.NEWS_OUTLET && s.words().size() > 1) {
                        return s.mention().source();
                    }
                }
            }
            Optional<Source> known = registry.resolveWords(keys);
            if (known.isPresent()) {
                return known.get();
            }
            // An unknown name: a person or body known only by this text.
            List<String> content = new ArrayList<>(words);
            while (!content.isEmpty() && (content.get(0).equals("the") || content.get(0).equals("a")
                    || content.get(0).equals("an"))) {
                content.remove(0);
            }
            SourceKind kind = Lexicon.kindOf(words, name);
            Set<String> countries = registry.countriesInWords(keys);
            String country = countries.isEmpty() ? "" : countries.iterator().next();
            String parent = "";
            // a role noun seen before ("Ukraine's foreign ministry spokesman" ... "spokesman Georgiy Tykhy");
            // only the mention's role nouns can match, and most mentions have none
            List<String> roles = new ArrayList<>(2);
            for (String w : words) {
                if (Lexicon.DESCRIPTION_HEADS.containsKey(w)) {
                    roles.add(w);
                }
            }
            for (int k = seen.size() - 1; k >= 0 && parent.isEmpty() && !roles.isEmpty(); k--) {
                Seen s = seen.get(k);
                for (String w : roles) {
                    if (s.words().contains(w) && !s.mention().text().equals(text)) {
                        Source other = s.mention().source();
                        parent = other.root();
                        if (country.isEmpty()) {
                            country = other.country();
                        }
                        break;
                    }
                }
            }
            if (parent.isEmpty() && !country.isEmpty() && (kind == SourceKind.OFFICIAL || kind == SourceKind.MILITARY
                    || kind == SourceKind.GOVERNMENT || kind == SourceKind.INTELLIGENCE_AGENCY)) {
                parent = registry.byId(country.toLowerCase(Locale.ROOT) + "-government").map(Source::id).orElse("");
            }
            String displayName = name ? stripRoleWords(content, text) : description(text, content);
            String id = Source.idFor((country.isEmpty() ? "" : country + " ") + displayName);
            return new Source(id, displayName, kind, country, List.of(), parent.equals(id) ? "" : parent);
        }

        /**
         * The display name of a description that names nobody: the mention as written, without its leading
         * articles, first letter capitalised ("the South Korean lawmakers" -> "South Korean lawmakers"); the
         * lower-case words when the text has no such tokens.
         */
        private String description(String text, List<String> lowerContent) {
            List<Token> ts = Tokenizer.tokenize(text, 0, text.length());
            int k = 0;
            while (k < ts.size() && ARTICLES.contains(ts.get(k).lower())) {
                k++;
            }
            if (k == ts.size()) {
                return capitalize(String.join(" ", lowerContent));
            }
            return capitalize(text.substring(ts.get(k).start()).strip());
        }

        private String stripRoleWords(List<String> lowerWords, String text) {
            // "spokesman Georgiy Tykhy" -> "Georgiy Tykhy": keep the capitalised run at the end
            List<Token> ts = Tokenizer.tokenize(text, 0, text.length());
            int k = ts.size();
            while (k > 0 && ts.get(k - 1).isCapitalized()) {
                k--;
            }
            if (k < ts.size() && ts.size() - k >= 2) {
                return text.substring(ts.get(k).start());
            }
            return text;
        }

        private boolean isPerson(SourceMention m, List<String> words) {
            SourceKind k = m.source().kind();
            if (k == SourceKind.NAMED_PERSON || k == SourceKind.EYEWITNESS) {
                return true;
            }
            String head = words.isEmpty() ? "" : words.get(words.size() - 1);
            return PERSON_HEADS.contains(head) || k == SourceKind.OFFICIAL && looksLikeNameText(m.text());
        }

        // ------------------------------------------------------------ phrases

        /** Index after the noun phrase starting at {@code s} (exclusive), or {@code s} when there is none. */
        private int forwardNp(int s) {
            int e = s;
            while (e < toks.size()) {
                Token t = toks.get(e);
                if (t.is("'s")) {
                    e++;
                    continue;
                }
                if (!t.isWord()) {
                    if ((t.text().equals("-") || t.text().equals("&")) && e > s) {
                        e++;
                        continue;
                    }
                    break;
                }
                if (t.isCapitalized() || t.lowerIn(Lexicon.NP_WORDS) && !isTimeWord(t)
                        || Character.isDigit(t.text().charAt(0)) && e > s) {
                    if (t.is("on") || t.is("in") || t.is("at") && e == s) {
                        break;
                    }
                    if (isTimeWord(t) && t.isCapitalized() && e > s) {
                        break;
                    }
                    e++;
                    continue;
                }
                if (t.lowerIn(Lexicon.PERSON_PRONOUNS) || t.lowerIn(Lexicon.GROUP_PRONOUNS)) {
                    if (e == s) {
                        e++;
                    }
                    break;
                }
                break;
            }
            // drop trailing function words: "the official from" -> "the official"
            while (e > s && isFunctionWord(toks.get(e - 1))) {
                e--;
            }
            return e;
        }

        /**
         * The noun phrase ending at token {@code end} (inclusive), skipping back over a relative clause or an
         * apposition between commas ({@code The soldier, who was wounded,}); null when there is none.
         */
        private int[] backwardNp(int end) {
            if (end < 0) {
                return null;
            }
            int[] named = appositiveName(end);
            if (named != null) {
                return named;
            }
            int s = backwardNpStart(end);
            if (s > end && toks.get(end).isComma()) {
                return null;
            }
            int e = end;
            if (toks.get(end).isComma()) {
                int c2 = end - 1;
                while (c2 >= 0 && !toks.get(c2).isComma()) {
                    c2--;
                }
                e = c2 - 1;
            }
            return s <= e ? new int[] {s, e} : null;
        }

        /**
         * A name of one to four capitalised words set off by commas after a description, ending at the comma
         * {@code end} ({@code the campaign's chairman, John Smith,}): its first and last token; else null.
         */
        private int[] appositiveName(int end) {
            if (end < 3 || !toks.get(end).isComma()) {
                return null;
            }
            int c2 = end - 1;
            while (c2 >= 0 && end - c2 <= 5 && !toks.get(c2).isComma()) {
                Token t = toks.get(c2);
                if (!t.isWord() || !t.isCapitalized() || t.lowerIn(CONNECTIVES)) {
                    return null;
                }
                c2--;
            }
            if (c2 < 1 || !toks.get(c2).isComma() || c2 + 1 > end - 1 || !toks.get(c2 - 1).isWord()
                    || toks.get(c2 - 1).isCapitalized()) {
                return null;
            }
            return new int[] {c2 + 1, end - 1};
        }

        /** Start index of the noun phrase ending at {@code end} (inclusive), or {@code end + 1} when none. */
        private int backwardNpStart(int end) {
            if (end < 0) {
                return 0;
            }
            // "X, who was wounded, told": skip a relative clause or apposition between commas
            if (toks.get(end).isComma()) {
                int c2 = end - 1;
                while (c2 >= 0 && !toks.get(c2).isComma()) {
                    c2--;
                }
                if (c2 > 0 && (at(c2 + 1, "who") || at(c2 + 1, "which") || at(c2 + 1, "a") || at(c2 + 1, "an")
                        || at(c2 + 1, "the"))) {
                    end = c2 - 1;
                } else {
                    return end + 1;
                }
            }
            Token last = toks.get(end);
            if (last.lowerIn(Lexicon.PERSON_PRONOUNS) || last.lowerIn(Lexicon.GROUP_PRONOUNS)) {
                return end;
            }
            int s = end;
            while (s >= 0) {
                Token t = toks.get(s);
                if (t.is("'s") || (t.text().equals("-") || t.text().equals("&")) && s < end
                        || t.is(".") && s < end && s > 0 && toks.get(s - 1).text().length() == 1
                        && toks.get(s - 1).isCapitalized()) {
                    s--; // "James B. Comey": an initial inside the name
                    continue;
                }
                if (!t.isWord() || t.is("with") && !at(s - 1, "familiar")) {
                    break;
                }
                boolean ok = t.isCapitalized() && !(s == 0 && t.lowerIn(CONNECTIVES) && s < end)
                        || t.lowerIn(Lexicon.NP_WORDS) || Character.isDigit(t.text().charAt(0));
                if (!ok) {
                    // "the senator", "a local farmer": unknown words right after a determiner are the phrase
                    int d = determinerBefore(s);
                    if (d < 0) {
                        break;
                    }
                    s = d - 1;
                    continue;
                }
                s--;
            }
            s++;
            // leading "and", "of", connectives are not part of the phrase
            while (s <= end && (isFunctionWord(toks.get(s)) || toks.get(s).lowerIn(CONNECTIVES)
                    && s < end && !toks.get(s).is("the"))) {
                s++;
            }
            if (s > end || !hasHead(s, end)) {
                return end + 1;
            }
            return s;
        }

        /** Index of a determiner at most three plain words before {@code s}, or -1. */
        private int determinerBefore(int s) {
            for (int k = s; k >= 0 && k >= s - 3; k--) {
                Token t = toks.get(k);
                if (!t.isWord() || t.lowerIn(Lexicon.AUX) || Lexicon.VERBS.containsKey(t.lower())
                        || t.is("that") || t.is("who") || t.is("which") || t.lowerIn(PERIODS)) {
                    return -1;
                }
                if (t.lowerIn(DETERMINERS)) {
                    return k;
                }
            }
            return -1;
        }

        private boolean hasHead(int s, int e) {
            for (int k = s; k <= e; k++) {
                Token t = toks.get(k);
                if (t.isWord() && !isFunctionWord(t) && !t.is("the") && !t.is("a") && !t.is("an")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isFunctionWord(Token t) {
            return t.is("of") || t.is("from") || t.is("at") || t.is("for") || t.is("and") || t.is("with")
                    || t.is("in") || t.is("-") || t.is("&") || t.is("'s");
        }

        private boolean isTimeWord(Token t) {
            return t.lowerIn(DAYS) || t.lowerIn(PERIODS) || t.is("last") || t.is("this")
                    && at(indexOf(t) + 1, PERIODS);
        }

        private int indexOf(Token t) {
            return toks.indexOf(t);
        }

        private boolean looksLikeName(int s, int e) {
            int caps = 0;
            for (int k = s; k < e; k++) {
                Token t = toks.get(k);
                if (t.isWord() && t.isCapitalized() && !(k == 0 && t.is("the"))) {
                    caps++;
                } else if (t.isWord() && caps > 0 && !t.is("'s")) {
                    caps = 0;
                }
            }
            return caps >= 2 && registry.countriesInWords(keysOf(Math.max(s, e - caps), e)).isEmpty();
        }

        private boolean looksLikeNameText(String text) {
            List<Token> ts = Tokenizer.tokenize(text, 0, text.length());
            int caps = 0;
            for (int k = ts.size() - 1; k >= 0 && ts.get(k).isCapitalized(); k--) {
                caps++;
            }
            return caps >= 2;
        }

        private boolean isAddressee(int s, int e) {
            for (int k = s; k < e; k++) {
                if (!toks.get(k).lowerIn(ADDRESSEES) && !toks.get(k).isCapitalized()) {
                    return false;
                }
            }
            return true;
        }

        /** Skips "that", time and place adjuncts, "in a statement", colons after a cue. */
        private int skipAdjuncts(int i) {
            int j = i;
            boolean moved = true;
            while (moved && j < toks.size()) {
                moved = false;
                Token t = toks.get(j);
                if (t.is(",") || t.is(":") || t.is("that") && !at(j + 1, ",")) {
                    j++;
                    moved = true;
                } else if (t.lowerIn(DAYS)) {
                    j++;
                    moved = true;
                } else if ((t.is("on") || t.is("late") || t.is("early")) && j + 1 < toks.size()
                        && (toks.get(j + 1).lowerIn(DAYS) || at(j + 1, "on"))) {
                    j += 2;
                    moved = true;
                } else if ((t.is("this") || t.is("last") || t.is("next") || t.is("earlier") || t.is("later"))
                        && at(j + 1, PERIODS)) {
                    j += 2;
                    moved = true;
                } else if ((t.is("in") || t.is("at") || t.is("during") || t.is("on")) && (at(j + 1, "a")
                        || at(j + 1, "an") || at(j + 1, "the") || at(j + 1, "his") || at(j + 1, "her")
                        || at(j + 1, "its") || at(j + 1, "their"))) {
                    int k = j + 2;
                    int limit = Math.min(toks.size(), j + 8);
                    while (k < limit && !toks.get(k).lowerIn(STATEMENT_NOUNS) && toks.get(k).isWord()) {
                        k++;
                    }
                    if (k < limit && toks.get(k).lowerIn(STATEMENT_NOUNS)) {
                        j = k + 1;
                        if (at(j, "with") || at(j, "to") || at(j, "on")) {
                            int e = forwardNp(j + 1);
                            j = Math.max(j + 1, e);
                        }
                        moved = true;
                    }
                } else if (t.is("for") && at(j + 1, "the") && at(j + 3, "time") && (at(j + 2, "first")
                        || at(j + 2, "second") || at(j + 2, "last"))) {
                    j += 4;
                    moved = true;
                } else if (t.is("in") && at(j + 1, "response") && at(j + 2, "to")) {
                    int e = forwardNp(j + 3);
                    j = Math.max(j + 3, e);
                    moved = true;
                }
                if (!moved && t.lowerIn(ADJUNCT_OPENERS)) {
                    int that = thatClauseAfter(j, ADJUNCT_MAX_TOKENS);
                    if (that > j) {
                        j = that; // "on the radio show last week that ...": the clause after "that"
                        moved = true;
                    }
                }
            }
            return j;
        }

        /**
         * The index of a complementizer {@code that} within {@code max} tokens from {@code from}, when only words
         * stand between (no punctuation, quote or other clause word) and a clause starts after it ({@link
         * #startsClause}: {@code that Woods is}, not the relative {@code that attacked}); else -1.
         */
        private int thatClauseAfter(int from, int max) {
            int limit = Math.min(toks.size() - 1, from + max);
            for (int k = from; k < limit; k++) {
                Token t = toks.get(k);
                if (t.is("that")) {
                    return k > from && (startsClause(k + 1) || at(k + 1, CLAUSE_QUANTIFIERS)) ? k : -1;
                }
                if (!t.isWord() && !t.is("'s") || t.isQuote() || t.is("which") || t.is("who")
                        || Lexicon.VERBS.containsKey(t.lower())) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean startsClause(int i) {
            if (i >= toks.size()) {
                return false;
            }
            Token t = toks.get(i);
            return t.isQuote() || t.isCapitalized() || t.is("the") || t.is("a") || Lexicon.PERSON_PRONOUNS.contains(
                    t.lower()) || t.lowerIn(Lexicon.GROUP_PRONOUNS) || t.is("more") || t.is("there")
                    || Character.isDigit(t.text().charAt(0));
        }

        /** The content from token {@code i} to the end of the sentence, without final punctuation. */
        private Span contentAfter(int i) {
            if (i >= toks.size()) {
                return Span.NONE;
            }
            return snapToQuotes(trimSpan(toks.get(i).start(), sentence.end()));
        }

        /** The content from the sentence start (after any dateline) to the comma at token {@code comma}. */
        private Span contentBeforeComma(int comma) {
            return snapToQuotes(trimSpan(afterDateline(), toks.get(comma).start()));
        }

        /** The sentence's start, past a dateline such as {@code SEOUL (AFP) - }. */
        private int afterDateline() {
            java.util.regex.Matcher m = DATELINE.matcher(body).region(sentence.start(), sentence.end());
            return m.lookingAt() ? m.end() : sentence.start();
        }

        private int skipConnectives(int i) {
            int j = i;
            while (j < toks.size() && (toks.get(j).lowerIn(CONNECTIVES) && at(j + 1, ",")
                    || toks.get(j).is(",") || toks.get(j).isQuote() || toks.get(j).is("-")
                    || (toks.get(j).is("but") || toks.get(j).is("and")) && j == i)) {
                j++;
            }
            return j;
        }

        /**
         * Trims whitespace, quotes and final punctuation from both ends of {@code [s, e)}; a quote mark is kept
         * when the span quotes only part of itself ({@code That came alongside "some deployments"}).
         */
        private Span trimSpan(int s, int e) {
            int s0 = s;
            int e0 = e;
            while (s < e && (Character.isWhitespace(chars[s]) || isQuoteChar(chars[s]))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(chars[e - 1]) || isQuoteChar(chars[e - 1])
                    || ".,;:!?".indexOf(chars[e - 1]) >= 0)) {
                e--;
            }
            if (e <= s) {
                return Span.NONE;
            }
            int marks = 0;
            for (int k = s; k < e; k++) {
                if (isQuoteChar(chars[k])) {
                    marks++;
                }
            }
            if (marks % 2 == 1) {
                // put back the mark that pairs with the one inside
                int before = s - 1;
                while (before >= s0 && Character.isWhitespace(chars[before])) {
                    before--;
                }
                int after = e;
                while (after < e0 && !isQuoteChar(chars[after]) && ".,;:!?".indexOf(chars[after]) >= 0) {
                    after++;
                }
                if (before >= s0 && isQuoteChar(chars[before]) && !firstMarkOpens(s, e)) {
                    s = before;
                } else if (after < e0 && isQuoteChar(chars[after])) {
                    e = after + 1;
                }
            }
            return Span.of(s, e);
        }

        /** True when the first quote mark in {@code [s, e)} opens a quotation (follows a space or starts it). */
        private boolean firstMarkOpens(int s, int e) {
            for (int k = s; k < e; k++) {
                if (isQuoteChar(chars[k])) {
                    return k == s || Character.isWhitespace(chars[k - 1]);
                }
            }
            return false;
        }

        /** Grows a content span that starts or ends inside a quotation to the whole quotation. */
        private Span snapToQuotes(Span c) {
            if (c.isNone()) {
                return c;
            }
            int s = c.start();
            int e = c.end();
            for (int[] q : quotes) {
                if (q[0] < s && s < q[1] && q[0] < sentence.start()) {
                    s = q[0];
                }
                if (q[0] < e && e < q[1] && q[1] > sentence.end()) {
                    e = q[1];
                }
            }
            return trimSpan(s, e);
        }

        private boolean isDirect(Span content) {
            if (content.isNone()) {
                return false;
            }
            for (int[] q : quotes) {
                if (q[0] <= content.start() && content.end() <= q[1]) {
                    return true;
                }
            }
            return false;
        }

        private boolean inQuote(int offset) {
            // quotes are in text order and do not overlap: binary search for the last one starting at or before
            int lo = 0;
            int hi = quotes.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (quotes.get(mid)[0] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi >= 0 && offset < quotes.get(hi)[1];
        }

        private boolean hasFoundIn(Span s) {
            for (Found f : found) {
                if (s.contains(f.cue.span())) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ small helpers

        /** Words that end a subject written after its verb ({@code said the woman who}, {@code said X on}). */
        private static final Set<String> NP_STOPS = WordSet.of("who", "which", "that", "on", "in", "at", "to", "by",
                "during", "after", "before", "from", "with", "when", "while", "as", "and", "but", "of", "for",
                "about", "told", "said", "says");

        /**
         * The end of a subject written after its verb that starts at {@code s}: {@code e} (from {@link #forwardNp})
         * unless up to eight plain words from {@code s} run to a comma, a quote, the sentence's end or its final
         * punctuation ({@code said election lawyer Joe Smith.}, {@code said one former senior official,}).
         */
        private int commonNp(int s, int e) {
            int k = s;
            int periods = 0;
            while (k < toks.size() && k < s + 8 + periods && (toks.get(k).isWord() && !NP_STOPS.contains(
                    toks.get(k).lower()) || isNamePeriod(k) && k + 1 < toks.size() && toks.get(k + 1).isCapitalized())) {
                periods += toks.get(k).isWord() ? 0 : 1; // "said retired Army Lt. Gen. Ann Lee,"
                k++;
            }
            if (k <= e || k >= s + 8 + periods) {
                return e;
            }
            boolean closed = k >= toks.size() || toks.get(k).isComma() || toks.get(k).isQuote()
                    || k == toks.size() - 1 && !toks.get(k).isWord();
            return closed ? k : e;
        }

        /**
         * {@code i} itself, or, when token {@code i} closes a short parenthesis right after a capitalised word
         * ({@code Paul (R-Ky.)}), the token before the parenthesis.
         */
        private int skipParenthesisBack(int i) {
            if (i < 2 || !toks.get(i).is(")")) {
                return i;
            }
            for (int k = i - 1; k >= 1 && k >= i - 8; k--) {
                if (toks.get(k).is("(")) {
                    return toks.get(k - 1).isWord() && toks.get(k - 1).isCapitalized() ? k - 1 : i;
                }
                if (toks.get(k).is(")") || Lexicon.VERBS.containsKey(toks.get(k).lower())) {
                    return i;
                }
            }
            return i;
        }

        /** {@code i}, or the token before a title abbreviation when {@code i} is its period ({@code Mr.}). */
        private int skipTitleBack(int i) {
            return i >= 1 && at(i, ".") && at(i - 1, TITLE_ABBREVIATIONS) ? i - 2 : i;
        }

        private int skipAuxBack(int i) {
            int j = i;
            while (j >= 0 && toks.get(j).lowerIn(Lexicon.AUX) && !(j == 0)) {
                j--;
            }
            // "X on Thursday said": a day after "on"
            return j;
        }

        private boolean isNegator(Token t) {
            return t.is("not") || t.is("n't") || t.is("never") || t.lower().endsWith("n't");
        }

        private boolean isAuxVerb(Token t) {
            return t.lowerIn(AUX_VERBS);
        }

        private boolean isNpToken(Token t) {
            return t.isWord() && (t.isCapitalized() || t.lowerIn(Lexicon.NP_WORDS)) && !t.is("nor")
                    || t.is("'s");
        }

        private boolean isCommaOrQuoteComma(int k) {
            if (k < 0 || k >= toks.size()) {
                return false;
            }
            Token t = toks.get(k);
            if (t.isComma()) {
                return true;
            }
            // a quotation closed by a comma, or by a question or exclamation mark ("Why?" she asked)
            if (!t.isQuote() || k == 0) {
                return false;
            }
            int p = k - 1;
            if (p > 0 && (toks.get(p).is("'") || toks.get(p).is("\u2019"))) {
                p--; // a quotation inside the quotation closes with it: "... 'a special case,'" he said
            }
            return toks.get(p).isComma() || toks.get(p).is("?") || toks.get(p).is("!");
        }

        private boolean at(int k, String word) {
            return k >= 0 && k < toks.size() && toks.get(k).is(word);
        }

        private boolean at(int k, Set<String> words) {
            return k >= 0 && k < toks.size() && toks.get(k).lowerIn(words);
        }

        private int countWords(int from, int to) {
            int n = 0;
            for (int k = Math.max(0, from); k < Math.min(to, toks.size()); k++) {
                if (toks.get(k).isWord()) {
                    n++;
                }
            }
            return n;
        }

        private List<String> wordsOf(int s, int e) {
            List<String> out = new ArrayList<>();
            for (int k = s; k < e; k++) {
                if (toks.get(k).isWord()) {
                    out.add(toks.get(k).lower());
                }
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- static helpers

    private static String lemmaOf(String form) {
        Lexicon.Verb v = Lexicon.VERBS.get(form);
        if (v != null) {
            return v.lemma();
        }
        return switch (form) {
            case "confirm", "confirmed" -> "confirm";
            case "deny" -> "deny";
            case "comment", "commented", "comments", "commenting" -> "comment";
            case "respond", "responded" -> "respond";
            case "say" -> "say";
            case "verify", "verified" -> "verify";
            case "acknowledge" -> "acknowledge";
            case "elaborate" -> "elaborate";
            case "discuss" -> "discuss";
            case "answer", "answered" -> "answer";
            case "return", "returned" -> "return";
            case "reply" -> "reply";
            default -> form;
        };
    }

    private static List<Source> dedupeAdjacent(List<Source> chain) {
        List<Source> out = new ArrayList<>();
        for (Source s : chain) {
            if (out.isEmpty() || !out.get(out.size() - 1).id().equals(s.id())) {
                out.add(s);
            }
        }
        return out.size() == 1 ? List.of() : out;
    }

    private static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Quotation regions of {@code body} as {@code [start, end)} char ranges of the quoted text (without the marks).
     * Straight double quotes pair up; curly ones open and close; a blank line closes an open quote, and a paragraph
     * that opens with a quote mark while one is open continues it in a new region (the convention for quotes running
     * over paragraphs).
     */
    static List<int[]> quoteRegions(String body) {
        return quoteRegions(body.toCharArray());
    }

    /** {@link #quoteRegions(String)} of the body's chars. */
    static List<int[]> quoteRegions(char[] body) {
        return quoteRegions(body, false);
    }

    /** Bit {@code c} set for the chars below 64 that the quotation regions read: newline, {@code "}. */
    private static final long QUOTE_STOPS = 1L << '\n' | 1L << '"';

    /**
     * {@link #quoteRegions(char[])}; with {@code reversedCloses}, an opening curly mark right after a word and before a
     * space closes an open quotation ({@code ...,\u201C said Lee}: a mark typed the wrong way round), so the words
     * after it are read. The rules use that; the trained tagger's features keep the plain regions.
     */
    static List<int[]> quoteRegions(char[] body, boolean reversedCloses) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < body.length; i++) {
            char c = body[i];
            if (c < 64 ? (QUOTE_STOPS >>> c & 1) == 0 : c < '\u00AB') {
                continue; // letters, digits, spaces, most punctuation: none of the chars below
            }
            if (c == '\n' && i + 1 < body.length && body[i + 1] == '\n' && open >= 0) {
                int j = i;
                while (j < body.length && Character.isWhitespace(body[j])) {
                    j++;
                }
                if (j < body.length && isQuoteChar(body[j])) {
                    out.add(new int[] {open, i});
                    open = j + 1;
                    i = j;
                } else {
                    out.add(new int[] {open, i});
                    open = -1;
                }
                continue;
            }
            if (reversedCloses && c == '\u201C' && open >= 0 && i > open && !Character.isWhitespace(body[i - 1])
                    && (i + 1 == body.length || Character.isWhitespace(body[i + 1]))) {
                out.add(new int[] {open, i}); // an opening mark that closes: "...,\u201C said Lee"
                open = -1;
            } else if (c == '\u201C' || c == '\u00AB') {
                open = i + 1;
            } else if (c == '\u201D' || c == '\u00BB') {
                if (open >= 0) {
                    out.add(new int[] {open, i});
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0) {
                    out.add(new int[] {open, i});
                    open = -1;
                } else {
                    open = i + 1;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, body.length});
        }
        return out;
    }
}
