package org.corroborate.engine.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Hedge;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.ingest.DuplicateFilter;

/**
 * A compact, exact binary form of {@link Event}s for moving them between Spark executors and the driver. The core
 * records hold {@link Optional}s and are not {@link java.io.Serializable}; this form round-trips every field
 * exactly (strings char by char, lone surrogates included; doubles bit for bit), which the byte-identical reports
 * depend on. An article event starts with its duplicate key, so the key can be read without decoding the article.
 *
 * <p>A {@link Decoder} shares equal {@link Source}s between the attributions it decodes, as the registry does in
 * the local engine, so the driver does not hold one copy of a source per mention.
 */
public final class Codec {

    private static final byte ARTICLE = 'A';
    private static final byte DIAGNOSTIC = 'D';
    private static final byte DONE = 'F';

    private static final SourceKind[] SOURCE_KINDS = SourceKind.values();
    private static final CueKind[] CUE_KINDS = CueKind.values();
    private static final Stance[] STANCES = Stance.values();
    private static final QuoteType[] QUOTES = QuoteType.values();
    private static final ContentKind[] CONTENT_KINDS = ContentKind.values();
    private static final Diagnostic.Severity[] SEVERITIES = Diagnostic.Severity.values();

    private Codec() {
    }

    /** The bytes of {@code e}. */
    public static byte[] encode(Event e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(e instanceof Event.ArticleRead a
                ? 256 + 3 * a.article().article().body().length() : 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (e instanceof Event.ArticleRead a) {
                out.writeByte(ARTICLE);
                key(out, a.key());
                out.writeInt(a.signature().length);
                for (long v : a.signature()) {
                    out.writeLong(v);
                }
                article(out, a.article().article());
                out.writeInt(a.article().attributions().size());
                for (Attribution at : a.article().attributions()) {
                    attribution(out, at);
                }
            } else if (e instanceof Event.DiagnosticAdded d) {
                out.writeByte(DIAGNOSTIC);
                diagnostic(out, d.diagnostic());
            } else if (e instanceof Event.InputDone f) {
                out.writeByte(DONE);
                out.writeLong(f.files());
                out.writeLong(f.filesFailed());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot encode into memory", ex);
        }
        return bytes.toByteArray();
    }

    /** True when {@code bytes} hold an {@link Event.ArticleRead}. */
    public static boolean isArticle(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == ARTICLE;
    }

    /** The duplicate key of the article event in {@code bytes}, without decoding the article. */
    public static DuplicateFilter.Key key(byte[] bytes) {
        if (!isArticle(bytes)) {
            throw new IllegalArgumentException("not an article event (tag " + (bytes.length == 0 ? "none"
                    : String.valueOf((char) bytes[0])) + ")");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
            return new DuplicateFilter.Key(string(in), string(in), string(in));
        } catch (IOException ex) {
            throw new UncheckedIOException("corrupt article event", ex);
        }
    }

    /** Decodes events; not thread-safe (it shares sources between what it decodes). */
    public static final class Decoder {
        private final Map<Source, Source> sources = new HashMap<>();

        public Event decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                byte tag = in.readByte();
                switch (tag) {
                    case ARTICLE -> {
                        DuplicateFilter.Key key = new DuplicateFilter.Key(string(in), string(in), string(in));
                        long[] signature = new long[in.readInt()];
                        for (int i = 0; i < signature.length; i++) {
                            signature[i] = in.readLong();
                        }
                        Article article = article(in);
                        int n = in.readInt();
                        List<Attribution> attrs = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            attrs.add(attribution(in));
                        }
                        return new Event.ArticleRead(new AnnotatedArticle(article, attrs), signature, key);
                    }
                    case DIAGNOSTIC -> {
                        return new Event.DiagnosticAdded(diagnostic(in));
                    }
                    case DONE -> {
                        return new Event.InputDone(in.readLong(), in.readLong());
                    }
                    default -> throw new IllegalArgumentException("unknown event tag " + tag);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("corrupt event", ex);
            }
        }

        private Attribution attribution(DataInputStream in) throws IOException {
            String id = string(in);
            String articleId = string(in);
            SourceMention source = new SourceMention(span(in), string(in), source(in));
            Cue cue = new Cue(span(in), string(in), string(in), CUE_KINDS[in.readUnsignedByte()]);
            Span content = span(in);
            String contentText = string(in);
            Span sentence = span(in);
            Stance stance = STANCES[in.readUnsignedByte()];
            int nh = in.readInt();
            List<Hedge> hedges = new ArrayList<>(nh);
            for (int i = 0; i < nh; i++) {
                hedges.add(new Hedge(span(in), string(in), in.readDouble()));
            }
            int nr = in.readInt();
            List<Source> relay = new ArrayList<>(nr);
            for (int i = 0; i < nr; i++) {
                relay.add(source(in));
            }
            QuoteType quote = QUOTES[in.readUnsignedByte()];
            ContentKind kind = CONTENT_KINDS[in.readUnsignedByte()];
            return new Attribution(id, articleId, source, cue, content, contentText, sentence, stance, hedges, relay,
                    quote, kind, strings(in));
        }

