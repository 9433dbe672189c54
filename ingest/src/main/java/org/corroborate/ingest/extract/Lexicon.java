package org.corroborate.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.SourceKind;

/** Word lists of the rule-based extractor: reporting verbs, words that may sit inside a source phrase, kinds. */
final class Lexicon {

    /** A reporting verb form: its lemma, and whether the form is ambiguous with a noun ({@code reports}). */
    record Verb(String lemma, boolean nounLike) {
    }

    static final Map<String, Verb> VERBS = new HashMap<>();

    static {
        verb("say", "said", "says", "saying");
        verb("tell", "told", "tells", "telling");
        verb("add", "added", "adds", "adding");
        verb("confirm", "confirmed", "confirms", "confirming");
        verb("deny", "denied", "denies", "denying");
        verb("report", "reported");
        nounLike("report", "reports");
        verb("claim", "claimed", "claiming");
        nounLike("claim", "claims");
        verb("state", "stated");
        verb("announce", "announced", "announces");
        verb("estimate", "estimated");
        nounLike("estimate", "estimates");
        verb("warn", "warned", "warns");
        verb("note", "noted");
        verb("explain", "explained", "explains");
        verb("insist", "insisted", "insists");
        verb("argue", "argued", "argues");
        verb("write", "wrote", "writes");
        verb("describe", "described", "describes");
        verb("allege", "alleged", "alleges");
        verb("acknowledge", "acknowledged", "acknowledges");
        verb("admit", "admitted", "admits");
        verb("assert", "asserted", "asserts");
        verb("maintain", "maintained", "maintains");
        verb("reveal", "revealed", "reveals");
        verb("disclose", "disclosed", "discloses");
        verb("suggest", "suggested", "suggests");
        verb("indicate", "indicated", "indicates");
        verb("accuse", "accused", "accuses");
        verb("urge", "urged", "urges");
        verb("declare", "declared", "declares");
        verb("testify", "testified", "testifies");
        verb("tweet", "tweeted");
        verb("post", "posted");
        verb("reiterate", "reiterated", "reiterates");
        verb("stress", "stressed");
        verb("emphasise", "emphasised", "emphasized", "emphasises", "emphasizes");
        verb("recall", "recalled", "recalls");
        verb("predict", "predicted", "predicts");
        verb("concede", "conceded", "concedes");
        verb("contend", "contended", "contends");
        verb("respond", "responded");
        verb("reply", "replied");
        verb("believe", "believes", "believed");
        verb("think", "thinks");
        verb("conclude", "concluded", "concludes");
        verb("find", "found", "finds");
        verb("show", "showed", "shows");
        verb("assess", "assessed", "assesses");
        verb("quote", "quoted", "quoting");
        verb("cite", "cited", "citing");
        verb("agree", "agreed", "agrees");
        verb("promise", "promised", "promises");
        verb("vow", "vowed", "vows");
        verb("pledge", "pledged", "pledges");
        verb("threaten", "threatened", "threatens");
        verb("caution", "cautioned", "cautions");
        verb("complain", "complained", "complains");
        verb("speculate", "speculated", "speculates");
        verb("hint", "hinted", "hints");
        verb("brief", "briefed");
        verb("inform", "informed", "informs");
        verb("dismiss", "dismissed", "dismisses");
        verb("reject", "rejected", "rejects");
        verb("refute", "refuted", "refutes");
        verb("blame", "blamed", "blames");
        verb("charge", "charged");
        verb("hail", "hailed");
        verb("praise", "praised", "praises");
        verb("criticise", "criticised", "criticized", "criticises", "criticizes");
        verb("condemn", "condemned", "condemns");
        verb("question", "questioned");
        verb("mention", "mentioned");
        // added after the PolNeAR train error analysis (docs/EVALUATION.md); never tuned on dev
        verb("learn", "learned", "learnt");
        verb("continue", "continued");
        verb("observe", "observed", "observes");
        verb("remark", "remarked", "remarks");
        verb("counter", "countered", "counters");
        verb("retort", "retorted");
        verb("joke", "joked", "jokes");
        verb("boast", "boasted", "boasts");
        verb("lament", "lamented", "laments");
        verb("recount", "recounted", "recounts");
        verb("announce", "announcing");
        verb("argue", "arguing");
        verb("add", "adding");
        verb("claim", "claiming");
        // general English reporting and attitude verbs (from dictionaries' lists of reporting verbs, not from any
        // corpus's annotations); the frames still decide whether a use is an attribution
        verb("say", "saying");
        verb("tell", "telling");
        verb("note", "notes", "noting");
        verb("write", "writing");
        verb("explain", "explaining");
        verb("suggest", "suggesting");
        verb("insist", "insisting");
        verb("stress", "stresses", "stressing");
        verb("declare", "declaring");
        verb("predict", "predicting");
        verb("think", "thought");
        verb("believe", "believing");
        verb("propose", "proposed", "proposes");
        verb("recommend", "recommended", "recommends");
        verb("demand", "demanded");
        verb("hope", "hoped", "hoping");
        nounLike("hope", "hopes");
        verb("worry", "worried", "worries");
        verb("wonder", "wondered", "wonders");
        verb("feel", "feels", "felt");
        verb("assure", "assured", "assures");
        verb("reassure", "reassured", "reassures");
        verb("advise", "advised", "advises");
        verb("affirm", "affirmed", "affirms");
        verb("proclaim", "proclaimed", "proclaims");
        verb("protest", "protested");
        verb("swear", "swore", "sworn");
        verb("quip", "quipped", "quips");
        verb("exclaim", "exclaimed", "exclaims");
        verb("muse", "mused");
        verb("opine", "opined");
        verb("grumble", "grumbled");
        verb("confide", "confided");
        verb("underscore", "underscored", "underscores");
        verb("signal", "signaled", "signalled");
        verb("imply", "implied", "implies");
        verb("reckon", "reckoned", "reckons");
        verb("forecast", "forecasted");
        verb("acknowledge", "acknowledging");
        verb("concede", "conceding");
        verb("warn", "warning");
        verb("recall", "recalling");
        verb("state", "states", "stating");
        verb("complain", "complaining");
    }

