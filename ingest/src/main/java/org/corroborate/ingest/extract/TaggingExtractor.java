package org.corroborate.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.ingest.extract.AttributionTagger.Sentence;
import org.corroborate.ingest.extract.AttributionTagger.Tag;

/**
 * Finds attributions with a trained {@link AttributionTagger}: the tagger marks source, cue and content spans in each
 * sentence (a whole article at a time, for a two-stage model's context), and each cue becomes an attribution with the
 * nearest source and content of its sentence. A content that is no cue's nearest joins the nearest cue of its own
 * sentence, else the last cue of the nearest of the three sentences before that has one (a quotation running on), else
 * the first cue of the sentence after. A cue in the passive voice with no agent ({@code was asked}, {@code is
 * expected}; not {@code was asked by}) gets no source: its subject is not the one who speaks. When the tagger marked no
 * source in a cue's sentence (and the cue is not such a passive) and the model has a learned {@link SourceLinker}, the
 * linker chooses the source among the candidate spans of the sentence and the one before, or none; when the span it
 * chooses lies in the cue's content chunk (the tagger took the source for content), that chunk becomes the source and
 * the next nearest content chunk of the sentence, if any, the content.
 *
 * <p>A model trained with rule features (format 8, or 9 with the rules' cues only) also sees, for each token, the role
 * that the rules' attributions give it. The records are those of {@link RuleBasedExtractor}: where the rules found an
 * attribution with an overlapping cue, its resolved source (pronouns, descriptions, the registry), stance, relay and
 * quote type are kept; otherwise the source is resolved through the {@link SourceRegistry} and the stance follows the
 * cue's lemma. Hedges, opinion and countries come from the same detectors as the rules'.
 *
 * <p>Several taggers (trained with other features, such as {@code --rule-features} and {@code --rule-cues}) may vote:
 * each token then takes the role most of them give it, and the first tagger breaks ties and links the sources left
 * out. Thread-safe.
 */
public final class TaggingExtractor implements AttributionExtractor {

    /** How many sentences before a content its cue may be (one sentence after is the other way). */
    static final int REACH_BEFORE = 3;

    private final AttributionTagger tagger;
    /** Further taggers whose tags vote with {@link #tagger}'s, token by token (empty: the one tagger's tags). */
    private final List<AttributionTagger> voters;
    private final RuleBasedExtractor rules;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final HedgeDetector hedges = new HedgeDetector();
    private final OpinionDetector opinions = new OpinionDetector();

    public TaggingExtractor(AttributionTagger tagger, RuleBasedExtractor rules) {
        this(tagger, List.of(), rules);
    }

