package org.corroborate.ingest.warc;

/** WARC bytes for tests in other packages. */
public final class WarcFixtures {

    private WarcFixtures() {
    }

    /** One well-formed response record with an HTML page. */
    public static byte[] page(String uri, String title, String text) {
        return WarcReaderTest.page(uri, title, text, 0);
    }
}
