package org.corroborate.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;

/**
 * Known sources (agencies, governments, state media, wires, people) with their aliases, and a gazetteer of
 * countries, loaded from JSON. The built-in registry ships with Corroborate; users add or override entries with
 * their own file in the same format (see {@code sources.json} in this package).
 *
 * <p>Look-ups are case-insensitive on word boundaries, ignore leading articles and treat {@code Seoul's} like
 * {@code Seoul}; aliases written in capitals only ({@code NIS}, {@code US}) match only in capitals. Immutable and
 * thread-safe.
 */
public final class SourceRegistry {

    private static final int MAX_ALIAS_WORDS = 8;

    private final Map<String, Source> byId;
    private final Map<String, Source> byAlias;
    private final Map<String, String> countryByName;
    /** First words of the country names: most words start none, and are skipped without building keys. */
    private final Set<String> countryFirstWords;
    /**
     * The {@link String#hashCode} of each of {@link #countryFirstWords}, sorted: a word whose key hashes to none of
     * these starts no country name ({@link #mayStartCountry}).
     */
    private final int[] countryFirstHashes;
    /** Every alias key and its leading words: a key that is none of these cannot be extended into an alias. */
    private final Set<String> aliasPrefixes;

    private SourceRegistry(Map<String, Source> byId, Map<String, Source> byAlias, Map<String, String> countryByName) {
        this.byId = Map.copyOf(byId);
        this.byAlias = Map.copyOf(byAlias);
        this.countryByName = Map.copyOf(countryByName);
        Set<String> first = new java.util.HashSet<>();
        for (String k : countryByName.keySet()) {
            int sp = k.indexOf(' ');
            first.add(sp < 0 ? k : k.substring(0, sp));
        }
        this.countryFirstWords = Set.copyOf(first);
        this.countryFirstHashes = first.stream().mapToInt(String::hashCode).sorted().toArray();
        Set<String> prefixes = new java.util.HashSet<>();
        for (String k : byAlias.keySet()) {
            for (int sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
                prefixes.add(k.substring(0, sp));
            }
            prefixes.add(k);
        }
        this.aliasPrefixes = Set.copyOf(prefixes);
    }

    /** The registry that ships with Corroborate. */
    public static SourceRegistry builtIn() {
        try (InputStream in = SourceRegistry.class.getResourceAsStream("sources.json")) {
            if (in == null) {
                throw new IllegalStateException("built-in sources.json is missing from the class path");
            }
            return new Builder().add(new ObjectMapper().readTree(in), "built-in sources.json").build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in sources.json", e);
        }
    }