    /**
     * An extractor whose tags are voted, token by token, by {@code tagger} and {@code voters} (each tagging with its
     * own features); {@code tagger}'s linker chooses the sources the tags leave out, and its tags break ties.
     */
    public TaggingExtractor(AttributionTagger tagger, List<AttributionTagger> voters, RuleBasedExtractor rules) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.voters = List.copyOf(voters);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Loads a model file written by {@link AttributionTagger#write}. */
    public static TaggingExtractor load(Path model, RuleBasedExtractor rules) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return new TaggingExtractor(AttributionTagger.read(in), rules);
        }
    }

    /**
     * A chunk the tagger found: role (1 source, 2 cue, 3 content), sentence index, first and last token index in the
     * sentence, char span and tokens.
     */
    record Chunk(int role, int sentence, int from, int to, Span span, List<Token> tokens) {
    }

    @Override
    public List<Attribution> extract(Article article) {
        String body = article.body();
        List<Attribution> ruleFound = rules.extract(article);
        List<Sentence> split = AttributionTagger.sentences(body, splitter);
        List<Sentence> sentences = tagger.prepare(split, ruleFound);
        List<Chunk> chunks = new ArrayList<>();
        List<Span> sentenceSpans = new ArrayList<>();
        Tag[][] tagged = tagger.tagArticle(sentences);
        if (!voters.isEmpty()) {
            List<Tag[][]> all = new ArrayList<>();
            all.add(tagged);
            for (AttributionTagger v : voters) {
                all.add(v.tagArticle(v.prepare(split, ruleFound)));
            }
            tagged = vote(all);
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Token> toks = s.tokens();
            sentenceSpans.add(new Span(toks.get(0).start(), toks.get(toks.size() - 1).end()));
            Tag[] tags = tagged[si];
            for (int[] c : AttributionTagger.chunks(tags)) {
                chunks.add(new Chunk(c[0], si, c[1], c[2], AttributionTagger.spanOf(toks, c[1], c[2]),
                        toks.subList(c[1], c[2] + 1)));
            }
        }
        List<Chunk> cues = chunks.stream().filter(c -> c.role == 2).toList();
        List<Chunk> used = new ArrayList<>();
        List<Attribution> out = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (Chunk cue : cues) {
            Chunk content = nearest(chunks, cue, 3, 0).orElse(null);
            boolean passive = isAgentlessPassive(sentences.get(cue.sentence).tokens(), cue.from, cue.to);
            Chunk source = passive ? null : nearest(chunks, cue, 1, 0).orElse(null);
            if (content != null) {
                used.add(content);
            }
            if (source == null && !passive) {
                source = linked(sentences, cue);
                if (source != null && content != null && content.sentence == source.sentence
                        && content.span.overlaps(source.span)) {
                    // the tagger took the source for a content: it is the source (and stays out of the orphan
                    // contents), and the content is another
                    Chunk was = content;
                    content = chunks.stream().filter(c -> c.role == 3 && c != was && c.sentence == cue.sentence)
                            .min(Comparator.comparingInt(c -> gap(c, cue))).orElse(null);
                    if (content != null) {
                        used.add(content);
                    }
                }
            }
            found.add(new Found(cue, source, content));
        }
        // a content that is no cue's nearest (another of a cue's contents, or a quotation running over sentences)
        // joins a cue of its sentence, of one of the REACH_BEFORE sentences before, or of the sentence after
        for (Chunk c : chunks) {
            if (c.role != 3 || used.contains(c)) {
                continue;
            }
            cueForContent(chunks, c).ifPresent(q -> found.add(new Found(q,
                    isAgentlessPassive(sentences.get(q.sentence).tokens(), q.from, q.to) ? null
                            : nearest(chunks, q, 1, 0).orElseGet(() -> linked(sentences, q)), c)));
        }
        found.sort(Comparator.comparing((Found f) -> f.content == null ? f.cue.span : f.content.span)
                .thenComparing(f -> f.cue.span));
        int n = 0;
        for (Found f : found) {
            out.add(toAttribution(article, f, sentenceSpans.get(f.cue.sentence), ruleFound, ++n));
        }
        return out;
    }

    /**
     * The tags voted token by token: each token takes the role most of the taggers give it (ties to the first
     * tagger's); it begins a span when the token before has another role, or when it has the voted role and most of
     * the taggers that give it that role begin a span there.
     */
    static Tag[][] vote(List<Tag[][]> taggings) {
        Tag[][] first = taggings.get(0);
        Tag[][] out = new Tag[first.length][];
        for (int si = 0; si < first.length; si++) {
            int n = first[si].length;
            out[si] = new Tag[n];
            int prevRole = 0;
            for (int i = 0; i < n; i++) {
                int[] votes = new int[4];
                for (Tag[][] t : taggings) {
                    votes[t[si][i].role()]++;
                }
                int role = first[si][i].role();
                for (int r = 0; r < 4; r++) {
                    if (votes[r] > votes[role]) {
                        role = r;
                    }
                }
                boolean begin = false;
                if (role != 0) {
                    if (prevRole != role) {
                        begin = true;
                    } else {
                        int b = 0;
                        for (Tag[][] t : taggings) {
                            if (t[si][i].role() == role && t[si][i].begins()) {
                                b++;
                            }
                        }
                        begin = 2 * b > votes[role];
                    }
                }
                out[si][i] = Tag.of(role, begin);
                prevRole = role;
            }
        }
        return out;
    }

    private static int gap(Chunk c, Chunk from) {
        return c.span.end() <= from.span.start() ? from.span.start() - c.span.end()
                : Math.max(0, c.span.start() - from.span.end());
    }

    private record Found(Chunk cue, Chunk source, Chunk content) {
    }

    /**
     * The source the model's learned linker picks for a cue the tagger gave no source in its sentence (null when it
     * picks none, or the model has no linker).
     */
    private Chunk linked(List<Sentence> sentences, Chunk cue) {
        if (tagger.linker().isEmpty()) {
            return null;
        }
        return tagger.linker().get().link(sentences, cue.sentence, cue.from, cue.to).map(c -> {
                    List<Token> toks = sentences.get(c.sentence()).tokens();
                    return new Chunk(1, c.sentence(), c.from(), c.to(), AttributionTagger.spanOf(toks, c.from(), c.to()),
                            toks.subList(c.from(), c.to() + 1));
                }).orElse(null);
    }

    /**
     * The cue that a content chunk which is no cue's nearest joins: the nearest cue of its sentence, else the last
     * cue of the nearest of the {@link #REACH_BEFORE} sentences before that has one (a quotation running on after
     * its cue), else the first cue of the sentence after. On a held-out part of PolNeAR train, contents joined to a
     * cue of the sentence before were right in 77 of 122 attributions, to one of the sentence after in only 13 of
     * 93, hence the order; reaching back three sentences rather than one (where a content was left without a cue)
     * also found 99 more content spans, of which 88 overlap a gold content.
     */
    static Optional<Chunk> cueForContent(List<Chunk> chunks, Chunk content) {
        Optional<Chunk> same = nearest(chunks, content, 2, 0);
        if (same.isPresent()) {
            return same;
        }
        for (int d = 1; d <= REACH_BEFORE; d++) {
            Chunk before = null;
            for (Chunk c : chunks) {
                if (c.role == 2 && c.sentence == content.sentence - d
                        && (before == null || c.span.start() > before.span.start())) {
                    before = c;
                }
            }
            if (before != null) {
                return Optional.of(before);
            }
        }
        return chunks.stream().filter(c -> c.role == 2 && c.sentence == content.sentence + 1)
                .min(Comparator.comparingInt(c -> c.span.start()));
    }

    /** Forms of {@code be} that make a passive with a following participle. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");
    /** Words that may come before the form of {@code be} in a passive verb group. */
    private static final Set<String> BEFORE_BE = Set.of("has", "have", "had", "will", "would", "could", "may",
            "might", "must", "should", "can", "not", "also");
    /** Words that may stand between the form of {@code be} and the participle. */
    private static final Set<String> BETWEEN = Set.of("not", "also", "still", "now", "often", "being", "been");
    /** Common irregular past participles. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shown", "known", "seen", "told", "said",
            "thought", "held", "given", "taken", "written", "made", "brought", "found", "sent", "heard");
    /**
     * Participles of states and attitudes, which PolNeAR attributes to their subject ({@code X is worried about},
     * {@code X is focused on}).
     */
    private static final Set<String> STATES = Set.of("worried", "concerned", "focused", "divided", "convinced",
            "determined", "committed", "opposed", "pleased", "disappointed", "frustrated", "angered", "outraged",
            "troubled", "surprised", "excited", "interested", "prepared", "poised", "inclined", "supposed", "used",
            "tired", "satisfied", "dismayed", "alarmed", "annoyed", "encouraged", "relieved", "shocked", "amazed",
            "confused", "embarrassed", "impressed", "offended", "scared", "terrified", "thrilled", "united",
            "entitled", "obsessed", "fixated", "engaged", "involved", "dedicated", "devoted", "qualified",
            "unconvinced", "undecided");

    /**
     * Whether the cue of tokens {@code [from, to]} of {@code sentence} is a passive verb group without an agent: an
     * optional auxiliary or modal, a form of {@code be}, optional adverbs, then a past participle that is not one
     * of a state or attitude, with no {@code by} in the cue or in the two tokens after it ({@code was asked},
     * {@code is expected to}, {@code has been widely criticized}; not {@code was criticized by}, {@code is worried
     * about}). On a held-out part of PolNeAR train, most such cues' tagged sources were not the gold relation's
     * (annotated without a source).
     */
    static boolean isAgentlessPassive(List<Token> sentence, int from, int to) {
        int i = from;
        while (i <= to && BEFORE_BE.contains(sentence.get(i).lower())) {
            i++;
        }
        if (i > to || !BE.contains(sentence.get(i).lower())) {
            return false;
        }
        i++;
        while (i <= to && (BETWEEN.contains(sentence.get(i).lower()) || sentence.get(i).lower().endsWith("ly"))) {
            i++;
        }
        if (i > to) {
            return false;
        }
        String p = sentence.get(i).lower();
        boolean participle = IRREGULAR_PARTICIPLES.contains(p)
                || p.endsWith("ed") && p.length() > 4 && !p.endsWith("eed");
        if (!participle || STATES.contains(p)) {
            return false;
        }
        for (int k = from; k <= Math.min(sentence.size() - 1, to + 2); k++) {
            if (sentence.get(k).is("by")) {
                return false;
            }
        }
        return true;
    }

    /** The chunk of {@code role} nearest to {@code from} in its sentence or up to {@code reach} sentences away. */
    private static Optional<Chunk> nearest(List<Chunk> chunks, Chunk from, int role, int reach) {
        Chunk best = null;
        long bestD = Long.MAX_VALUE;
        for (Chunk c : chunks) {
            if (c.role != role || Math.abs(c.sentence - from.sentence) > reach) {
                continue;
            }
            long d = Math.abs(c.sentence - from.sentence) * 100_000L + (c.span.end() <= from.span.start()
                    ? from.span.start() - c.span.end() : Math.max(0, c.span.start() - from.span.end()));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private Attribution toAttribution(Article article, Found f, Span sentence, List<Attribution> ruleFound, int n) {
        String body = article.body();
        Span cueSpan = f.cue.span;
        Attribution rule = ruleFound.stream().filter(a -> a.cue().span().overlaps(cueSpan)).findFirst()
                .orElse(null);
        String lemma = cueLemma(f.cue.tokens);
        CueKind kind = lemma.equals("accord") ? CueKind.ACCORDING_TO : CueKind.REPORTING_VERB;
        Cue cue = rule != null ? new Cue(cueSpan, cueSpan.in(body), rule.cue().lemma(), rule.cue().kind())
                : new Cue(cueSpan, cueSpan.in(body), lemma.equals("accord") ? "according to" : lemma, kind);
        SourceMention source = SourceMention.unnamed();
        if (f.source != null) {
            String text = f.source.span.in(body);
            if (rule != null && rule.source().isNamed() && rule.source().span().overlaps(f.source.span)) {
                source = new SourceMention(f.source.span, text, rule.source().source());
            } else {
                source = new SourceMention(f.source.span, text, resolve(text, f.source.tokens));
            }
        } else if (rule != null && !rule.source().isNamed()) {
            source = rule.source();
        }
        Span content = f.content == null ? Span.NONE : f.content.span;
        String contentText = content.in(body);
        Stance stance = rule != null ? rule.stance() : Lexicon.DENY.contains(cue.lemma()) ? Stance.DENIES
                : Lexicon.CONFIRM.contains(cue.lemma()) ? Stance.CONFIRMS : Stance.ASSERTS;
        List<Hedge> hs = new ArrayList<>();
        if (!content.isNone()) {
            hs.addAll(hedges.find(body, content.start(), content.end()));
        }
        Double cueHedge = Lexicon.CUE_HEDGE.get(cue.lemma());
        if (cueHedge != null && cueHedge > 0) {
            hs.add(new Hedge(cueSpan, cue.text(), cueHedge));
            hs.sort(Comparator.comparing(Hedge::span));
        }
        QuoteType quote = rule != null ? rule.quote() : isDirect(body, content) ? QuoteType.DIRECT
                : QuoteType.INDIRECT;
        boolean opinion = Lexicon.OPINION.contains(cue.lemma()) || opinions.isOpinion(contentText);
        return new Attribution(article.id() + "#" + n, article.id(), source, cue, content, contentText, sentence,
                stance, hs, rule != null ? rule.relay() : List.of(), quote,
                opinion ? ContentKind.OPINION : ContentKind.FACTUAL,
                List.copyOf(rules.registry().countriesIn(contentText)));
    }

    private Source resolve(String text, List<Token> tokens) {
        Optional<Source> known = rules.registry().resolve(text);
        if (known.isPresent()) {
            return known.get();
        }
        List<String> words = tokens.stream().filter(Token::isWord).map(Token::lower).toList();
        boolean name = tokens.stream().filter(Token::isWord).allMatch(Token::isCapitalized);
        return Source.adHoc(text, Lexicon.kindOf(words, name), "");
    }

    private static String cueLemma(List<Token> tokens) {
        for (Token t : tokens) {
            if (AttributionTagger.isCue(t.lower())) {
                return AttributionTagger.lemma(t.lower());
            }
        }
        return AttributionTagger.lemma(tokens.get(tokens.size() - 1).lower());
    }

    private static boolean isDirect(String body, Span content) {
        if (content.isNone()) {
            return false;
        }
        int s = content.start();
        char c = body.charAt(s);
        return c == '"' || c == '\u201C' || s > 0 && (body.charAt(s - 1) == '"' || body.charAt(s - 1) == '\u201C');
    }
}
