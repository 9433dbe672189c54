package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCreditTest {

    @ParameterizedTest(name = "[{index}] byline=''{0}'' body=''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            ''                          | WASHINGTON (AFP) – The Senate voted on Tuesday.               | AFP
            ''                          | LONDON, March 3 (Reuters) - Shares fell on Monday.            | Reuters
            ''                          | (Reuters) - Oil prices rose.                                  | Reuters
            ''                          | BERLIN (dpa) - Die Regierung hat beschlossen.                 | dpa
            ''                          | SEOUL, March 4 (Yonhap) -- North Korea fired a missile.       | Yonhap
            ''                          | BEIJING, Jan. 5 (Xinhua) -- China's exports rose.             | Xinhua
            ''                          | MOSCOW, March 3. /TASS/. The Kremlin said on Monday.          | TASS
            ''                          | TOKYO (Kyodo) -- The government said.                         | Kyodo
            ''                          | ROME (ANSA) - Il governo ha detto.                            | ANSA
            ''                          | MADRID (EFE).- El Gobierno aprobó hoy.                        | EFE
            ''                          | NEW YORK (AP) — Police said on Friday.                        | AP
            ''                          | PARIS (Agence France-Presse) - Le gouvernement a dit.         | AFP
            ''                          | WASHINGTON (UPI) -- The Pentagon said.                        | UPI
            ''                          | LONDON (PA) - Police said.                                    | PA
            Associated Press            | Police said on Friday that the road was closed.               | AP
            By AP                       | Police said on Friday that the road was closed.               | AP
            By The Associated Press     | Police said.                                                  | AP
            Reuters staff               | Shares fell.                                                  | Reuters
            Agence France-Presse        | Le gouvernement a dit.                                        | AFP
            PA Media                    | Police said.                                                  | PA
            Press Association           | Police said.                                                  | PA
            ''                          | By AP\\nPolice said on Friday.                                 | AP
            Jane Doe                    | The council voted on Tuesday to approve the bridge.           | NONE
            Pa Kim                      | The council voted.                                            | NONE
            Jane Doe                    | The report (AP style) was long - very long.                   | NONE
            ''                          | The minister, speaking in the capital on Tuesday evening, cited the Reuters report as evidence that the talks had failed (Reuters) - which it was not. | NONE
            ''                          | ''                                                            | NONE
            """)
    void detects(String byline, String body, String expected) {
        assertEquals(Optional.ofNullable(expected), WireCredit.detect(byline, body.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource({"AP/Reuters, AP", "DPA, dpa", "Thomson Reuters, Reuters", "ITAR-TASS, TASS", "Kyodo News, Kyodo",
        "Agencia EFE, EFE", "Yonhap News Agency, Yonhap"})
    void canonicalNames(String spelling, String expected) {
        assertEquals(Optional.of(expected), WireCredit.canonical(spelling));
    }
}
