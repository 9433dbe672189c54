package org.corroborate.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.corroborate.core.AnnotatedArticle;
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
import org.junit.jupiter.api.Test;

class CompactorTest {

    private static final Source NIS = new Source("nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "");

    /** "Filler. The NIS said troops probably left." with the attribution in its second sentence. */
    private static AnnotatedArticle article(String id, String filler, String said) {
        String sentence = "The NIS " + said + " troops probably left.";
        String body = filler + " " + sentence;
        int s = filler.length() + 1;
        int cue = s + 8;
        int content = cue + said.length() + 1;
        int hedge = body.indexOf("probably");
        Attribution at = new Attribution(id + "#0", id,
                new SourceMention(new Span(s, s + 7), "The NIS", NIS),
                new Cue(new Span(cue, cue + said.length()), said, "say", CueKind.values()[0]),
                new Span(content, body.length() - 1), body.substring(content, body.length() - 1),
                new Span(s, body.length()), Stance.ASSERTS, List.of(new Hedge(new Span(hedge, hedge + 8), "probably",
                0.4)), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of("KP"));
        return new AnnotatedArticle(Article.builder().id(id).outlet("Yonhap").body(body).build(), List.of(at));
    }

    @Test
    void equalCuesMentionsAndHedgesAreSharedBetweenArticles() {
        Compactor c = new Compactor();
        AnnotatedArticle one = c.apply(article("a", "Short filler.", "said"));
        AnnotatedArticle two = c.apply(article("b", "A much longer filler sentence than the first.", "said"));
        AnnotatedArticle three = c.apply(article("c", "Other.", "told AFP"));
        Attribution x = one.attributions().get(0);
        Attribution y = two.attributions().get(0);
        Attribution z = three.attributions().get(0);
        // the bodies are shortened to the attributed sentence, so the spans move to the same offsets
        assertEquals("The NIS said troops probably left.", one.article().body());
        assertEquals(one.article().body(), two.article().body());
        assertSame(x.cue(), y.cue());
        assertSame(x.source(), y.source());
        assertSame(x.hedges(), y.hedges());
        assertSame(x.countries(), z.countries());
        assertNotSame(x.cue(), z.cue(), "a different cue word is a different cue");
        assertEquals("told AFP", z.cue().text());
        assertEquals(new Span(8, 16), z.cue().span());
        assertEquals("probably", z.hedges().get(0).span().in(three.article().body()));
        assertEquals("troops probably left", y.content().in(two.article().body()));
        assertEquals(List.of(), Compactor.compact(new AnnotatedArticle(Article.builder().id("e").body("text").build(),
                List.of())).attributions());
    }

    @Test
    void aSourceIsKeptOnceWithItsTextsShared() {
        Compactor c = new Compactor();
        List<Attribution> made = new java.util.ArrayList<>();
        for (String id : List.of("a", "b")) {
            String name = new String("Lorsk Nosollan".toCharArray()); // a distinct instance per article
            String body = name + " said it.";
            Attribution at = new Attribution(id + "#1", id,
                    new SourceMention(new Span(0, name.length()), new String(name.toCharArray()),
                            Source.adHoc(name, SourceKind.values()[0], "kp")),
                    new Cue(new Span(name.length() + 1, name.length() + 5), "said", "say", CueKind.values()[0]),
                    new Span(name.length() + 6, body.length() - 1), "it", new Span(0, body.length()),
                    Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
            made.add(c.apply(new AnnotatedArticle(Article.builder().id(id).body(body).build(), List.of(at)))
                    .attributions().get(0));
        }
        Source x = made.get(0).source().source();
        assertEquals(Source.adHoc("Lorsk Nosollan", SourceKind.values()[0], "KP"), x);
        assertSame(x, made.get(1).source().source());
        assertSame(made.get(0).source().text(), x.name(), "the name is the mention's text, kept once");
    }
}