        private Source source(DataInputStream in) throws IOException {
            Source s = new Source(string(in), string(in), SOURCE_KINDS[in.readUnsignedByte()], string(in), strings(in),
                    string(in));
            Source known = sources.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }

    private static void key(DataOutputStream out, DuplicateFilter.Key k) throws IOException {
        string(out, k.id());
        string(out, k.url());
        string(out, k.outletBody());
    }

    private static void article(DataOutputStream out, Article a) throws IOException {
        string(out, a.id());
        string(out, a.url());
        string(out, a.outlet());
        out.writeBoolean(a.published().isPresent());
        if (a.published().isPresent()) {
            Published p = a.published().get();
            out.writeLong(p.instant().toEpochSecond());
            out.writeInt(p.instant().getNano());
            out.writeInt(p.instant().getOffset().getTotalSeconds());
            out.writeBoolean(p.dateOnly());
        }
        string(out, a.title());
        string(out, a.body());
        string(out, a.byline());
        string(out, a.wire());
        string(out, a.language());
        string(out, a.claimId());
        string(out, a.claim());
        location(out, a.location());
    }

    private static Article article(DataInputStream in) throws IOException {
        String id = string(in);
        String url = string(in);
        String outlet = string(in);
        Optional<Published> published = Optional.empty();
        if (in.readBoolean()) {
            long seconds = in.readLong();
            int nanos = in.readInt();
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
            OffsetDateTime t = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset);
            published = Optional.of(new Published(t, in.readBoolean()));
        }
        return new Article(id, url, outlet, published, string(in), string(in), string(in), string(in), string(in),
                string(in), string(in), location(in));
    }

    private static void attribution(DataOutputStream out, Attribution a) throws IOException {
        string(out, a.id());
        string(out, a.articleId());
        span(out, a.source().span());
        string(out, a.source().text());
        source(out, a.source().source());
        span(out, a.cue().span());
        string(out, a.cue().text());
        string(out, a.cue().lemma());
        out.writeByte(a.cue().kind().ordinal());
        span(out, a.content());
        string(out, a.contentText());
        span(out, a.sentence());
        out.writeByte(a.stance().ordinal());
        out.writeInt(a.hedges().size());
        for (Hedge h : a.hedges()) {
            span(out, h.span());
            string(out, h.text());
            out.writeDouble(h.strength());
        }
        out.writeInt(a.relay().size());
        for (Source s : a.relay()) {
            source(out, s);
        }
        out.writeByte(a.quote().ordinal());
        out.writeByte(a.contentKind().ordinal());
        strings(out, a.countries());
    }

    private static void source(DataOutputStream out, Source s) throws IOException {
        string(out, s.id());
        string(out, s.name());
        out.writeByte(s.kind().ordinal());
        string(out, s.country());
        strings(out, s.aliases());
        string(out, s.parent());
    }

    private static void diagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        location(out, d.location());
        out.writeByte(d.severity().ordinal());
        string(out, d.kind());
        string(out, d.message());
        string(out, d.snippet());
    }

    private static Diagnostic diagnostic(DataInputStream in) throws IOException {
        return new Diagnostic(location(in), SEVERITIES[in.readUnsignedByte()], string(in), string(in), string(in));
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        string(out, l.file());
        out.writeLong(l.line());
        out.writeLong(l.offset());
    }

    private static Location location(DataInputStream in) throws IOException {
        return new Location(string(in), in.readLong(), in.readLong());
    }

    private static void span(DataOutputStream out, Span s) throws IOException {
        out.writeInt(s.start());
        out.writeInt(s.end());
    }

    private static Span span(DataInputStream in) throws IOException {
        int start = in.readInt();
        int end = in.readInt();
        return start == -1 && end == -1 ? Span.NONE : new Span(start, end);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    /**
     * A string as its length in chars and each char in one to three bytes (the modified UTF-8 of
     * {@link DataOutputStream#writeUTF}, without its 64 KB limit): exact for any char sequence, lone surrogates too.
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        int n = s.length();
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                out.write(c);
            } else if (c <= 0x07FF) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            int b = in.readUnsignedByte();
            if (b < 0x80) {
                chars[i] = (char) b;
            } else if ((b & 0xE0) == 0xC0) {
                chars[i] = (char) (((b & 0x1F) << 6) | (in.readUnsignedByte() & 0x3F));
            } else {
                chars[i] = (char) (((b & 0x0F) << 12) | ((in.readUnsignedByte() & 0x3F) << 6)
                        | (in.readUnsignedByte() & 0x3F));
            }
        }
        return new String(chars);
    }
}
