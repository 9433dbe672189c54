package org.corroborate.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic news corpus for benchmarks and engine contract tests: {@code N} articles as JSON Lines (gzipped when
 * the file name ends in {@code .gz}), deterministic for a seed, with claims whose truth is planted.
 *
 * <p>The world: {@code max(20, N / 8)} claims, each an event ("North Korea has sent 3,400 soldiers to the
 * frontline near Valorsk") about two invented place or unit names of its own, so that claims are told apart by
 * their terms; about 60% are true. Claims are drawn with a Zipf-like skew (a few big stories, many small ones).
 * Outlets follow practices: wire agencies write original stories, some outlets reprint them verbatim (wire
 * copies), some relay other agencies ({@code told Yonhap}, {@code citing KCNA}), some hedge, some relay state
 * media, and some rely on anonymous officials. Reliable sources (intelligence agencies, the Pentagon, wire
 * agencies) assert true claims and deny false ones; state media assert both. Every sentence that attributes uses
 * a source the built-in registry knows and a form the rule-based extractor recognises; filler sentences carry no
 * attribution. Articles are about 2–4 KB.
 *
 * <p>The truth file ({@code claims.tsv} beside the corpus when asked) lists each claim's number, truth and
 * statement.
 */
public final class CorpusGenerator {

    /** What an outlet habitually does. */
    enum Practice { WIRE_AGENCY, WIRE_COPIER, RELAY, HEDGING, STATE_RELAY, ANONYMOUS, OWN_REPORTING }

    record Outlet(String name, String domain, Practice practice, String agency) {
    }

    /** A planted claim. */
    record PlantedClaim(int number, boolean truth, String actor, String actorCountry, String statement,
                        String shortStatement) {
    }

    private static final String[] SYLLABLES = {"va", "lor", "sk", "mir", "no", "ka", "zan", "tel", "bro", "vi",
        "dar", "hol", "pe", "tra", "gun", "os", "len", "ri", "ber", "za", "mok", "ta", "shen", "ul", "gra", "ve",
        "kor", "ni", "sol", "dov", "an", "yer", "bel", "chu", "rin", "ost", "lan", "ma", "pol", "ske"};

    /** Actor, its country code and how a claim about it is phrased. */
    private static final String[][] ACTORS = {
        {"North Korea", "KP"}, {"Russia", "RU"}, {"Ukraine", "UA"}, {"China", "CN"}, {"South Korea", "KR"},
        {"Japan", "JP"}, {"the United States", "US"}};

    private static final String[] ACTIONS = {
        "has sent %s soldiers to the frontline near %s",
        "has deployed %s artillery units around %s",
        "fired %s missiles at targets near %s",
        "has shipped %s containers of shells through the port of %s",
        "lost %s soldiers in fighting around %s",
        "has moved %s drones to an airfield outside %s",
        "evacuated %s civilians from the town of %s",
        "has built %s new bunkers along the road to %s",
        "captured %s prisoners in a raid on %s",
        "has stationed %s engineers at a depot in %s"};

    private static final String[] UNIT_WORDS = {"brigade", "regiment", "battalion", "division", "corps"};

    /** Reliable sources that know the truth, by the actor's country: alias the registry resolves. */
    private static final String[] RELIABLE = {"Seoul's spy agency", "the Pentagon", "Ukraine's military intelligence",
        "Western intelligence agencies", "US intelligence", "South Korea's defence ministry", "NATO"};
    private static final String[] STATE_MEDIA = {"KCNA", "TASS", "RIA Novosti", "Xinhua"};
    private static final String[] AGENCIES = {"AFP", "Reuters", "Associated Press", "Yonhap", "Kyodo", "dpa"};
    private static final String[] PARTY_BY_COUNTRY_KP = {"Pyongyang", "North Korean officials"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] HEDGES = {"reportedly", "apparently", "allegedly"};

    private static final String[] FILLER = {
        "The region has seen heavy fighting since the spring, and roads to %s remain closed to civilians.",
        "Residents of %s described long queues for fuel and bread in recent weeks.",
        "Satellite images of the area around %s show new earthworks and vehicle tracks.",
        "Analysts have long debated how much of the equipment near %s is still in working order.",
        "The %s %s was formed two years ago and has rarely been mentioned in official statements.",
        "Humanitarian groups have asked for safe passage out of %s for the elderly and the sick.",
        "Prices in the markets of %s have doubled since the start of the year.",
        "The weather near %s has slowed the movement of heavy vehicles on unpaved roads.",
        "Local officials in %s have urged residents to stay in shelters at night.",
        "Diplomats have held several rounds of talks without agreeing on a ceasefire near %s."};

    private final long seed;
    private final int articles;
    private final List<Outlet> outlets = new ArrayList<>();
    private final List<PlantedClaim> claims = new ArrayList<>();
    private final String[][] claimNames; // per claim: {place, unit name}
    private final double[] claimCdf;

    /**
     * @param articles how many articles to generate, at least 1
     * @param seed     the seed: the same seed and count give the same bytes
     */
    public CorpusGenerator(int articles, long seed) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be >= 1, got " + articles);
        }
        this.articles = articles;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        for (String a : AGENCIES) {
            outlets.add(new Outlet(a, a.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example",
                    Practice.WIRE_AGENCY, a));
        }
        Practice[] others = {Practice.WIRE_COPIER, Practice.WIRE_COPIER, Practice.WIRE_COPIER, Practice.RELAY,
            Practice.HEDGING, Practice.STATE_RELAY, Practice.ANONYMOUS, Practice.OWN_REPORTING};
        for (int i = 0; i < 34; i++) {
            String name = capital(word(r, 2)) + " " + new String[] {"Daily", "Post", "Herald", "Times", "Ledger",
                "Courier", "Observer", "Gazette"}[i % 8];
            outlets.add(new Outlet(name, name.toLowerCase(Locale.ROOT).replace(' ', '-') + i + ".example",
                    others[r.nextInt(others.length)], AGENCIES[r.nextInt(3)]));
        }
        int n = Math.max(20, articles / 8);
        claimNames = new String[n][];
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            String[] actor = ACTORS[r.nextInt(ACTORS.length)];
            String place = capital(word(r, 3));
            String unit = capital(word(r, 2)) + " " + UNIT_WORDS[r.nextInt(UNIT_WORDS.length)];
            claimNames[i] = new String[] {place, unit};
            String qty = quantity(r);
            String action = String.format(Locale.ROOT, ACTIONS[r.nextInt(ACTIONS.length)], qty, place);
            String statement = actor[0] + " " + action + ", including troops of the " + unit + " under General "
                    + capital(word(r, 2)) + " " + capital(word(r, 3)) + " in Operation " + capital(word(r, 3));
            claims.add(new PlantedClaim(i, r.nextDouble() < 0.6, actor[0], actor[1], statement, actor[0] + " "
                    + action));
            weights[i] = 1.0 / Math.pow(i + 1, 0.6);
            total += weights[i];
        }
        claimCdf = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += weights[i] / total;
            claimCdf[i] = acc;
        }
    }

    public List<PlantedClaim> claims() {
        return List.copyOf(claims);
    }

    /** Writes the corpus to {@code file} (gzipped when its name ends in {@code .gz}). */
    public void write(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        try (OutputStream o = out) {
            write(o);
        }
    }

    /** Writes the corpus as JSON Lines, UTF-8. */
    public void write(OutputStream out) throws IOException {
        JsonFactory f = new JsonFactory();
        try (JsonGenerator g = f.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < articles; i++) {
                writeArticle(g, i);
                g.writeRaw('\n');
            }
        }
    }

    /** Writes the planted truth: number, TRUE or FALSE, statement; tab-separated with a header. */
    public void writeTruth(Writer w) throws IOException {
        w.write("claim\ttruth\tstatement\n");
        for (PlantedClaim c : claims) {
            w.write(c.number() + "\t" + (c.truth() ? "TRUE" : "FALSE") + "\t" + c.statement() + "\n");
        }
    }

    private void writeArticle(JsonGenerator g, int index) throws IOException {
        // Article i depends only on the seed and i, so any slice of the corpus can be generated on its own.
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        PlantedClaim main = claims.get(pickClaim(r));
        // Wire copies reprint an earlier agency story of the same claim: same body, same seed.
        Outlet outlet = outlets.get(r.nextInt(outlets.size()));
        long storyKey = index;
        String byline = "Staff reporter";
        String wire = "";
        if (outlet.practice() == Practice.WIRE_COPIER && r.nextDouble() < 0.8) {
            storyKey = (main.number() * 31L + r.nextInt(2)) | (1L << 40);
            wire = outlet.agency();
            byline = outlet.agency();
        } else if (outlet.practice() == Practice.WIRE_AGENCY) {
            wire = outlet.agency();
            byline = outlet.agency() + " correspondent";
        }
        SplittableRandom story = new SplittableRandom(seed ^ (storyKey * 0xBF58476D1CE4E5B9L));
        Practice practice = (storyKey & (1L << 40)) != 0 ? Practice.WIRE_AGENCY : outlet.practice();
        String agency = wire.isEmpty() ? outlet.agency() : wire;
        String body = body(story, main, practice, agency);
        long day = 20000 + main.number() % 300 + r.nextInt(20);
        Instant published = Instant.ofEpochSecond(day * 86400 + r.nextInt(86400));
        g.writeStartObject();
        g.writeStringField("id", "gen-" + index);
        g.writeStringField("url", "https://" + outlet.domain() + "/news/" + index);
        g.writeStringField("outlet", outlet.name());
        g.writeStringField("published", DateTimeFormatter.ISO_INSTANT.format(published.atOffset(ZoneOffset.UTC)));
        if (!wire.isEmpty()) {
            g.writeStringField("wire", wire);
        }
        g.writeStringField("byline", byline);
        g.writeStringField("title", headline(main));
        g.writeStringField("body", body);
        g.writeEndObject();
    }

    private int pickClaim(SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = claimCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (claimCdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String headline(PlantedClaim c) {
        String s = c.shortStatement();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String body(SplittableRandom r, PlantedClaim main, Practice practice, String agency) {
        String[] names = claimNames[main.number()];
        StringBuilder sb = new StringBuilder(4096);
        String day = DAYS[r.nextInt(DAYS.length)];
        String reliable = RELIABLE[r.nextInt(RELIABLE.length)];
        String state = STATE_MEDIA[r.nextInt(STATE_MEDIA.length)];
        String statement = main.statement();
        String lead;
        if (main.truth() || r.nextDouble() < 0.3) {
            lead = switch (practice) {
                case WIRE_AGENCY -> statement + ", " + reliable + " told " + agency + " on " + day + ".";
                case RELAY -> statement + ", " + agency + " reported on " + day + ", citing " + reliable + ".";
                case HEDGING -> main.actor() + " " + HEDGES[r.nextInt(HEDGES.length)] + " "
                        + main.shortStatement().substring(main.actor().length() + 1) + ", " + reliable + " said on "
                        + day + ".";
                case STATE_RELAY -> statement + ", " + state + " reported on " + day + ".";
                case ANONYMOUS -> statement + ", a senior official said on " + day
                        + " on condition of anonymity.";
                default -> "According to " + reliable + ", " + statement + ".";
            };
        } else {
            // a false claim: state media push it, reliable sources deny it
            lead = statement + ", " + state + " reported on " + day + ".";
        }
        paragraph(sb, lead);
        int sentences = 14 + r.nextInt(12);
        for (int s = 0; s < sentences; s++) {
            double u = r.nextDouble();
            String sentence;
            if (u < 0.12) {
                sentence = main.truth()
                        ? capital(RELIABLE[r.nextInt(RELIABLE.length)]) + " confirmed that " + main.shortStatement() + "."
                        : capital(RELIABLE[r.nextInt(RELIABLE.length)]) + " denied that " + main.shortStatement() + ".";
            } else if (u < 0.18) {
                sentence = main.actorCountry().equals("KP")
                        ? "Neither " + PARTY_BY_COUNTRY_KP[r.nextInt(2)] + " nor Moscow have confirmed the report."
                        : "Officials in " + main.actor().replace("the ", "") + " declined to comment.";
            } else if (u < 0.26) {
                PlantedClaim other = claims.get(pickClaim(r));
                String src = other.truth() ? RELIABLE[r.nextInt(RELIABLE.length)]
                        : STATE_MEDIA[r.nextInt(STATE_MEDIA.length)];
                sentence = "Separately, " + src + " said " + other.shortStatement() + ".";
            } else if (u < 0.32) {
                sentence = "\u201C" + "We have seen the " + names[1] + " moving towards " + names[0]
                        + ",\u201D " + "an official told reporters.";
            } else if (u < 0.36) {
                sentence = capital(STATE_MEDIA[r.nextInt(STATE_MEDIA.length)]) + " said the reports were "
                        + "\u201Cfabricated\u201D and that no troops had been sent to " + names[0] + ".";
            } else {
                String filler = FILLER[r.nextInt(FILLER.length)];
                sentence = filler.contains("%s %s") ? String.format(Locale.ROOT, filler, names[1],
                        UNIT_WORDS[r.nextInt(UNIT_WORDS.length)]) : String.format(Locale.ROOT, filler, names[0]);
                if (r.nextDouble() < 0.5) {
                    sentence = sentence + " " + String.format(Locale.ROOT, FILLER[r.nextInt(FILLER.length)]
                            .replace("%s %s", "%s"), capital(word(r, 3)));
                }
            }
            paragraph(sb, sentence);
        }
        return sb.toString().strip();
    }

    private static void paragraph(StringBuilder sb, String s) {
        if (!sb.isEmpty()) {
            sb.append("\n\n");
        }
        sb.append(s);
    }

    private static String quantity(SplittableRandom r) {
        int v = 100 + r.nextInt(9900);
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,d", v);
        }
        return String.valueOf(v);
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An output stream whose close() only flushes, so the generator's close never closes the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * {@code CorpusGenerator N OUT [--seed S] [--truth FILE]}: writes N articles to OUT (gzipped when it ends in
     * {@code .gz}). Exit 2 on a usage error.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator N OUT.jsonl[.gz] [--seed S] [--truth claims.tsv]");
            System.exit(2);
        }
        long s = 42;
        Path truth = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> s = Long.parseLong(args[i + 1]);
                case "--truth" -> truth = Path.of(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        CorpusGenerator gen = new CorpusGenerator(Integer.parseInt(args[0].replace("_", "")), s);
        try {
            gen.write(Path.of(args[1]));
            if (truth != null) {
                try (Writer w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
                    gen.writeTruth(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