    static {
        // plain forms, for plural subjects in the present tense ("Officials say", "Analysts believe")
        for (String base : new String[] {"say", "tell", "claim", "believe", "think", "confirm", "deny", "warn",
            "estimate", "insist", "argue", "allege", "acknowledge", "admit", "note", "explain", "suggest", "predict",
            "report", "assert", "maintain", "accuse", "describe", "contend", "concede", "reject", "dismiss",
            "expect", "fear"}) {
            VERBS.putIfAbsent(base, new Verb(base, base.equals("report") || base.equals("claim")
                    || base.equals("note") || base.equals("estimate") || base.equals("fear")));
        }
        verb("expect", "expected", "expects");
        verb("fear", "feared", "fears");
    }

    private static void verb(String lemma, String... forms) {
        for (String f : forms) {
            VERBS.put(f, new Verb(lemma, false));
        }
    }

    private static void nounLike(String lemma, String... forms) {
        for (String f : forms) {
            VERBS.put(f, new Verb(lemma, true));
        }
    }

    /** Lemmas whose attribution is a denial. */
    static final Set<String> DENY = set("deny", "dismiss", "reject", "refute");
    /** Lemmas whose attribution is a confirmation. */
    static final Set<String> CONFIRM = set("confirm", "acknowledge", "admit", "concede");
    /** Lemmas that make the content prescriptive or evaluative rather than factual. */
    static final Set<String> OPINION = set("urge", "hail", "praise", "criticise", "condemn", "blame", "promise",
            "vow", "pledge", "threaten", "agree", "complain", "question", "hope", "worry", "wonder", "feel",
            "propose", "recommend", "demand", "advise", "grumble",
            // phrases of CuePhrases
            "express", "rail against", "lash out", "take issue with",
            // one-word cues of CuePhrases: stances, requests and questions
            "ask", "endorse", "defend", "blast", "denounce", "slam", "mock", "decry", "tout", "deride", "thank",
            "portray", "attack", "order", "decline", "refuse");
    /** Lemmas that signal belief or inference rather than knowledge: the content is hedged by the cue itself. */
    static final Map<String, Double> CUE_HEDGE = Map.ofEntries(Map.entry("believe", 0.3),
            Map.entry("think", 0.35), Map.entry("claim", 0.3), Map.entry("allege", 0.4), Map.entry("speculate", 0.5),
            Map.entry("suggest", 0.3), Map.entry("hint", 0.4), Map.entry("estimate", 0.15), Map.entry("assess", 0.2),
            Map.entry("expect", 0.3), Map.entry("fear", 0.4), Map.entry("feel", 0.35), Map.entry("reckon", 0.35),
            Map.entry("imply", 0.4), Map.entry("signal", 0.3), Map.entry("forecast", 0.15));
    /** Lemmas that take the source after them only in a fixed construction, never as a reporting frame alone. */
    static final Set<String> NOT_INVERTIBLE = set("find", "show", "quote", "cite", "respond", "reply",
            "brief", "inform", "mention", "question", "hope", "worry", "wonder", "feel", "propose", "recommend",
            "demand", "advise", "assure", "reassure", "underscore", "signal", "imply", "forecast",
            "protest", "swear", "call",
            // phrases of CuePhrases
            "point out", "point to", "refer to", "make clear", "make the case", "express", "rail against", "lash out",
            "take issue with", "talk about");