    /** The built-in registry with the entries of {@code file} added; entries with an existing id replace it. */
    public SourceRegistry withFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return withJson(in, file.toString());
        }
    }

    /**
     * This registry with the entries of a registry file's content added (for an engine that ships the file's bytes
     * to where it extracts); entries with an existing id replace it.
     *
     * @param name how error messages name the content, e.g. the file it came from
     */
    public SourceRegistry withJson(InputStream json, String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Builder b = new Builder();
        b.byId.putAll(byId);
        b.countryByName.putAll(countryByName);
        return b.add(root, name).build();
    }

    public Optional<Source> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every source, in no particular order. */
    public List<Source> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The known source a mention names: an alias equal to the whole mention, else the longest alias that occurs in
     * it on word boundaries.
     */
    public Optional<Source> resolve(String mention) {
        return resolveWords(words(mention));
    }

    /** {@link #resolve(String)} of a mention whose {@link #words} are given. */
    Optional<Source> resolveWords(List<String> words) {
        int from = 0;
        while (from < words.size() && isArticle(words.get(from))) {
            from++;
        }
        Source best = null;
        int bestLen = 0;
        for (int i = from; i < words.size(); i++) {
            // the words from i to j joined by spaces; the first word is its own key, with its hash code kept
            String k = words.get(i);
            for (int j = i; j < words.size() && j - i < MAX_ALIAS_WORDS; j++) {
                if (j > i) {
                    k = k + ' ' + words.get(j);
                }
                if (!aliasPrefixes.contains(k)) {
                    break;
                }
                Source s = byAlias.get(k);
                if (s != null && j - i + 1 > bestLen) {
                    best = s;
                    bestLen = j - i + 1;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** ISO codes of the countries {@code text} names (by name, adjective or capital), in order of first mention. */
    public Set<String> countriesIn(String text) {
        // most texts name no country: their words are looked at in place, and only the others split into keys
        if (!Tokenizer.anyWord(text, this::mayStartCountry)) {
            return new LinkedHashSet<>();
        }
        return countriesInWords(words(text));
    }

    /**
     * {@link #countriesIn(String)} of {@code text}, which is {@code cs[from, from + text.length())}: the chars are
     * looked at in place, without a copy of the text's.
     */
    Set<String> countriesIn(String text, char[] cs, int from) {
        if (!Tokenizer.anyWord(cs, from, from + text.length(), this::mayStartCountry)) {
            return new LinkedHashSet<>();
        }
        return countriesInWords(words(text));
    }

    /**
     * False only when the {@link #key(String)} of the word {@code cs[start, end)} is none of
     * {@link #countryFirstWords}: for a word of ASCII chars and curly apostrophes the key's hash is computed from
     * the chars as {@code key} would make them; a word with any other char may start a country name.
     */
    private boolean mayStartCountry(char[] cs, int start, int end) {
        boolean caps = end - start >= 2;
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = cs[i];
            if (c >= 0x80 && c != '\u2019') {
                return true;
            }
            if (c >= 'A' && c <= 'Z') {
                letters++;
            } else if (c >= 'a' && c <= 'z') {
                letters++;
                caps = false;
            }
        }
        boolean keepCase = caps && letters >= 2; // isCapitals
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = cs[i];
            if (!keepCase && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (!keepCase && c == '\u2019') {
                c = '\'';
            }
            h = 31 * h + c;
        }
        return java.util.Arrays.binarySearch(countryFirstHashes, h) >= 0;
    }

    /** {@link #countriesIn(String)} of a text whose {@link #words} are given. */
    Set<String> countriesInWords(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!countryFirstWords.contains(words.get(i))) {
                continue;
            }
            for (int len = 4; len >= 1; len--) {
                if (i + len > words.size()) {
                    continue;
                }
                String key = String.join(" ", words.subList(i, i + len));
                String code = countryByName.get(key);
                if (code != null) {
                    out.add(code);
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Words of {@code text} as lookup keys: lower case except words in capitals only, possessives dropped. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Tokenizer.words(text)) {
            out.add(key(w));
        }
        return out;
    }

    /** An all-capitals word of two or more letters keeps its case; anything else is lower-cased. */
    static String key(String word) {
        return isCapitals(word) ? word : word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** {@link #key(String)} of a word whose lower case ({@link Token#lower}) is known. */
    static String key(String word, String lower) {
        return isCapitals(word) ? word : lower;
    }

    private static boolean isCapitals(String word) {
        boolean caps = word.length() >= 2;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) { // ASCII without Character's tables
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                } else if (c >= 'a' && c <= 'z') {
                    letters++;
                    caps = false;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    caps = false;
                }
            }
        }
        return caps && letters >= 2;
    }

    private static boolean isArticle(String w) {
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    private static final class Builder {
        final Map<String, Source> byId = new LinkedHashMap<>();
        final Map<String, String> countryByName = new HashMap<>();

        Builder add(JsonNode root, String where) {
            for (JsonNode c : root.path("countries")) {
                String code = c.path("code").asText("");
                if (code.length() != 2) {
                    throw new IllegalArgumentException(where + ": country code must be two letters, got '" + code
                            + "'");
                }
                for (JsonNode n : c.path("names")) {
                    countryByName.put(String.join(" ", words(n.asText())), code.toUpperCase(Locale.ROOT));
                }
            }
            for (JsonNode s : root.path("sources")) {
                String id = s.path("id").asText("");
                if (id.isBlank()) {
                    throw new IllegalArgumentException(where + ": a source has no \"id\": " + s);
                }
                List<String> aliases = new ArrayList<>();
                s.path("aliases").forEach(a -> aliases.add(a.asText()));
                String name = s.path("name").asText(id);
                SourceKind kind = SourceKind.parse(s.path("kind").asText("UNKNOWN"));
                byId.put(id, new Source(id, name, kind, s.path("country").asText(""), aliases,
                        s.path("parent").asText("")));
            }
            return this;
        }

        SourceRegistry build() {
            Map<String, Source> byAlias = new HashMap<>();
            Map<String, Source> rooted = new LinkedHashMap<>();
            for (Source s : byId.values()) {
                if (!s.parent().isEmpty() && !byId.containsKey(s.parent())) {
                    throw new IllegalArgumentException("source '" + s.id() + "' names unknown parent '" + s.parent()
                            + "'");
                }
                String root = rootId(s);
                rooted.put(s.id(), new Source(s.id(), s.name(), s.kind(), s.country(), s.aliases(),
                        root.equals(s.id()) ? "" : root));
            }
            byId.clear();
            byId.putAll(rooted);
            for (Source s : byId.values()) {
                byAlias.putIfAbsent(String.join(" ", words(s.name())), s);
                for (String a : s.aliases()) {
                    List<String> w = words(a);
                    int from = 0;
                    while (from < w.size() && isArticle(w.get(from))) {
                        from++;
                    }
                    byAlias.put(String.join(" ", w.subList(from, w.size())), s);
                }
            }
            return new SourceRegistry(byId, byAlias, countryByName);
        }

        private String rootId(Source s) {
            Source cur = s;
            for (int guard = 0; guard < 16 && !cur.parent().isEmpty(); guard++) {
                Source p = byId.get(cur.parent());
                if (p == null) {
                    break;
                }
                cur = p;
            }
            return cur.id();
        }
    }
}
