package org.corroborate.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.ingest.ArticleDefaults;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.internal.Decoding;

/**
 * Reads one article from a plain-text file.
 *
 * <p>With a header: the first line is {@code date YYYY-MM-DD Title} and the rest is the body. Without one: the first
 * non-empty line is the title, and the whole text is the body. Leading blank lines after the header and trailing
 * whitespace are not part of the body. The id is the file name without its extension.
 */
public final class PlainTextReader implements ArticleReader {

    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\S+)\\s*(.*)$");

    @Override
    public InputFormat format() {
        return InputFormat.TEXT;
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        int max = context.options().maxBodyChars();
        Reader r = Decoding.reader(in, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        long total = 0;
        while ((n = r.read(buf)) > 0) {
            total += n;
            if (sb.length() < max + 1) {
                sb.append(buf, 0, Math.min(n, max + 1 - sb.length()));
            }
        }
        Location where = Location.ofFile(input.name());
        if (total > max) {
            context.diagnostics().error(where, "limit", "text of " + total + " chars is over the body limit of "
                    + max + " chars; raise --max-body-chars to read it", "");
            return;
        }
        String text = sb.toString();
        int bad = Decoding.firstReplacement(text);
        if (bad >= 0) {
            context.diagnostics().warning(where.atOffset(bad), "encoding",
                    "bytes that are not valid UTF-8 were replaced by U+FFFD; save the file as UTF-8",
                    text.substring(Math.max(0, bad - 20), Math.min(text.length(), bad + 20)));
        }
        int control = Decoding.firstControl(text);
        if (control >= 0) {
            context.diagnostics().warning(where.atOffset(control), "encoding", "control character U+"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(control))
                    + " in the text (binary data or terminal escapes?); the article is kept",
                    text.substring(Math.max(0, control - 20), Math.min(text.length(), control + 20)));
        }
        if (text.isBlank()) {
            context.diagnostics().error(where, "empty", "file is empty: expected a title line and a body", "");
            return;
        }
        parse(input, text, context).ifPresent(sink);
    }

    private static java.util.Optional<Article> parse(Input input, String text, ReadContext context) {
        Article.Builder b = Article.builder().location(Location.ofFile(input.name())).id(idOf(input));
        int eol = text.indexOf('\n');
        String first = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "");
        Matcher m = HEADER.matcher(first);
        boolean headed = false;
        if (m.matches()) {
            try {
                b.published(Published.ofDate(LocalDate.parse(m.group(1))));
                b.title(m.group(2).strip());
                headed = true;
            } catch (DateTimeParseException e) {
                context.diagnostics().warning(Location.ofLine(input.name(), 1), "invalid-value",
                        "header date '" + m.group(1) + "' is not YYYY-MM-DD; the line is read as the title", first);
            }
        }
        if (headed) {
            String body = strip(eol < 0 ? "" : text.substring(eol + 1));
            if (body.isEmpty()) {
                context.diagnostics().error(Location.ofLine(input.name(), 1), "empty", "only a header line;"
                        + " expected the article's body on the lines after it", first);
                return java.util.Optional.empty();
            }
            b.body(body);
        } else {
            for (String line : text.split("\\R", -1)) {
                if (!line.isBlank()) {
                    b.title(line.strip());
                    break;
                }
            }
            b.body(strip(text));
        }
        return java.util.Optional.of(ArticleDefaults.complete(b, context.options()));
    }

    /** The text without leading blank lines and trailing whitespace; inner text is untouched. */
    private static String strip(String s) {
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        if (i == s.length()) {
            return "";
        }
        return s.substring(start).stripTrailing();
    }

    private static String idOf(Input input) {
        String n = input.path().map(p -> p.getFileName().toString()).orElse(input.name());
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        String id = dot > 0 ? n.substring(0, dot) : n;
        return id.isBlank() || id.equals("-") ? "" : id;
    }
}
