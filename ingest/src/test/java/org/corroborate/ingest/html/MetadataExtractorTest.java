package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corroborate.core.Published;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private HtmlMetadata of(String html) {
        return extractor.extract(Jsoup.parse(html, "https://news.example/a/1"), "https://news.example/a/1");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Council approves new river bridge - Riverside Gazette      ; ''           ; Council approves new river bridge
            Senate passes budget bill after long night | Daily Planet  ; ''           ; Senate passes budget bill after long night
            Fire closes bridge | Daily Planet                          ; Daily Planet ; Fire closes bridge
            Fire closes bridge | Daily Planet                          ; ''           ; Fire closes bridge | Daily Planet
            Google - Site Reliability Engineering                      ; ''           ; Google - Site Reliability Engineering
            BBC News - Storm closes five schools in the north          ; ''           ; Storm closes five schools in the north
            Gazette » Storm closes schools                             ; Gazette      ; Storm closes schools
            Storm closes five schools in the north | Weather | Gazette ; ''           ; Storm closes five schools in the north | Weather
            No separator at all here                                   ; ''           ; No separator at all here
            Well-known author dies - Gazette                           ; gazette      ; Well-known author dies
            Well-known author dies - Gazette                           ; ''           ; Well-known author dies - Gazette
            """)
    void cleanTitle(String title, String site, String expected) {
        assertEquals(expected, MetadataExtractor.cleanTitle(title, site));
    }

    @Test
    void propertyMetasBeatNameMetas() {
        HtmlMetadata m = of("<head><title>T</title><meta name=\"DC.title\" content=\"by name\">"
                + "<meta property=\"dc:title\" content=\"by property\"></head>");
        assertEquals("by property", m.title());
    }

    @Test
    void spaceSeparatedPropertiesAreEachAKey() {
        HtmlMetadata m = of("<head><meta property=\"og:title twitter:title\" content=\"Shared title\">"
                + "<meta property=\"dc:creator author\" content=\"Creator Name\"></head>");
        assertEquals("Shared title", m.title());
        assertEquals("Creator Name", m.byline());
    }

    @Test
    void jsonLdHeadlineVersusNamePicksTheOneTheTitleShows() {
        HtmlMetadata m = of("<head><title>Storm closes five schools | Gazette</title>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"name\":\"Gazette\","
                + "\"headline\":\"Storm closes five schools\"}</script></head>");
        assertEquals("Storm closes five schools", m.title());
    }

    @Test
    void jsonLdAuthorAsStringAndPublisherAsArray() {
        HtmlMetadata m = of("<head><script type=application/ld+json>[{\"@type\":[\"BlogPosting\"],"
                + "\"headline\":\"H\",\"author\":\"Sam Lee\",\"publisher\":[{\"name\":\"Lee's Blog\"}],"
                + "\"datePublished\":\"2024-12-06T22:00:40.000Z\"}]</script></head>");
        assertEquals("Sam Lee", m.byline());
        assertEquals("Lee's Blog", m.siteName());
        assertEquals("2024-12-06T22:00:40Z", m.published().map(Published::toString).orElse(""));
    }

    @Test
    void unparseableDatesArePassedOverForTheNextSource() {
        HtmlMetadata m = of("<head><meta property=\"article:published_time\" content=\"last Tuesday\">"
                + "<meta name=\"date\" content=\"2025-03-04\"></head>");
        assertEquals("2025-03-04", m.published().map(Published::toString).orElse(""));
    }

    @Test
    void timeElementMarkedAsPublicationTime() {
        HtmlMetadata m = of("<body><time datetime=\"2020-01-01\">old</time>"
                + "<time pubdate datetime=\"2025-05-05T10:00:00Z\">May 5</time></body>");
        assertEquals("2025-05-05T10:00Z", m.published().map(Published::toString).orElse(""));
    }

    @Test
    void bylineFromClassAndCanonicalFromOgUrl() {
        HtmlMetadata m = of("<head><meta property=og:url content=\"https://news.example/canonical\"></head>"
                + "<body><div class=\"story-byline\">By Ana Costa</div><p>Text.</p></body>");
        assertEquals("By Ana Costa", m.byline(), "bylines are kept as the page gives them");
        assertEquals("https://news.example/canonical", m.canonicalUrl());
    }

    @Test
    void relativeCanonicalIsMadeAbsoluteAndBadLanguageIsDropped() {
        HtmlMetadata m = of("<html lang=\"not a tag!\"><head><link rel=canonical href=\"/a/canonical\"></head></html>");
        assertEquals("https://news.example/a/canonical", m.canonicalUrl());
        assertEquals("", m.language());
    }

    @Test
    void nothingGivenIsEmptyNotNull() {
        HtmlMetadata m = extractor.extract(Jsoup.parse("<p>just text</p>"), "");
        assertEquals("", m.title());
        assertEquals("", m.byline());
        assertEquals("", m.siteName());
        assertEquals("", m.canonicalUrl());
        assertEquals("", m.language());
        assertEquals(java.util.Optional.empty(), m.published());
    }
}
