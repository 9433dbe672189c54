package org.corroborate.ingest.html.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenF1Test {

    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "[{index}] ''{0}'' vs ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            the cat sat          | the cat sat                 | 1.0      | 1.0   | 1.0
            The  CAT, sat!       | the cat sat                 | 1.0      | 1.0   | 1.0
            the cat              | the cat sat on the mat      | 1.0      | 0.3333333333333333 | 0.5
            the the the          | the                         | 0.3333333333333333 | 1.0 | 0.5
            dog                  | cat                         | 0.0      | 0.0   | 0.0
            ''                   | cat                         | 1.0      | 0.0   | 0.0
            ''                   | ''                          | 1.0      | 1.0   | 1.0
            人工智能              | 人工                         | 0.5      | 1.0   | 0.6666666666666666
            """)
    void knownValues(String got, String want, double p, double r, double f1) {
        TokenF1 s = TokenF1.of(got, want);
        assertEquals(p, s.precision(), EPS);
        assertEquals(r, s.recall(), EPS);
        assertEquals(f1, s.f1(), EPS);
    }

    @Test
    void f1IsSymmetric() {
        String a = "one two three four five";
        String b = "two four six";
        assertEquals(TokenF1.of(a, b).f1(), TokenF1.of(b, a).f1(), EPS);
        assertEquals(TokenF1.of(a, b).precision(), TokenF1.of(b, a).recall(), EPS);
    }
}
