package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
import org.corroborate.core.TextRef;
import org.junit.jupiter.api.Test;

class AttributionJsonTest {

    private static final Source NIS = new Source("nis", "National Intelligence Service",
            SourceKind.INTELLIGENCE_AGENCY, "KR", List.of("NIS"), "kr-government");

    /** What the store wrote for this attribution before ids and content texts could be read back from disk. */
    private static final String STORED = "{\"id\":\"kr-1#0\",\"articleId\":\"kr-1\",\"source\":{\"span\":{\"start\":19,"
            + "\"end\":26,\"none\":false},\"text\":\"the NIS\",\"source\":{\"id\":\"nis\",\"name\":\"National"
            + " Intelligence Service\",\"kind\":\"INTELLIGENCE_AGENCY\",\"country\":\"KR\",\"aliases\":[\"NIS\"],"
            + "\"parent\":\"kr-government\"},\"named\":true},\"cue\":{\"span\":{\"start\":27,\"end\":35,"
            + "\"none\":false},\"text\":\"told AFP\",\"lemma\":\"tell\",\"kind\":\"REPORTING_VERB\"},\"content\":"
            + "{\"start\":1,\"end\":15,\"none\":false},\"contentText\":\"troops were sent\",\"sentence\":{\"start\":0,"
            + "\"end\":40,\"none\":false},\"stance\":\"ASSERTS\",\"hedges\":[{\"span\":{\"start\":36,\"end\":40,"
            + "\"none\":false},\"text\":\"reportedly\",\"strength\":0.4}],\"relay\":[{\"id\":\"nis\",\"name\":"
            + "\"National Intelligence Service\",\"kind\":\"INTELLIGENCE_AGENCY\",\"country\":\"KR\",\"aliases\":"
            + "[\"NIS\"],\"parent\":\"kr-government\"}],\"quote\":\"DIRECT\",\"contentKind\":\"FACTUAL\","
            + "\"countries\":[\"KP\",\"RU\"],\"factual\":true}";

    private static Attribution attribution(TextRef id, TextRef content) {
        return new Attribution(id, "kr-1", new SourceMention(new Span(19, 26), "the NIS", NIS),
                new Cue(new Span(27, 35), "told AFP", "tell", CueKind.REPORTING_VERB), new Span(1, 15), content,
                new Span(0, 40), Stance.ASSERTS, List.of(new Hedge(new Span(36, 40), "reportedly", 0.4)), List.of(NIS),
                QuoteType.DIRECT, ContentKind.FACTUAL, List.of("KP", "RU"));
    }

    @Test
    void anAttributionIsStoredAsTheSameJsonWhateverHoldsItsTexts() throws Exception {
        Attribution held = attribution(TextRef.of("kr-1#0"), TextRef.of("troops were sent"));
        TextRef readBack = new TextRef() {
            @Override
            public String text() {
                return "troops were sent";
            }
        };
        assertEquals(STORED, Store.json(held));
        assertEquals(STORED, Store.json(attribution(TextRef.of("kr-1#0"), readBack)));
        assertEquals(held, Store.attribution(STORED));
    }
}
