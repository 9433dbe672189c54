package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.corroborate.core.Span;
import org.junit.jupiter.api.Test;

class TaggingExtractorTest {

    /** Whether the words {@code cue} (their first occurrence) of {@code sentence} make an agentless passive. */
    private static boolean passive(String sentence, String cue) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        int start = sentence.indexOf(cue);
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == start) {
                from = i;
            }
            if (toks.get(i).end() == start + cue.length()) {
                to = i;
            }
        }
        assertTrue(from >= 0 && to >= from, cue);
        return TaggingExtractor.isAgentlessPassive(toks, from, to);
    }

    @Test
    void aPassiveCueWithoutAnAgentIsAgentless() {
        assertTrue(passive("Sanders was asked to name a decision.", "was asked"));
        assertTrue(passive("Many Democrats are expected to follow her lead.", "are expected"));
        assertTrue(passive("The plan has been widely criticized in the press.", "has been widely criticized"));
        assertTrue(passive("He's expected to win, Jones said.", "'s expected"));
        assertTrue(passive("The candidate is shown discussing his plan.", "is shown discussing"));
    }

    @Test
    void anAgentAStateOrAnActiveVerbIsNot() {
        assertFalse(passive("The plan was criticized by Democrats.", "was criticized"));
        assertFalse(passive("The plan was criticized sharply by Democrats.", "was criticized"));
        assertFalse(passive("She is worried about the vote.", "is worried about"));
        assertFalse(passive("They are specifically focused on the law.", "are specifically focused on"));
        assertFalse(passive("The group is indeed attempting a coup.", "is indeed attempting"));
        assertFalse(passive("Officials said the bridge was closed.", "said"));
        assertFalse(passive("She has argued that prices rose.", "has argued"));
    }

    private static TaggingExtractor.Chunk chunk(int role, int sentence, int start, int end) {
        return new TaggingExtractor.Chunk(role, sentence, 0, 0, new Span(start, end), List.of());
    }

    @Test
    void aContentWithoutACueJoinsTheCueOfTheSentenceBeforeRatherThanANearerOneAfter() {
        TaggingExtractor.Chunk before = chunk(2, 0, 5, 9);
        TaggingExtractor.Chunk content = chunk(3, 1, 50, 80);
        TaggingExtractor.Chunk after = chunk(2, 2, 82, 86);
        TaggingExtractor.Chunk earlier = chunk(2, 0, 1, 3);
        assertEquals(Optional.of(before),
                TaggingExtractor.cueForContent(List.of(earlier, before, content, after), content));
        // with no cue in the sentence before, the first cue of the sentence after
        TaggingExtractor.Chunk later = chunk(2, 2, 90, 95);
        assertEquals(Optional.of(after), TaggingExtractor.cueForContent(List.of(content, after, later), content));
        // a cue of its own sentence comes first; none within reach, none
        TaggingExtractor.Chunk own = chunk(2, 1, 40, 45);
        assertEquals(Optional.of(own), TaggingExtractor.cueForContent(List.of(before, own, content, after), content));
        assertEquals(Optional.empty(), TaggingExtractor.cueForContent(List.of(content, chunk(2, 3, 100, 104)),
                content));
        // a quotation running on over several sentences: the cue up to three sentences before, not four
        TaggingExtractor.Chunk third = chunk(3, 4, 200, 230);
        TaggingExtractor.Chunk next = chunk(2, 5, 232, 236);
        assertEquals(Optional.of(own), TaggingExtractor.cueForContent(List.of(before, own, third, next), third));
        assertEquals(Optional.of(next), TaggingExtractor.cueForContent(List.of(before, third, next), third));
    }

    private static AttributionTagger.Tag[][] tags(String... sentences) {
        AttributionTagger.Tag[][] out = new AttributionTagger.Tag[sentences.length][];
        for (int i = 0; i < sentences.length; i++) {
            String[] t = sentences[i].split(" ");
            out[i] = new AttributionTagger.Tag[t.length];
            for (int k = 0; k < t.length; k++) {
                out[i][k] = AttributionTagger.Tag.valueOf(t[k]);
            }
        }
        return out;
    }

    @Test
    void votedTagsTakeEachTokensMostCommonRoleTiesToTheFirstTagger() {
        AttributionTagger.Tag[][] a = tags("B_SOURCE B_CUE B_CONTENT I_CONTENT O", "O O");
        AttributionTagger.Tag[][] b = tags("B_SOURCE I_SOURCE B_CUE B_CONTENT O", "B_CUE O");
        AttributionTagger.Tag[][] c = tags("O B_CUE B_CONTENT I_CONTENT I_CONTENT", "B_CUE O");
        AttributionTagger.Tag[][] v = TaggingExtractor.vote(List.of(a, b, c));
        assertEquals(List.of(tags("B_SOURCE B_CUE B_CONTENT I_CONTENT O")[0]), List.of(v[0]));
        assertEquals(List.of(tags("B_CUE O")[0]), List.of(v[1]));
        // two taggers: the first one's role wins a tie; the same taggings vote for themselves
        assertEquals(List.of(a[0]), List.of(TaggingExtractor.vote(List.of(a, b))[0]));
        assertEquals(List.of(b[0]), List.of(TaggingExtractor.vote(List.of(b, b, a))[0]));
    }

    @Test
    void aVotedSpanBeginsWhereMostOfItsTaggersBeginOne() {
        // two cues side by side for two taggers, one long cue for the third: two cues
        AttributionTagger.Tag[][] a = tags("B_CUE B_CUE O");
        AttributionTagger.Tag[][] b = tags("B_CUE I_CUE O");
        AttributionTagger.Tag[][] c = tags("B_CUE B_CUE O");
        assertEquals(List.of(a[0]), List.of(TaggingExtractor.vote(List.of(b, a, c))[0]));
        // a span whose first token was outvoted begins at its next token
        AttributionTagger.Tag[][] d = tags("O B_CUE I_CUE");
        AttributionTagger.Tag[][] e = tags("B_CUE I_CUE I_CUE");
        assertEquals(List.of(d[0]), List.of(TaggingExtractor.vote(List.of(e, d, d))[0]));
    }
}
