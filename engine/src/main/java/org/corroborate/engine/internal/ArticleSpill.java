package org.corroborate.engine.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.ArticleTexts;
import org.corroborate.core.Attribution;
import org.corroborate.core.AttributionList;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Hedge;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.core.TextRef;

/**
 * A disk-backed, append-only list of annotated articles: each article is written to a temporary file as it is
 * added and read back whole by {@link #get}, so a large corpus's articles do not stay in the heap.
 *
 * <p>Every field round-trips exactly (text as UTF-8, any length, empty strings included; a text with a lone
 * surrogate as its chars). Values that repeat between articles (outlets, wires, sources, cue words and lemmas,
 * hedge words, country codes, file names) are written once as an entry of an in-memory table and read back as one
 * shared instance, so articles read back share them as {@link Compactor} would. Not thread-safe: one instance per
 * run, used by one thread at a time, except that the content texts, URLs and titles of the articles
 * {@link #keep kept} may be read back from any thread. {@link #close} deletes the file; the file is also deleted when the JVM exits.
 */
public final class ArticleSpill implements AutoCloseable {

    private static final int ABSENT = -1;
    /** The place of an empty content text, which is given back without reading the file. */
    private static final int EMPTY_TEXT = -1;

    private final Path file;
    private final RandomAccessFile raf;
    /** Reads at a position, leaving the file pointer (where the next write goes) alone; safe from any thread. */
    private final FileChannel channel;
    private final DataOutputStream out;
    private long written;
    private volatile boolean dirty;
    /**
     * Where the last record's content texts start in it (their length prefix), one per attribution;
     * {@link #EMPTY_TEXT} for an empty text, which is not read back.
     */
    private int[] contentAt = new int[64];
    private long[] offsets = new long[1024];
    private int size;
    /** The tables of shared strings and sources; their look-up tables for writing go at {@link #endWrites}. */
    private final Pool<String> strings = new Pool<>();
    private final Pool<Source> sources = new Pool<>();
    private boolean writesEnded;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final DataOutputStream record = new DataOutputStream(buffer);
    private byte[] readBuffer = new byte[8192];
    /** The kept articles' attributions ({@link #keep}). */
    private final Columns columns = new Columns();

