package org.corroborate.ingest.fetch;

/**
 * What a fetch run did.
 *
 * @param feeds        feed URLs listed
 * @param pages        item pages considered (within the per-feed cap; those robots.txt disallows included)
 * @param requests     HTTP requests sent, retries and robots.txt included
 * @param downloaded   URLs saved with fresh content
 * @param notModified  URLs whose saved copy was still current (304)
 * @param failed       URLs that could not be fetched
 * @param robotsDenied URLs left alone because robots.txt disallows them
 */
public record FetchSummary(long feeds, long pages, long requests, long downloaded, long notModified, long failed,
                           long robotsDenied) {

    /** {@code 2 feeds, 5 pages: 4 downloaded, 2 not modified, 1 failed, 1 disallowed by robots.txt (9 requests)}. */
    public String oneLine() {
        return feeds + (feeds == 1 ? " feed, " : " feeds, ") + pages + (pages == 1 ? " page: " : " pages: ")
                + downloaded + " downloaded, " + notModified + " not modified, " + failed + " failed, " + robotsDenied
                + " disallowed by robots.txt (" + requests + (requests == 1 ? " request)" : " requests)");
    }
}