    /** Words that may be skipped between a source phrase and its verb. */
    static final Set<String> AUX = set("has", "have", "had", "also", "previously", "earlier", "repeatedly",
            "already", "again", "recently", "now", "later", "first", "further", "separately", "publicly", "privately",
            "officially", "initially", "then", "will", "would", "could", "may", "might", "can", "is", "was", "were",
            "are", "been", "being", "had", "just", "since", "reportedly", "once", "even", "last", "today",
            "yesterday", "on", "thursday", "monday", "tuesday", "wednesday", "friday", "saturday", "sunday",
            "frequently", "often", "always", "never", "long", "widely", "flatly", "strongly", "firmly", "quickly",
            "swiftly", "immediately", "formally", "explicitly", "directly", "loudly", "angrily", "bluntly",
            "candidly", "openly", "subsequently", "additionally", "both", "all", "each", "themselves", "itself",
            "himself", "herself");

    /** Lower-case words that may sit inside a source phrase. */
    static final Set<String> NP_WORDS = set("the", "a", "an", "his", "her", "its", "their", "our", "this",
            "these", "those", "of", "from", "at", "for", "and", "&", "-", "several", "many", "some", "two", "three",
            "four", "other", "senior", "former", "top", "chief", "deputy", "local", "foreign", "state", "defence",
            "defense", "interior", "military", "intelligence", "spy", "agency", "agencies", "service", "services",
            "ministry", "ministries", "government", "governments", "official", "officials", "spokesman",
            "spokeswoman", "spokesperson", "spokespeople", "leader", "leaders", "president", "minister", "ministers",
            "prime", "secretary", "general", "army", "forces", "force", "police", "source", "sources", "analyst",
            "analysts", "expert", "experts", "witness", "witnesses", "eyewitness", "eyewitnesses", "resident",
            "residents", "soldier", "soldiers", "newspaper", "newspapers", "paper", "news", "daily", "television",
            "tv", "broadcaster", "officer", "officers", "commander", "commanders", "diplomat", "diplomats",
            "lawmaker", "lawmakers", "legislator", "legislators", "media", "outlet", "outlets", "office", "staff",
            "department", "authorities", "authority", "regime", "administration", "embassy", "council", "committee",
            "spokesmen", "head", "director", "chairman", "chair", "member", "members", "representative",
            "representatives", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "investigator",
            "investigators", "prosecutor", "prosecutors", "researcher", "researchers", "scientist", "scientists",
            "doctor", "doctors", "survivor", "survivors", "villager", "villagers", "people", "person", "man", "woman",
            "men", "women", "group", "groups", "organisation", "organization", "company", "firm", "statement",
            "report", "study", "survey", "data", "poll", "figures", "documents", "document", "observers", "monitor",
            "monitors", "campaign", "party", "candidate", "spokes", "west", "western", "national", "international",
            "regional", "federal", "central", "united", "joint", "chiefs", "staffer", "staffers", "ambassador",
            "envoy", "security", "council", "in", "charge", "familiar", "with", "matter", "knowledge", "condition",
            "anonymity", "unnamed", "anonymous", "one", "another", "both", "bureau", "agent", "agents", "navy",
            "air", "marine", "guard", "wing", "correspondent", "reporter", "reporters", "journalist", "journalists",
            "editor", "editors", "defector", "defectors", "captured", "north", "south", "east");

    /** Third-person pronouns that can stand for a source. */
    static final Set<String> PERSON_PRONOUNS = set("he", "she");
    static final Set<String> GROUP_PRONOUNS = set("they", "it");

