package org.corroborate.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Hedge;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSpillTest {

    @TempDir
    Path tmp;

    private static final Source NIS = new Source("nis", "National Intelligence Service", SourceKind.INTELLIGENCE_AGENCY,
            "KR", List.of("NIS", "국정원"), "kr-government");

    /** Non-ASCII text (Korean, curly quotes, an emoji outside the BMP), an offset time, hedges and a relay chain. */
    private static AnnotatedArticle rich() {
        String body = "“북한은 병력을 보냈다,” the NIS told AFP 🙂, reportedly.";
        Article a = Article.builder().id("kr-1").url("https://example.org/ü").outlet("Yonhap")
                .published(Published.ofDateTime(OffsetDateTime.of(2025, 2, 27, 9, 30, 0, 123, ZoneOffset.ofHours(9))))
                .title("Séoul: “troops”").body(body).byline("Kim Ji-eun").wire("AFP").language("ko")
                .claimId("c-1").claim("North Korea sent troops").location(new Location("in/ko.jsonl", 7, 120))
                .build();
        Attribution at = new Attribution("kr-1#0", "kr-1",
                new SourceMention(new Span(19, 26), "the NIS", NIS),
                new Cue(new Span(27, 35), "told AFP", "tell", CueKind.values()[0]),
                new Span(1, 15), "북한은 병력을 보냈다", new Span(0, body.length()), Stance.ASSERTS,
                List.of(new Hedge(new Span(body.length() - 11, body.length() - 1), "reportedly", 0.4)),
                List.of(NIS, Source.adHoc("AFP", SourceKind.NEWS_OUTLET, "FR")), QuoteType.DIRECT, ContentKind.FACTUAL,
                List.of("KP", "RU"));
        return new AnnotatedArticle(a, List.of(at));
    }

    /** Every optional field empty, no date, no attribution. */
    private static AnnotatedArticle empty() {
        return new AnnotatedArticle(Article.builder().id("e").build(), List.of());
    }

    /** A date-only article whose attribution has no source span (unnamed) and an empty content. */
    private static AnnotatedArticle unnamed() {
        Article a = Article.builder().id("u").outlet("Daily").published(Published.ofDate(LocalDate.of(2024, 12, 31)))
                .body("").build();
        Attribution at = new Attribution("u#0", "u", new SourceMention(Span.NONE, "", Source.UNNAMED),
                new Cue(Span.NONE, "", "", CueKind.values()[CueKind.values().length - 1]), Span.NONE, "", Span.NONE,
                Stance.DECLINES_COMMENT, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.OPINION, List.of());
        return new AnnotatedArticle(a, List.of(at));
    }

    @Test
    void roundTripsEveryField() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            List<AnnotatedArticle> in = List.of(rich(), empty(), unnamed(), rich());
            for (int i = 0; i < in.size(); i++) {
                assertEquals(i, spill.add(in.get(i)));
            }
            assertEquals(4, spill.size());
            for (int i = in.size() - 1; i >= 0; i--) { // any order
                assertEquals(in.get(i), spill.get(i));
            }
            assertEquals(in, spill.asList());
            assertEquals(in.get(0).article().published(), spill.get(0).article().published());
            assertEquals(ZoneOffset.ofHours(9), spill.get(0).article().published().get().instant().getOffset());
        }
    }

    @Test
    void readsBackWhileAppendingAndSharesRepeatedValues() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            spill.add(rich());
            AnnotatedArticle first = spill.get(0);
            spill.add(rich());
            AnnotatedArticle second = spill.get(1);
            assertEquals(first, second);
            assertSame(first.article().outlet(), second.article().outlet());
            assertSame(first.attributions().get(0).source().source(), second.attributions().get(0).source().source());
            assertThrows(IndexOutOfBoundsException.class, () -> spill.get(2));
        }
    }

    @Test
    void closeDeletesTheFile() {
        ArticleSpill spill = ArticleSpill.create(tmp);
        spill.add(empty());
        Path f = spill.file();
        assertTrue(Files.exists(f));
        spill.close();
        assertFalse(Files.exists(f));
    }

    @Test
    void afterTheLastWriteArticlesStillReadBackWholeAndSharedButNoneIsAdded() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            spill.add(rich());
            spill.add(unnamed());
            spill.add(rich());
            spill.endWrites();
            assertEquals(rich(), spill.get(0));
            assertEquals(unnamed(), spill.get(1));
            assertSame(spill.get(0).article().outlet(), spill.get(2).article().outlet());
            assertSame(spill.get(0).attributions().get(0).source().source(),
                    spill.get(2).attributions().get(0).source().source());
            assertThrows(IllegalStateException.class, () -> spill.add(empty()));
            assertEquals(3, spill.size());
        }
    }

    @Test
    void textsWithLoneSurrogatesRoundTripCharForChar() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            for (String text : List.of("a\uD800b", "\uDC00", "end \uD83D", "\uDE42 start", "pair \uD83D\uDE42 ok")) {
                AnnotatedArticle a = new AnnotatedArticle(Article.builder().id("s").title(text).body(text + text)
                        .build(), List.of());
                int i = spill.add(a);
                assertEquals(a, spill.get(i), text);
                assertEquals(text + text, spill.get(i).article().body());
            }
        }
    }

    @Test
    void keptArticlesHaveNoBodyAndReadTheirContentTextsBackFromAnyThread() throws Exception {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            // ids of the usual form are made from the article's id when asked for, others are kept as they are
            List<Attribution> odd = new java.util.ArrayList<>();
            for (String id : List.of("s#0", "s#12", "s#01", "s#", "s#1x", "t#3", "s#12345678901", "other")) {
                odd.add(new Attribution(id, "s", SourceMention.unnamed(),
                        new Cue(Span.NONE, "", "", CueKind.values()[0]), new Span(2, 3), "\uD800", Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                        ContentKind.FACTUAL, List.of()));
            }
            AnnotatedArticle surrogate = new AnnotatedArticle(Article.builder().id("s").body("x \uD800 y").build(),
                    odd);
            List<AnnotatedArticle> in = List.of(rich(), unnamed(), surrogate, rich());
            List<AnnotatedArticle> kept = new java.util.ArrayList<>();
            for (AnnotatedArticle aa : in) {
                kept.add(spill.keep(aa));
                assertEquals(aa, spill.get(spill.size() - 1)); // read back while appending
            }
            assertEquals(4, spill.size());
            for (int i = 0; i < in.size(); i++) {
                AnnotatedArticle k = kept.get(i);
                assertEquals("", k.article().body());
                assertEquals(in.get(i).article().toBuilder().body("").build(), k.article());
                assertEquals(in.get(i).attributions(), k.attributions()); // the texts compare equal
                assertEquals(in.get(i), spill.get(i));
            }
            assertEquals("\uD800", kept.get(2).attributions().get(0).contentText());
            assertEquals(List.of("s#0", "s#12", "s#01", "s#", "s#1x", "t#3", "s#12345678901", "other"),
                    kept.get(2).attributions().stream().map(Attribution::id).toList());
            assertEquals("kr-1#0", kept.get(0).attributions().get(0).id());
            assertEquals("", kept.get(1).attributions().get(0).contentText());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
                for (int n = 0; n < 50; n++) {
                    AnnotatedArticle k = kept.get(n % kept.size());
                    texts.add(pool.submit(() -> k.attributions().get(0).contentText()));
                }
                for (int n = 0; n < texts.size(); n++) {
                    assertEquals(in.get(n % in.size()).attributions().get(0).contentText(), texts.get(n).get());
                }
            } finally {
                pool.shutdown();
            }
            spill.close();
            assertThrows(java.io.UncheckedIOException.class, () -> kept.get(0).attributions().get(0).contentText());
        }
    }

    @Test
    void contentTextsLongerThanOneReadAndAtTheFileEndComeBackWhole() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            // around the first read's size (256 bytes with the prefix), in UTF-8 and as chars, the last at the end
            List<String> texts = List.of("", "x", "é".repeat(126), "é".repeat(127), "a".repeat(252), "a".repeat(253),
                    "ü ".repeat(700), "\uD800".repeat(126), "\uD800".repeat(127) + "é", "short at the end");
            List<AnnotatedArticle> kept = new java.util.ArrayList<>();
            for (int n = 0; n < texts.size(); n++) {
                String t = texts.get(n);
                Attribution at = new Attribution("c" + n + "#1", "c" + n, SourceMention.unnamed(),
                        new Cue(Span.NONE, "", "", CueKind.values()[0]), Span.NONE, t, Span.NONE, Stance.ASSERTS,
                        List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
                kept.add(spill.keep(new AnnotatedArticle(Article.builder().id("c" + n).build(), List.of(at))));
            }
            for (int n = texts.size() - 1; n >= 0; n--) {
                assertEquals(texts.get(n), kept.get(n).attributions().get(0).contentText());
            }
        }
    }

    @Test
    void aKeptArticlesContentTextsComeBackAtOnceAsEachAttributionGivesThem() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            // empty texts first, between and last; long ones, UTF-8 and as chars (lone surrogates); bodies before
            List<List<String>> articles = List.of(List.of("", "first", "", "é".repeat(300), "\uD800 lone", ""),
                    List.of(""), List.of(), List.of("a".repeat(253), "ü ".repeat(700), "\uDC00".repeat(127) + "é"),
                    List.of("", ""), List.of("short at the end", ""), List.of("the last text of the file"));
            List<AnnotatedArticle> kept = new java.util.ArrayList<>();
            for (int n = 0; n < articles.size(); n++) {
                List<Attribution> attrs = new java.util.ArrayList<>();
                for (int k = 0; k < articles.get(n).size(); k++) {
                    attrs.add(new Attribution("t" + n + "#" + (k + 1), "t" + n, SourceMention.unnamed(),
                            new Cue(Span.NONE, "", "", CueKind.values()[0]), Span.NONE, articles.get(n).get(k),
                            Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL,
                            List.of()));
                }
                Article a = Article.builder().id("t" + n).body("a body of article " + n + " ".repeat(50 * n)).build();
                kept.add(spill.keep(new AnnotatedArticle(a, attrs)));
                if (n == 2) {
                    spill.add(rich()); // an article written whole between kept ones
                }
            }
            for (int n = articles.size() - 1; n >= 0; n--) {
                List<Attribution> attrs = kept.get(n).attributions();
                List<String> texts = org.corroborate.core.AttributionList.contentTexts(attrs);
                assertEquals(articles.get(n), texts, "article " + n);
                for (int k = 0; k < attrs.size(); k++) {
                    assertEquals(attrs.get(k).contentText(), texts.get(k), "article " + n + ", attribution " + k);
                }
            }
        }
    }

    @Test
    void aTitleReadAfterItsUrlWasReadAtTheFileEndComesBackWhole() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            // the URL read while the article's record ends the file (a head shorter than one read), the title after
            // more articles were kept; then another article in between
            Article a = Article.builder().id("a").url("u").title("t".repeat(300)).build();
            Article kept = spill.keep(new AnnotatedArticle(a, List.of())).article();
            assertEquals("u", kept.url());
            Article b = Article.builder().id("b").url("v".repeat(280)).title("second").build();
            Article keptB = spill.keep(new AnnotatedArticle(b, List.of())).article();
            assertEquals(a.title(), kept.title());
            assertEquals(b.title(), keptB.title());
            assertEquals(a.url(), kept.url());
            assertEquals(b.url(), keptB.url());
            assertEquals(a.title(), kept.title());
        }
    }

    @Test
    void keptArticlesReadTheirUrlAndTitleBackWhateverTheirLengthFromAnyThread() throws Exception {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            // ids, URLs and titles around the first read's size (256 bytes), in UTF-8 and as chars (lone
            // surrogates), with and without a publication time, the last article at the end of the file
            List<String> texts = List.of("", "x", "é".repeat(60), "a".repeat(230), "a".repeat(252), "ü ".repeat(300),
                    "\uD800".repeat(70), "t \uD83D\uDE42 ok", "short at the end");
            List<AnnotatedArticle> in = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = 0; j < texts.size(); j += 2) {
                    Article.Builder b = Article.builder().id("id-" + i + "-" + j + "-" + "k".repeat(i * 20))
                            .url(texts.get(i)).title(texts.get(j)).body(j % 4 == 0 ? "" : "body " + i)
                            .location(new Location("f" + i, i, j - 1));
                    if ((i + j) % 3 != 0) {
                        b.published(Published.ofDateTime(OffsetDateTime.of(2025, 2, 1 + i, j, 0, 0, i,
                                ZoneOffset.ofHours(j - 8))));
                    }
                    in.add(new AnnotatedArticle(b.build(), List.of()));
                }
            }
            in.add(rich());
            List<AnnotatedArticle> kept = new java.util.ArrayList<>();
            for (AnnotatedArticle aa : in) {
                kept.add(spill.keep(aa));
            }
            for (int n = in.size() - 1; n >= 0; n--) {
                Article a = in.get(n).article();
                Article k = kept.get(n).article();
                assertEquals(a.url(), k.url());
                assertEquals(a.title(), k.title());
                assertEquals(a.toBuilder().body("").build(), k);
                assertEquals(a.toBuilder().body("").build().hashCode(), k.hashCode());
                assertEquals(a.toBuilder().body("").build().toString(), k.toString());
                assertEquals(a.published(), k.published());
                assertEquals(a.location(), k.location());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                List<java.util.concurrent.Future<String>> read = new java.util.ArrayList<>();
                for (int n = 0; n < 3 * kept.size(); n++) {
                    Article k = kept.get(n % kept.size()).article();
                    read.add(pool.submit(() -> k.url() + "|" + k.title()));
                }
                for (int n = 0; n < read.size(); n++) {
                    Article a = in.get(n % in.size()).article();
                    assertEquals(a.url() + "|" + a.title(), read.get(n).get());
                }
            } finally {
                pool.shutdown();
            }
            spill.close();
            assertThrows(java.io.UncheckedIOException.class, () -> kept.get(0).article().title());
        }
    }

    @Test
    void keptAttributionsAreMadeFromColumnsEqualToTheOriginalsAcrossPages() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            Compactor compactor = new Compactor();
            List<AnnotatedArticle> in = new java.util.ArrayList<>();
            List<AnnotatedArticle> kept = new java.util.ArrayList<>();
            // 120 articles of 150 attributions: 18,000, more than a page of columns
            for (int n = 0; n < 120; n++) {
                String id = "a" + n;
                StringBuilder body = new StringBuilder();
                List<Attribution> attrs = new java.util.ArrayList<>();
                for (int k = 0; k < 150; k++) {
                    int at = body.length();
                    String text = "claim " + n + " " + k + (k % 7 == 0 ? " \uD800" : "");
                    body.append("X said ").append(text).append(". ");
                    Stance stance = Stance.values()[k % Stance.values().length];
                    // numbered from 1 as the extractors do; one odd id, and a gap after it
                    attrs.add(new Attribution(k == 100 ? id + "#x" : id + "#" + (k < 100 ? k + 1 : k + 7), id,
                            new SourceMention(new Span(at, at + 1), "X", NIS),
                            new Cue(new Span(at + 2, at + 6), "said", "say", CueKind.values()[0]),
                            new Span(at + 7, at + 7 + text.length()), text, new Span(at, at + 8 + text.length()),
                            stance, k % 3 == 0 ? List.of() : List.of(new Hedge(new Span(at, at + 1), "X", 0.25)),
                            k % 2 == 0 ? List.of() : List.of(NIS), QuoteType.values()[k % 2],
                            ContentKind.values()[k / 2 % 2], k % 5 == 0 ? List.of("KR") : List.of()));
                }
                AnnotatedArticle aa = compactor.apply(new AnnotatedArticle(Article.builder().id(id)
                        .body(body.toString()).build(), attrs));
                in.add(aa);
                kept.add(spill.keep(aa));
            }
            spill.endWrites();
            for (int n = 0; n < in.size(); n++) {
                List<Attribution> made = kept.get(n).attributions();
                assertTrue(made instanceof org.corroborate.core.AttributionList);
                assertSame(made, new AnnotatedArticle(kept.get(n).article(), made).attributions()); // not copied
                assertEquals(in.get(n).attributions(), made);
                for (int k = 0; k < made.size(); k++) {
                    Attribution a = in.get(n).attributions().get(k);
                    Attribution b = made.get(k);
                    assertEquals(a.hashCode(), b.hashCode());
                    assertEquals(a.id(), b.id());
                    assertSame(a.cue(), b.cue()); // the shared values themselves, not copies
                    assertSame(a.source(), b.source());
                    assertSame(a.hedges(), b.hedges());
                }
                assertEquals(in.get(n), spill.get(n)); // the record holds the body and the content texts only
            }
            assertThrows(IndexOutOfBoundsException.class, () -> kept.get(0).attributions().get(150));
            assertThrows(IllegalArgumentException.class,
                    () -> new AnnotatedArticle(kept.get(1).article(), kept.get(0).attributions()));
        }
    }

    @Test
    void readingAnEarlierArticleDoesNotMoveWhereTheNextIsWritten() {
        try (ArticleSpill spill = ArticleSpill.create(tmp)) {
            spill.add(rich());
            spill.add(unnamed());
            assertEquals(rich(), spill.get(0));
            spill.add(empty());
            assertEquals(List.of(rich(), unnamed(), empty()), spill.asList());
        }
    }
}
