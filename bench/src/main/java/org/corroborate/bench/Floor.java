package org.corroborate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The floor for the end-to-end benchmark: what reading a JSON Lines corpus and splitting its bodies into sentences
 * costs with the JDK alone (no JSON library, {@link BreakIterator} for sentences). Prints articles, sentences and
 * bytes read, so the work cannot be optimised away.
 */
public final class Floor {

    private Floor() {
    }

    /** {@code Floor CORPUS.jsonl[.gz]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Floor CORPUS.jsonl[.gz]");
            System.exit(2);
        }
        Path p = Path.of(args[0]);
        long articles = 0;
        long sentences = 0;
        long chars = 0;
        BreakIterator bi = BreakIterator.getSentenceInstance(Locale.ROOT);
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                String body = field(line, "\"body\":");
                if (body.isEmpty()) {
                    continue;
                }
                articles++;
                chars += body.length();
                bi.setText(body);
                bi.first();
                while (bi.next() != BreakIterator.DONE) {
                    sentences++;
                }
            }
        }
        System.out.println(articles + " articles, " + sentences + " sentences, " + chars + " chars");
    }

    /** The unescaped string value of {@code key} in a flat JSON object line, or empty. */
    static String field(String line, String key) {
        int k = line.indexOf(key);
        if (k < 0) {
            return "";
        }
        int i = line.indexOf('"', k + key.length());
        StringBuilder sb = new StringBuilder(line.length() - i);
        for (i = i + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
