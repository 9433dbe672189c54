package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "North Korea sent troops to Russia | false",
        "North Korea did not send troops to Russia | true",
        "North Korea didn't send troops to Russia | true",
        "North Korea didn\u2019t send troops to Russia | true",
        "No North Korean troops were sent to Russia | true",
        "North Korea has never sent troops to Russia | true",
        "North Korean troops are no longer in Kursk | true",
        "North Korea cannot send troops to Russia | true",
        "Nobody was killed in the strike | true",
        "NORTH KOREA DID NOT SEND TROOPS TO RUSSIA | true",
        "North Korea DIDN\u2019T send troops to Russia | true",
        "North Korea sent troops to Nottingham and Norway | false",
        // not negations of the proposition
        "North Korea sent troops, not advisers, to Russia | false",
        "North Korea sent not only troops but also shells | false",
        "no more than 3,000 troops were sent to Russia | false",
        "No. 10 said the troops were sent | false",
        "troops were sent to Russia, which could not be independently verified | false",
        "North Korea sent troops who have never fought abroad | false",
        "The deployment could not be confirmed | false",
        "Pyongyang did not immediately comment on the deployment | false",
        "whether or not troops were sent to Russia | false",
        // the shapes of Emergent headlines (train split) that were all taken for a negation at first, reworded here
        "Acme May Or May Not Hold A Launch On The 3rd Of March | false",
        "Acme may buy Trail, that photo app you don't use | false",
        "Harbour city marchers copy the chant hands up, don't shoot | false",
        "No hard evidence of militia claims it kidnapped Canadian volunteer Ann Brook | false",
        "Sprinter's girlfriend reveals she was born in Oslo and never told the athlete | false",
        "Four Reasons Not To Give Up Hope If Acme Buys Trail | false",
        "Ohio Baker Isn't Sure How Rebels Abroad Ended Up With His Delivery Van | false",
        "Ministry won't say if the hostage's family was warned not to pay ransom | false",
        // two negations cancel out
        "it is not true that North Korea did not send troops | false",
    })
    void tellsWhetherTheContentIsNegated(String text, boolean negated) {
        assertEquals(negated, Polarity.negated(text));
    }

    @Test
    void contentSignalsCarryThePolarityTheTermsCannotSee() {
        ContentSignals plain = ContentSignals.of("North Korea sent troops to Russia", java.util.List.of("KP", "RU"));
        ContentSignals negated = ContentSignals.of("North Korea did not send troops to Russia",
                java.util.List.of("KP", "RU"));
        assertEquals(plain.terms(), negated.terms(), "'not' and 'did' are stop words; 'send' and 'sent' fold alike");
        assertEquals(false, plain.negated());
        assertEquals(true, negated.negated());
        assertEquals(true, negated.withoutTerms(x -> x).negated());
    }

    @Test
    void isTheSameUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(true, Polarity.negated("NORTH KOREA DID NOT SEND TROOPS"));
            assertEquals(true, Polarity.negated("NOBODY WAS KILLED IN THE STRIKE"));
            assertEquals(true, Polarity.negated("IT DIDN'T HAPPEN IN KURSK"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "North Korean soldiers had not been engaged in combat since mid-January | engag fight",
        "North Korea did not send troops to Russia | deploy",
        "Apple isn't happy with the battery life of its watch | happy",
        "No one in North Korea is allowed to share Kim's name | allow",
        "North Korea sent troops to Russia | ''",
    })
    void namesWhatANegatedContentNegates(String text, String terms) {
        java.util.Set<String> country = java.util.Set.of("north", "korea", "russia");
        assertEquals(terms.isEmpty() ? java.util.List.of() : java.util.List.of(terms.split(" ")),
                Polarity.negatedTerms(text, country::contains));
    }

    private static final org.corroborate.core.Source KREMLIN = new org.corroborate.core.Source("ru-government",
            "The Kremlin", org.corroborate.core.SourceKind.GOVERNMENT, "RU", java.util.List.of(), "");

    /** A denial of {@code content} under the cue {@code cue} (lemma {@code lemma}), the content after the cue. */
    private static org.corroborate.core.Attribution denial(String cue, String lemma, String content) {
        return org.corroborate.scoring.Fixtures.article("a", "X", "2025-03-01").says(KREMLIN,
                org.corroborate.core.Stance.DENIES, content, java.util.List.of("KP", "RU"), 0).cue(cue, lemma)
                .build().attributions().get(0);
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // the content is the proposition denied: a negation there is composed with the denial
        "denied | deny | North Korean soldiers had not been paid | true",
        "rejected | reject | claims that North Korean soldiers were not fighting in Kursk | true",
        "dismissed | dismiss | reports that North Korean soldiers were fighting in Kursk | false",
        "denied | deny | it is not true that North Korea did not send troops | false",
        // a negation in the denier's own words restates the denial
        "denied | deny | the reports, saying North Korean soldiers were not fighting in Kursk | false",
        "denied | deny | the reports and said no North Korean soldiers were in Kursk | false",
        "rejected | reject | the claims: North Korean soldiers were not fighting | false",
        "rejected | reject | claims that the soldiers had not been paid, saying they were never sent | true",
        "denied | deny | the reports, calling them not credible | false",
        "denied | deny | the reports, telling reporters no soldiers had crossed the border | false",
        "dismissed | dismiss | the reports as not credible | false",
        "rejected | reject | the accusation as baseless and not worth answering | false",
        // after a clause, or after "deny", "as" belongs to the rejected proposition
        "rejected | reject | claims that the soldiers were not sent as reinforcements | true",
        "denied | deny | not acting as a go-between | true",
        // a cue that is not a verb of denial: the content is the denier's own words
        "said | say | North Korean soldiers were not fighting in Kursk | false",
    })
    void composesADenialWithThePolarityOfWhatItRejects(String cue, String lemma, String content, boolean negated) {
        assertEquals(negated, Polarity.deniedNegated(denial(cue, lemma, content)));
        // the content text given (as the matcher has it already) reads the same
        org.corroborate.core.Attribution a = denial(cue, lemma, content);
        assertEquals(negated, Polarity.deniedNegated(a, a.contentText()));
    }

    @Test
    void aDenialsContentBeforeItsCueIsTheDeniersOwnWords() {
        org.corroborate.core.Attribution after = denial("denied", "deny", "North Korean soldiers were not in Kursk");
        assertEquals(true, Polarity.deniedNegated(after));
        // "North Korean soldiers were not in Kursk," the Kremlin said, denying the reports
        org.corroborate.core.Span cue = org.corroborate.core.Span.of(after.content().end() + 2,
                after.content().end() + 9);
        org.corroborate.core.Attribution before = new org.corroborate.core.Attribution(after.id(), after.articleId(),
                after.source(), new org.corroborate.core.Cue(cue, "denying", "deny",
                        org.corroborate.core.CueKind.REPORTING_VERB), after.content(), after.contentText(),
                after.sentence(), after.stance(), after.hedges(), after.relay(), after.quote(), after.contentKind(),
                after.countries());
        assertEquals(false, Polarity.deniedNegated(before));
    }
}
