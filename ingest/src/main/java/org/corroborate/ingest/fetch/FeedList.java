package org.corroborate.ingest.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;

/** Reads a list of feed URLs: one per line; blank lines and lines starting with {@code #} are ignored. */
public final class FeedList {

    private FeedList() {
    }

    /**
     * The http(s) URLs listed, in order, without repeats; any other line is an {@code invalid-value} error naming
     * the line.
     *
     * @param name names the list in diagnostics
     */
    public static List<URI> parse(String name, Reader in, Diagnostics diagnostics) throws IOException {
        Set<URI> out = new LinkedHashSet<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        long n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                URI u = new URI(s);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                    throw new URISyntaxException(s, "not an http or https URL with a host");
                }
                out.add(u);
            } catch (URISyntaxException e) {
                diagnostics.error(Location.ofLine(name, n), "invalid-value", "expected one http(s) feed URL per"
                        + " line: " + e.getReason(), s);
            }
        }
        return new ArrayList<>(out);
    }
}
