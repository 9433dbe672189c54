package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":1}|x.txt|JSONL",
        "WARC/1.1|x|WARC",
        "<?xml version=\"1.0\"?><rss version=\"2.0\">|feed|FEED",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">|x|FEED",
        "<!DOCTYPE html><html>|x.txt|HTML",
        "date 2025-02-27 Title|x|TEXT",
        "id,url,outlet,published,title,body|x|CSV",
        "Just a title|notes.txt|TEXT",
        "Just a title|page.html|HTML",
    })
    void sniffs(String head, String name, String expected) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(InputFormat.valueOf(expected)), FormatSniffer.sniff(b, b.length, name));
    }

    @org.junit.jupiter.api.Test
    void binaryHasNoFormat() {
        byte[] b = {1, 2, 3, 0, 5, 6};
        assertEquals(Optional.empty(), FormatSniffer.sniff(b, b.length, "x.html"));
    }

    @org.junit.jupiter.api.Test
    void jsonLinesAfterTwoByteOrderMarks() {
        byte[] b = "\uFEFF\uFEFF{\"id\":1,\"body\":\"x, y\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(InputFormat.JSONL), FormatSniffer.sniff(b, b.length, "x"));
    }
}
