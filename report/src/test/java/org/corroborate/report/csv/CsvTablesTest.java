package org.corroborate.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String[][] cases = {
            {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
            {"+1", "'+1"},
            {"-2", "'-2"},
            {"@SUM(A1)", "'@SUM(A1)"},
            {"\tx", "'\tx"},
            {"\rx", "\"'\rx\""},
            {"plain", "plain"},
            {"a, b", "\"a, b\""},
            {"say \"hi\"", "\"say \"\"hi\"\"\""},
            {"", ""},
            {"1=1", "1=1"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], CsvTables.cell(c[0]), "cell " + c[0]);
        }
    }
}