    /** Head nouns a definite description ("the official") is resolved by, with what else they may refer to. */
    static final Map<String, Set<String>> DESCRIPTION_HEADS = Map.ofEntries(
            Map.entry("official", Set.of("official", "officials")),
            Map.entry("officials", Set.of("official", "officials")),
            Map.entry("spokesman", Set.of("spokesman", "spokeswoman", "spokesperson")),
            Map.entry("spokeswoman", Set.of("spokesman", "spokeswoman", "spokesperson")),
            Map.entry("spokesperson", Set.of("spokesman", "spokeswoman", "spokesperson")),
            Map.entry("agency", Set.of("agency", "service", "intelligence")),
            Map.entry("ministry", Set.of("ministry")),
            Map.entry("paper", Set.of("paper", "newspaper", "daily", "ilbo", "times", "post", "journal")),
            Map.entry("newspaper", Set.of("paper", "newspaper", "daily", "ilbo", "times", "post", "journal")),
            Map.entry("daily", Set.of("paper", "newspaper", "daily", "ilbo")),
            Map.entry("soldier", Set.of("soldier")),
            Map.entry("president", Set.of("president")),
            Map.entry("minister", Set.of("minister")),
            Map.entry("leader", Set.of("leader")),
            Map.entry("source", Set.of("source")),
            Map.entry("witness", Set.of("witness", "eyewitness")),
            Map.entry("commander", Set.of("commander")),
            Map.entry("diplomat", Set.of("diplomat")),
            Map.entry("analyst", Set.of("analyst")),
            Map.entry("report", Set.of("report")),
            Map.entry("broadcaster", Set.of("broadcaster", "television", "tv")),
            Map.entry("government", Set.of("government")),
            Map.entry("military", Set.of("military", "army")),
            Map.entry("army", Set.of("military", "army")));

    /** The kind a source phrase's words suggest, most specific first. */
    static SourceKind kindOf(java.util.List<String> lowerWords, boolean looksLikeName) {
        // one look-up per word: which of the lists below it is on
        int has = 0;
        for (String w : lowerWords) {
            Integer k = KIND_WORDS.get(w);
            if (k != null) {
                has |= k;
            }
        }
        if ((has & STATE) != 0 && (has & STATE_MEDIA_WORD) != 0) {
            return SourceKind.STATE_MEDIA;
        }
        if ((has & SPY) != 0) {
            return SourceKind.INTELLIGENCE_AGENCY;
        }
        if ((has & OFFICIAL_WORD) != 0) {
            return SourceKind.OFFICIAL;
        }
        if ((has & MILITARY_WORD) != 0) {
            return SourceKind.MILITARY;
        }
        if ((has & GOVERNMENT_WORD) != 0) {
            return SourceKind.GOVERNMENT;
        }
        if ((has & OUTLET_WORD) != 0) {
            return SourceKind.NEWS_OUTLET;
        }
        if ((has & WITNESS_WORD) != 0) {
            return SourceKind.EYEWITNESS;
        }
        return looksLikeName ? SourceKind.NAMED_PERSON : SourceKind.UNKNOWN;
    }

    private static final int STATE = 1;
    private static final int STATE_MEDIA_WORD = 2;
    private static final int SPY = 4;
    private static final int OFFICIAL_WORD = 8;
    private static final int MILITARY_WORD = 16;
    private static final int GOVERNMENT_WORD = 32;
    private static final int OUTLET_WORD = 64;
    private static final int WITNESS_WORD = 128;
    /** The words {@link #kindOf} reads, each with the bits of the lists it is on. */
    private static final Map<String, Integer> KIND_WORDS = kindWords();

    private static Map<String, Integer> kindWords() {
        Map<String, Integer> m = new HashMap<>();
        kindWords(m, STATE, "state");
        kindWords(m, STATE_MEDIA_WORD, "media", "television", "tv", "news");
        kindWords(m, SPY, "intelligence", "spy");
        kindWords(m, OFFICIAL_WORD, "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat",
                "diplomats", "minister", "ambassador", "envoy", "aide", "aides", "adviser", "advisers", "secretary",
                "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators", "congressman",
                "congresswoman", "governor", "mayor");
        kindWords(m, MILITARY_WORD, "army", "military", "forces", "commander", "commanders", "navy", "troops",
                "general", "defence", "defense");
        kindWords(m, GOVERNMENT_WORD, "ministry", "government", "president", "administration", "regime",
                "authorities", "embassy", "kremlin", "parliament");
        kindWords(m, OUTLET_WORD, "newspaper", "paper", "daily", "broadcaster", "television", "tv", "agency",
                "outlet", "magazine", "channel", "radio", "ilbo", "times", "journal");
        kindWords(m, WITNESS_WORD, "witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents",
                "soldier", "soldiers", "survivor", "survivors", "villager", "villagers", "defector", "defectors",
                "prisoner", "prisoners");
        return Map.copyOf(m);
    }

    private static void kindWords(Map<String, Integer> m, int bit, String... words) {
        for (String w : words) {
            m.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** An immutable set of the words given; repeats are allowed, which keeps the long lists easy to edit. */
    /** The words as a {@link WordSet}: a token is looked up in it in place ({@link Token#lowerIn}). */
    private static Set<String> set(String... words) {
        return WordSet.of(words);
    }

    private Lexicon() {
    }
}