    private ArticleSpill(Path file) throws IOException {
        this.file = file;
        this.raf = new RandomAccessFile(file.toFile(), "rw");
        this.channel = raf.getChannel();
        OutputStream fileOut = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                raf.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                raf.write(b, off, len);
            }
        };
        this.out = new DataOutputStream(new BufferedOutputStream(fileOut, 1 << 16));
    }

    /** A new, empty spill in a temporary file of {@code dir} (e.g. {@code java.io.tmpdir}). */
    public static ArticleSpill create(Path dir) {
        try {
            Files.createDirectories(dir);
            Path f = Files.createTempFile(dir, "corroborate-articles-", ".spill");
            f.toFile().deleteOnExit();
            return new ArticleSpill(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spill file for the articles in " + dir, e);
        }
    }

    /** The spill file (deleted by {@link #close}). */
    public Path file() {
        return file;
    }

    /** Appends {@code aa}; returns its index. */
    public synchronized int add(AnnotatedArticle aa) {
        return append(aa, -1, 0);
    }

    /**
     * Appends {@code aa} whole, or for an article {@link #keep kept} ({@code first} >= 0) with only the content texts
     * of its attributions, whose other fields the columns hold from {@code first} on, numbered from {@code base}.
     * Returns its index.
     */
    private int append(AnnotatedArticle aa, int first, int base) {
        if (writesEnded) {
            throw new IllegalStateException("article " + aa.article().id() + " added to a spill after its last write");
        }
        try {
            buffer.reset();
            if (first < 0) {
                encode(aa, record);
            } else {
                encodeKept(aa, first, base, record);
            }
            record.flush();
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size] = written;
            out.writeInt(buffer.size());
            buffer.writeTo(out);
            written += 4 + buffer.size();
            dirty = true;
            return size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the spill file " + file, e);
        }
    }

    public int size() {
        return size;
    }

    /**
     * Appends {@code aa} ({@link #add}) and gives it back as a run keeps it in memory: with an empty body, its URL
     * and title read back from the file each time they are asked for ({@link Article#withTexts}), and with
     * its attributions as an {@link AttributionList} that makes each attribution when it is asked for, from columns
     * this spill keeps (about 24 bytes per attribution instead of a record and its references, about 120): the
     * shared values it points to (mention and spans; cue, hedge list, relay and countries with its stance, quote and
     * kind as one pooled tuple, since few distinct ones recur), and where its content text is in the file, read back each time it is asked for (from any thread, until
     * {@link #close}). The ids {@code articleId#n}, {@code articleId#n+1}, ... of consecutive attributions (the
     * extractors number them from 1) are made from the article's id and the first ordinal; any other id is kept
     * as it was. The article at index {@link #size()} - 1 is {@code aa}; its record in the file holds the article
     * and only the content texts of its attributions (the columns hold the rest, and {@link #get} makes them from
     * there), so keeping writes and looks up no shared value of an attribution twice.
     */
    public synchronized AnnotatedArticle keep(AnnotatedArticle aa) {
        Article a = aa.article();
        List<Attribution> attrs = aa.attributions();
        int first = columns.size;
        int base = attrs.isEmpty() ? 0 : Math.max(0, ordinal(attrs.get(0), a.id()));
        int article = append(aa, first, base);
        for (int k = 0; k < attrs.size(); k++) {
            Attribution at = attrs.get(k);
            columns.add(at, ordinal(at, a.id()) == base + k, contentAt[k]);
        }
        KeptAttributions kept = new KeptAttributions(a.id(), article, first, attrs.size(), base);
        return new AnnotatedArticle((a.body().isEmpty() ? a : a.toBuilder().body("").build()).withTexts(kept), kept);
    }

    /**
     * Says that no article will be added any more: the look-up tables that only writing needs are let go (reading
     * back needs only the tables' entries), so a run that keeps the spill through scoring does not keep them.
     * {@link #add} then throws {@link IllegalStateException}.
     */
    public void endWrites() {
        if (!writesEnded) {
            writesEnded = true;
            strings.endWrites();
            sources.endWrites();
            columns.endWrites();
        }
    }

    /**
     * The article at {@code index}, read back from the file; an article {@link #keep kept} comes back with its
     * attributions made from the columns, as {@code keep} gave them.
     */
    public synchronized AnnotatedArticle get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of a spill of " + size + " articles");
        }
        try {
            flush();
            int len = ByteBuffer.wrap(read(offsets[index], 4, new byte[4])).getInt();
            if (readBuffer.length < len) {
                readBuffer = new byte[Math.max(len, readBuffer.length * 2)];
            }
            read(offsets[index] + 4, len, readBuffer);
            return decode(new DataInputStream(new ByteArrayInputStream(readBuffer, 0, len)), index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + index + " back from the spill file " + file, e);
        }
    }

    /** Writes out what is buffered, so that it can be read back. */
    private void flush() throws IOException {
        if (dirty) {
            synchronized (this) {
                if (dirty) {
                    out.flush();
                    dirty = false;
                }
            }
        }
    }

    /** {@code length} bytes from {@code position} of the file into {@code into}, which it returns. */
    private byte[] read(long position, int length, byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, 0, length);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                throw new java.io.EOFException("the spill file " + file + " ends before " + (position + length));
            }
        }
        return into;
    }

    /**
     * A content text written at {@code position} (its length prefix), read back: the prefix and the first bytes in
     * one read, the rest, if any, in a second.
     */
    private String readText(long position) {
        try {
            flush();
            byte[] head = new byte[TEXT_HEAD];
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining() && channel.read(b, position + b.position()) >= 0) {
                // until the head is full or the file ends
            }
            if (b.position() < 4) {
                throw new java.io.EOFException("the spill file " + file + " ends before " + (position + 4));
            }
            int length = b.getInt(0);
            int bytes = length < 0 ? 2 * (-1 - length) : length;
            byte[] all = head;
            if (4 + bytes > b.position()) {
                all = Arrays.copyOf(head, 4 + bytes);
                int got = b.position();
                ByteBuffer rest = ByteBuffer.wrap(all, got, all.length - got);
                while (rest.hasRemaining()) {
                    if (channel.read(rest, position + rest.position()) < 0) {
                        throw new java.io.EOFException("the spill file " + file + " ends before "
                                + (position + all.length));
                    }
                }
            }
            return decode(all, 4, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a content text back from the spill file " + file, e);
        }
    }

    /**
     * The content texts of the {@code n} kept attributions from {@code first} in the columns, of the article at
     * {@code article}: the end of its record, where they are, in one read (they are what a kept record ends with),
     * each decoded as {@link #readText} decodes it.
     */
    private String[] contentTexts(int article, int first, int n) {
        String[] texts = new String[n];
        int from = -1;
        for (int k = 0; k < n && from < 0; k++) {
            int i = first + k;
            from = columns.positions[i / Columns.PAGE][i % Columns.PAGE];
        }
        if (from < 0) {
            java.util.Arrays.fill(texts, "");
            return texts;
        }
        try {
            flush();
            long start = offsets[article] + 4 + from;
            long end = article + 1 < size ? offsets[article + 1] : written;
            byte[] all = read(start, (int) (end - start), new byte[(int) (end - start)]);
            ByteBuffer b = ByteBuffer.wrap(all);
            for (int k = 0; k < n; k++) {
                int i = first + k;
                int at = columns.positions[i / Columns.PAGE][i % Columns.PAGE];
                texts[k] = at == EMPTY_TEXT ? "" : decode(all, at - from + 4, b.getInt(at - from));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + article + "'s content texts back from the spill"
                    + " file " + file, e);
        }
    }

    /**
     * The URL, or with {@code title} the title, of the article at {@code article}, read back from the head of its
     * record (its id, URL, outlet, publication and title come first): the head in one read, which most records'
     * title ends within, and whatever lies beyond it in a read of its own.
     */
    private String headText(int article, boolean title) {
        try {
            flush();
            long record = offsets[article] + 4;
            if (!channel.isOpen()) {
                throw new java.nio.channels.ClosedChannelException(); // as a read would, whatever this thread read
            }
            // a report asks for an article's URL, then its title: the head read for one serves the other
            Head last = lastHead.get();
            if (last.article != article) {
                last.article = -1; // until the head is read whole
                ByteBuffer b = ByteBuffer.wrap(last.bytes);
                while (b.hasRemaining() && channel.read(b, record + b.position()) >= 0) {
                    // until the head is full or the file ends
                }
                last.article = article;
                last.got = b.position();
            }
            byte[] head = last.bytes;
            int got = last.got;
            long at = 4 + textBytes(intAt(head, got, record, 0));
            if (title) {
                at += 4 + textBytes(intAt(head, got, record, at));
                at += 4;
                boolean published = (at < got ? head[(int) at] : read(record + at, 1, new byte[1])[0]) != 0;
                at += 1 + (published ? 8 + 4 + 4 + 1 : 0);
            }
            int length = intAt(head, got, record, at);
            return at + 4 + textBytes(length) <= got ? decode(head, (int) at + 4, length) : readText(record + at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + article + " back from the spill file " + file, e);
        }
    }

    /** The text written with the length prefix {@code length} whose bytes start at {@code from} of {@code all}. */
    private static String decode(byte[] all, int from, int length) {
        if (length < 0) {
            char[] chars = new char[-1 - length];
            ByteBuffer.wrap(all, from, 2 * chars.length).asCharBuffer().get(chars);
            return new String(chars);
        }
        return new String(all, from, length, StandardCharsets.UTF_8);
    }

    /** The {@code int} at {@code at} of the record at {@code record}: from its {@code head} if there, else read. */
    private int intAt(byte[] head, int got, long record, long at) throws IOException {
        return at + 4 <= got ? ByteBuffer.wrap(head).getInt((int) at)
                : ByteBuffer.wrap(read(record + at, 4, new byte[4])).getInt();
    }

    /** The bytes of a text written with the length prefix {@code length} ({@link #text(DataOutputStream, String)}). */
    private static long textBytes(int length) {
        return length < 0 ? 2L * (-1L - length) : length;
    }

    /** Bytes read at once for a content text: its length prefix and most texts whole. */
    private static final int TEXT_HEAD = 256;

    /**
     * The head of the record whose URL or title a thread read last ({@link #headText}): the article's index, the
     * first {@link #TEXT_HEAD} bytes of its record (fewer, {@code got}, where the file ended) and what lies beyond is
     * read when asked for. A record never changes once written, so a head read once stays right.
     */
    private static final class Head {
        int article = -1;
        int got;
        final byte[] bytes = new byte[TEXT_HEAD];
    }

    private final ThreadLocal<Head> lastHead = ThreadLocal.withInitial(Head::new);

    /**
     * The ordinal {@code n} of {@code at}'s id if it has the usual form {@code articleId#n} (digits without a leading
     * zero, at most nine), else -1.
     */
    private static int ordinal(Attribution at, String articleId) {
        String id = at.id();
        int n = id.length() - articleId.length() - 1;
        if (n < 1 || n > 9 || !id.startsWith(articleId) || id.charAt(articleId.length()) != '#'
                || n > 1 && id.charAt(articleId.length() + 1) == '0') {
            return -1;
        }
        int ordinal = 0;
        for (int i = articleId.length() + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            ordinal = ordinal * 10 + (c - '0');
        }
        return ordinal;
    }

    /**
     * What the spill keeps in memory of each kept attribution, in pages of {@link #PAGE} attributions, 20 bytes each:
     * its source mention, content span and sentence span; its {@link Tuple} of rarely told apart values, shared by
     * all the attributions that have the very same ones; and where its content text (length prefix and text) is in
     * its article's record. Each field has a page of its own type, so making an attribution reads each reference
     * from where it is as what it is (no cast, no look-up of the tuple by index). The ids that are not
     * {@code articleId#n} numbered on from the article's first are in {@code otherIds}. Written by the thread that
     * keeps articles; read from any thread once keeping has ended.
     */
    private final class Columns {
        private static final int PAGE = 1 << 14;
        private SourceMention[][] mentions = new SourceMention[16][];
        private Span[][] contents = new Span[16][];
        private Span[][] sentences = new Span[16][];
        private Tuple[][] tuples = new Tuple[16][];
        /** Where the content text's length prefix is in its article's record, counted from the record's start. */
        private int[][] positions = new int[16][];
        private final Map<Integer, TextRef> otherIds = new HashMap<>();
        /** The distinct tuples, while articles are kept; null after {@link #endWrites} (the pages hold them). */
        private Pool<Tuple> pool = new Pool<>();
        private int size;

        void add(Attribution at, boolean idByOrdinal, int position) {
            int p = size / PAGE;
            int i = size % PAGE;
            if (i == 0) {
                if (p == mentions.length) {
                    mentions = Arrays.copyOf(mentions, 2 * p);
                    contents = Arrays.copyOf(contents, 2 * p);
                    sentences = Arrays.copyOf(sentences, 2 * p);
                    tuples = Arrays.copyOf(tuples, 2 * p);
                    positions = Arrays.copyOf(positions, 2 * p);
                }
                mentions[p] = new SourceMention[PAGE];
                contents[p] = new Span[PAGE];
                sentences[p] = new Span[PAGE];
                tuples[p] = new Tuple[PAGE];
                positions[p] = new int[PAGE];
            }
            mentions[p][i] = at.source();
            contents[p][i] = at.content();
            sentences[p][i] = at.sentence();
            tuples[p][i] = pool.intern(new Tuple(at.cue(), at.hedges(), at.relay(), at.countries(),
                    (byte) (at.stance().ordinal() << 2 | at.quote().ordinal() << 1 | at.contentKind().ordinal())));
            positions[p][i] = position;
            if (!idByOrdinal) {
                otherIds.put(size, at.idRef());
            }
            size++;
        }

        /**
         * The attribution at {@code index}, of the article at {@code article} in the spill, with the id
         * {@code articleId#ordinal} unless another was kept.
         */
        Attribution get(int index, int article, int ordinal, String articleId) {
            int p = index / PAGE;
            int i = index % PAGE;
            Tuple t = tuples[p][i];
            int e = t.enums;
            TextRef id = otherIds.isEmpty() ? null : otherIds.get(index);
            return new Attribution(id != null ? id : TextRef.ordinal(ordinal), articleId, mentions[p][i], t.cue,
                    contents[p][i], new ColumnText(index, article), sentences[p][i], STANCES[e >>> 2], t.hedges,
                    t.relay, QUOTES[e >>> 1 & 1], KINDS[e & 1], t.countries);
        }

        void endWrites() {
            pool = null;
        }
    }

    /**
     * The values of an attribution that repeat between attributions (cue, hedges, relay chain, countries, and its
     * stance, quote and kind packed in a byte), kept once for all the attributions that have the very same ones.
     * Compared by identity: the spill gives back the instances it was given, and the run gives it shared ones
     * ({@link Compactor}), so equal values are the same instances there.
     */
    private static final class Tuple {
        final Cue cue;
        final List<Hedge> hedges;
        final List<Source> relay;
        final List<String> countries;
        final byte enums;

        Tuple(Cue cue, List<Hedge> hedges, List<Source> relay, List<String> countries, byte enums) {
            this.cue = cue;
            this.hedges = hedges;
            this.relay = relay;
            this.countries = countries;
            this.enums = enums;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tuple t && t.cue == cue && t.hedges == hedges && t.relay == relay
                    && t.countries == countries && t.enums == enums;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(cue);
            h = 31 * h + System.identityHashCode(hedges);
            h = 31 * h + System.identityHashCode(relay);
            h = 31 * h + System.identityHashCode(countries);
            return 31 * h + enums;
        }
    }

    private static final Stance[] STANCES = Stance.values();
    private static final QuoteType[] QUOTES = QuoteType.values();
    private static final ContentKind[] KINDS = ContentKind.values();

    static {
        if (STANCES.length > 32 || QUOTES.length > 2 || KINDS.length > 2) {
            throw new ExceptionInInitializerError("the kept attributions' enums no longer fit a byte");
        }
    }

    /**
     * The attributions of a kept article: {@code size} of them from {@code first} in the columns, the k-th with the
     * id {@code articleId#(base + k)} unless another was kept.
     */
    private final class KeptAttributions extends AttributionList implements ArticleTexts {
        private final String articleId;
        /** The article's index in the spill. */
        private final int article;
        private final int first;
        private final int size;
        private final int base;

        KeptAttributions(String articleId, int article, int first, int size, int base) {
            this.articleId = articleId;
            this.article = article;
            this.first = first;
            this.size = size;
            this.base = base;
        }

        @Override
        public String articleId() {
            return articleId;
        }

        @Override
        public Attribution get(int index) {
            Objects.checkIndex(index, size);
            return columns.get(first + index, article, base + index, articleId);
        }

        @Override
        public int size() {
            return size;
        }

        /** The content texts, read back from the file in one read (from any thread, until {@link #close}). */
        @Override
        public List<String> contentTexts() {
            return List.of(ArticleSpill.this.contentTexts(article, first, size));
        }

        /** The article's URL, read back from the file (from any thread, until {@link #close}). */
        @Override
        public String url() {
            return headText(article, false);
        }

        /** The article's title, read back from the file (from any thread, until {@link #close}). */
        @Override
        public String title() {
            return headText(article, true);
        }
    }

    /**
     * The content text of the kept attribution at {@code index} of the columns, of the article at {@code article} in
     * the spill: 24 bytes of heap.
     */
    private final class ColumnText extends TextRef {
        private final int index;
        private final int article;

        ColumnText(int index, int article) {
            this.index = index;
            this.article = article;
        }

        @Override
        public String text() {
            int at = columns.positions[index / Columns.PAGE][index % Columns.PAGE];
            return at == EMPTY_TEXT ? "" : readText(offsets[article] + 4 + at);
        }
    }

    /** A read-only list view: {@code get} reads from the file, nothing is cached. */
    public List<AnnotatedArticle> asList() {
        return new View();
    }

    private final class View extends AbstractList<AnnotatedArticle> implements RandomAccess {
        @Override
        public AnnotatedArticle get(int index) {
            return ArticleSpill.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        try {
            raf.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleteOnExit is still registered
        }
    }

    // ---- encoding

    private void encode(AnnotatedArticle aa, DataOutputStream o) throws IOException {
        Article a = aa.article();
        encodeArticle(a, o);
        o.writeInt(aa.attributions().size());
        growContentAt(aa.attributions().size());
        int k = 0;
        for (Attribution at : aa.attributions()) {
            text(o, at.id());
            boolean ownArticle = at.articleId().equals(a.id());
            o.writeBoolean(ownArticle);
            if (!ownArticle) {
                text(o, at.articleId());
            }
            span(o, at.source().span());
            shared(o, at.source().text());
            source(o, at.source().source());
            span(o, at.cue().span());
            shared(o, at.cue().text());
            shared(o, at.cue().lemma());
            o.writeByte(at.cue().kind().ordinal());
            span(o, at.content());
            o.flush();
            int at0 = buffer.size();
            contentAt[k++] = text(o, at.contentText()) == 0 ? EMPTY_TEXT : at0;
            span(o, at.sentence());
            o.writeByte(at.stance().ordinal());
            o.writeInt(at.hedges().size());
            for (Hedge h : at.hedges()) {
                span(o, h.span());
                shared(o, h.text());
                o.writeDouble(h.strength());
            }
            o.writeInt(at.relay().size());
            for (Source s : at.relay()) {
                source(o, s);
            }
            o.writeByte(at.quote().ordinal());
            o.writeByte(at.contentKind().ordinal());
            o.writeInt(at.countries().size());
            for (String c : at.countries()) {
                shared(o, c);
            }
        }
    }

    /**
     * A kept article's record: the article, {@code -1 - n} for its {@code n} attributions, where they start in the
     * columns ({@code first}) and the ordinal their ids are numbered from ({@code base}), then their content texts
     * (where each one is goes into {@link #contentAt}).
     */
    private void encodeKept(AnnotatedArticle aa, int first, int base, DataOutputStream o) throws IOException {
        encodeArticle(aa.article(), o);
        List<Attribution> attrs = aa.attributions();
        o.writeInt(-1 - attrs.size());
        o.writeInt(first);
        o.writeInt(base);
        growContentAt(attrs.size());
        for (int k = 0; k < attrs.size(); k++) {
            o.flush();
            int at0 = buffer.size();
            contentAt[k] = text(o, attrs.get(k).contentText()) == 0 ? EMPTY_TEXT : at0;
        }
    }

    private void growContentAt(int attributions) {
        if (contentAt.length < attributions) {
            contentAt = new int[Math.max(attributions, 2 * contentAt.length)];
        }
    }

    /** The article's fields, its id, URL, outlet, publication and title first ({@link #headText} reads them there). */
    private void encodeArticle(Article a, DataOutputStream o) throws IOException {
        text(o, a.id());
        text(o, a.url());
        shared(o, a.outlet());
        if (a.published().isPresent()) {
            Published p = a.published().get();
            o.writeBoolean(true);
            o.writeLong(p.epochSecond());
            o.writeInt(p.nano());
            o.writeInt(p.offsetSeconds());
            o.writeBoolean(p.dateOnly());
        } else {
            o.writeBoolean(false);
        }
        text(o, a.title());
        text(o, a.body());
        shared(o, a.byline());
        shared(o, a.wire());
        shared(o, a.language());
        shared(o, a.claimId());
        shared(o, a.claim());
        shared(o, a.location().file());
        o.writeLong(a.location().line());
        o.writeLong(a.location().offset());
    }

    /**
     * A text as its UTF-8 length and bytes, or, when it holds a lone surrogate (which UTF-8 cannot encode: the
     * encoder would write {@code ?}), as {@code -1 - length} and its chars.
     */
    private static int text(DataOutputStream o, String s) throws IOException {
        if (hasLoneSurrogate(s)) {
            o.writeInt(-1 - s.length());
            o.writeChars(s);
            return -1 - s.length();
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
        return b.length;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private void shared(DataOutputStream o, String s) throws IOException {
        o.writeInt(strings.indexOf(s));
    }

    private void source(DataOutputStream o, Source s) throws IOException {
        o.writeInt(sources.indexOf(s));
    }

    private static void span(DataOutputStream o, Span s) throws IOException {
        o.writeInt(s.start());
        o.writeInt(s.end());
    }

    // ---- decoding

    /** The record of the article at {@code index}. */
    private AnnotatedArticle decode(DataInputStream in, int index) throws IOException {
        String id = text(in);
        String url = text(in);
        String outlet = shared(in);
        Optional<Published> published = Optional.empty();
        if (in.readBoolean()) {
            long seconds = in.readLong();
            int nanos = in.readInt();
            int offset = in.readInt();
            published = Optional.of(new Published(seconds, nanos, offset, in.readBoolean()));
        }
        String title = text(in);
        String body = text(in);
        String byline = shared(in);
        String wire = shared(in);
        String language = shared(in);
        String claimId = shared(in);
        String claim = shared(in);
        Location location = new Location(shared(in), in.readLong(), in.readLong());
        Article a = new Article(id, url, outlet, published, title, body, byline, wire, language, claimId, claim,
                location);
        int n = in.readInt();
        if (n < 0) {
            // a kept article: its attributions are made from the columns (their content texts follow, not read)
            return new AnnotatedArticle(a, new KeptAttributions(id, index, in.readInt(), -1 - n, in.readInt()));
        }
        List<Attribution> attrs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String atId = text(in);
            String articleId = in.readBoolean() ? id : text(in);
            SourceMention sm = new SourceMention(span(in), shared(in), sources.get(in.readInt()));
            Cue cue = new Cue(span(in), shared(in), shared(in), CueKind.values()[in.readByte()]);
            Span content = span(in);
            String contentText = text(in);
            Span sentence = span(in);
            Stance stance = Stance.values()[in.readByte()];
            int nh = in.readInt();
            List<Hedge> hedges = new ArrayList<>(nh);
            for (int h = 0; h < nh; h++) {
                hedges.add(new Hedge(span(in), shared(in), in.readDouble()));
            }
            int nr = in.readInt();
            List<Source> relay = new ArrayList<>(nr);
            for (int r = 0; r < nr; r++) {
                relay.add(sources.get(in.readInt()));
            }
            QuoteType quote = QuoteType.values()[in.readByte()];
            ContentKind kind = ContentKind.values()[in.readByte()];
            int nc = in.readInt();
            List<String> countries = new ArrayList<>(nc);
            for (int c = 0; c < nc; c++) {
                countries.add(shared(in));
            }
            attrs.add(new Attribution(atId, articleId, sm, cue, content, contentText, sentence, stance, hedges, relay,
                    quote, kind, countries));
        }
        return new AnnotatedArticle(a, attrs);
    }

    private static String text(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len == 0) {
            return "";
        }
        if (len < 0) {
            char[] chars = new char[-1 - len];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private String shared(DataInputStream in) throws IOException {
        int id = in.readInt();
        return id == ABSENT ? "" : strings.get(id);
    }

    private static Span span(DataInputStream in) throws IOException {
        int start = in.readInt();
        int end = in.readInt();
        return start == -1 && end == -1 ? Span.NONE : new Span(start, end);
    }
}
