package org.corroborate.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Interval;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.core.Verdict;
import org.corroborate.report.ReportInput;
import org.corroborate.report.WeeklyInput;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML reports cannot be made to carry markup from their input: each payload is put into every field a report
 * shows (article title, outlet, URL, id, source name, quoted content, diagnostics' file, message and snippet, input
 * names; in the weekly report also the outlets' reliability and trends and a reviewer's name and note; every text of
 * an outlet comparison), and the report is checked statically, without a browser: no {@code <script} (the weekly
 * report's one script, our own constant, is taken out first and must hash to its CSP entry), no event-handler
 * attribute on any tag, no {@code javascript:}/{@code vbscript:}/{@code data:} URL in any URL attribute (after
 * decoding entities, as a browser would), and no tag or attribute name that the same report without payloads lacks.
 */
class HtmlInjectionTest {

    /** At least 50 payloads: classic XSS vectors, attribute breakouts, URL schemes, encodings and oddities. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<img src=`javascript:alert(1)`>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "<object data=\"javascript:alert(1)\">",
            "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">ent</a>",
            "<form action=\"javascript:alert(1)\"><input type=submit>",
            "<button formaction=javascript:alert(1)>x</button>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=alert(1)>",
            "<marquee onstart=alert(1)>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<style>@import 'javascript:alert(1)';</style>",
            "<div style=\"background:url(javascript:alert(1))\">",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\" autofocus onfocus=alert(1) x=\"",
            "</title><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "</style><script>alert(1)</script>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://x.example/\"onmouseover=\"alert(1)",
            "https://x.example/<script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
            "\u202E<script>alert(1)</script>",
            "{{constructor.constructor('alert(1)')()}}",
            "${alert(1)}",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=\"\\u006aavascript:alert(1)\">u</a>",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "<x onclick=alert(1)>click",
            "<plaintext>",
            "<xmp><script>alert(1)</script></xmp>");

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
            "srcset", "xlink:href", "poster", "background", "cite", "longdesc", "content");

    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SCRIPT_SRC = Pattern.compile("script-src '(sha256-[A-Za-z0-9+/=]+)'");

    private static Map<String, Integer> baselineTags;
    private static TreeSet<String> baselineAttributes;
    private static Map<String, Integer> weeklyTags;
    private static TreeSet<String> weeklyAttributes;
    private static Map<String, Integer> compareTags;
    private static TreeSet<String> compareAttributes;

    @BeforeAll
    static void baseline() throws IOException {
        String html = render("plain text");
        baselineTags = tagCounts(html);
        baselineAttributes = attributeNames(html);
        // with verdicts the claim shows one; without, it waits in the review table
        String weekly = withoutOurScript(renderWeekly("plain text", true))
                + withoutOurScript(renderWeekly("plain text", false));
        weeklyTags = tagCounts(weekly);
        weeklyAttributes = attributeNames(weekly);
        String compare = renderComparison("plain text");
        compareTags = tagCounts(compare);
        compareAttributes = attributeNames(compare);
    }

    static Stream<String> payloads() {
        return PAYLOADS.stream();
    }

    @Test
    void thereAreAtLeastFiftyPayloads() {
        assertTrue(PAYLOADS.size() >= 50, "payloads: " + PAYLOADS.size());
        assertEquals(PAYLOADS.size(), new TreeSet<>(PAYLOADS).size(), "no payload twice");
    }

    @Test
    void theChecksCatchInjectedMarkup() {
        String bad = "<p><img src=x onerror=alert(1)><a href=\"jav&#x61;script:alert(1)\">x</a><script></script>";
        assertTrue(TAG.matcher(bad).find());
        assertFalse(problems(bad).isEmpty());
        assertTrue(problems(bad).stream().anyMatch(p -> p.contains("javascript")), problems(bad).toString());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadProducesNoMarkup(String payload) throws IOException {
        String html = render(payload);
        List<String> problems = problems(html);
        assertEquals(List.of(), problems, "payload " + payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadProducesNoMarkupInTheWeeklyReport(String payload) throws IOException {
        for (boolean verdicts : new boolean[] {true, false}) {
            String html = withoutOurScript(renderWeekly(payload, verdicts));
            assertEquals(List.of(), problems(html, weeklyTags, weeklyAttributes), "payload " + payload);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadProducesNoMarkupInTheOutletComparison(String payload) throws IOException {
        String html = renderComparison(payload);
        assertEquals(List.of(), problems(html, compareTags, compareAttributes), "payload " + payload);
    }

    @Test
    void theWeeklyReportsScriptIsTheOneItsCspAdmits() throws Exception {
        String html = renderWeekly("<script>alert(1)</script>", false);
        Matcher csp = SCRIPT_SRC.matcher(html);
        assertTrue(csp.find(), "a script-src with a hash");
        Matcher script = SCRIPT.matcher(html);
        assertTrue(script.find(), "an inline script");
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertEquals(csp.group(1), hash, "the CSP hash is the hash of the script as emitted");
        assertEquals(WeeklyHtmlWriter.SCRIPT, script.group(1));
        assertFalse(script.find(), "no second script");
    }

    /** The weekly report with its one script element, after checking it is exactly our constant, taken out. */
    private static String withoutOurScript(String html) {
        String ours = "<script>" + WeeklyHtmlWriter.SCRIPT + "</script>";
        int at = html.indexOf(ours);
        assertTrue(at >= 0, "the weekly report carries our script");
        return html.substring(0, at) + html.substring(at + ours.length());
    }

    /** Everything in {@code html} that could run code or was not in the report without payloads. */
    static List<String> problems(String html) {
        return problems(html, baselineTags, baselineAttributes);
    }

    private static List<String> problems(String html, Map<String, Integer> baselineTags,
                                         TreeSet<String> baselineAttributes) {
        List<String> out = new ArrayList<>();
        if (html.toLowerCase(Locale.ROOT).contains("<script")) {
            out.add("a <script");
        }
        Map<String, Integer> tags = tagCounts(html);
        for (Map.Entry<String, Integer> t : tags.entrySet()) {
            int base = baselineTags == null ? 0 : baselineTags.getOrDefault(t.getKey(), 0);
            if (base == 0 && baselineTags != null) {
                out.add("a <" + t.getKey() + "> element the report does not make itself");
            }
        }
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            Matcher a = ATTR.matcher(m.group(2));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3)
                        : a.group(4) != null ? a.group(4) : "";
                if (name.startsWith("on")) {
                    out.add("event handler " + name + " on <" + m.group(1) + ">");
                }
                if (baselineAttributes != null && !baselineAttributes.contains(name)) {
                    out.add("attribute " + name + " the report does not make itself");
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = decodeEntities(value).replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        // A URL that starts with the scheme; in a meta refresh's content, the part after url=.
                        if (name.equals("content") ? url.contains("url=" + scheme) || url.contains("url='" + scheme)
                                : url.startsWith(scheme) || url.contains("," + scheme)) {
                            out.add(scheme.replace(":", "") + " URL in " + name + "=\"" + value + "\"");
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> tagCounts(String html) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            counts.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    private static TreeSet<String> attributeNames(String html) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            Matcher a = ATTR.matcher(m.group(2));
            while (a.find()) {
                names.add(a.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Numeric and the few named character references a URL scheme could be hidden with, as a browser reads them. */
    static String decodeEntities(String s) {
        Matcher m = Pattern.compile("&#[xX]([0-9a-fA-F]{1,6});?|&#([0-9]{1,7});?|&(colon|tab|newline|amp|lpar|rpar);",
                Pattern.CASE_INSENSITIVE).matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep;
            if (m.group(1) != null) {
                rep = new String(Character.toChars(Math.min(0x10FFFF, Integer.parseInt(m.group(1), 16))));
            } else if (m.group(2) != null) {
                rep = new String(Character.toChars(Math.min(0x10FFFF, Integer.parseInt(m.group(2)))));
            } else {
                rep = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "colon" -> ":";
                    case "tab" -> "\t";
                    case "newline" -> "\n";
                    case "lpar" -> "(";
                    case "rpar" -> ")";
                    default -> "&";
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A report with {@code p} in every field the HTML report shows. */
    static String render(String p) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReportWriter().write(input(p), w);
        return w.toString();
    }

    /** A weekly report with {@code p} in every field it shows, its claims with or without a reviewer's verdict. */
    static String renderWeekly(String p, boolean withVerdicts) throws IOException {
        ReportInput report = input(p);
        Map<String, Verdict> verdicts = new TreeMap<>();
        for (var a : withVerdicts ? report.corroboration().assessments() : List.<Assessment>of()) {
            verdicts.put(a.claim().id(), new Verdict(a.claim().id(), Verdict.Outcome.REFUTED, "Reviewer " + p,
                    "Note " + p, OffsetDateTime.parse("2025-03-02T10:00:00Z")));
        }
        IsoWeek week = IsoWeek.parse("2025-W09").orElseThrow();
        Map<org.corroborate.core.ClaimStatus, Integer> byStatus = WeeklyHtmlWriter.byStatus(
                report.corroboration().assessments());
        WeeklyInput in = new WeeklyInput(week, report, List.of(
                new WeeklyInput.WeekPoint(IsoWeek.parse("2025-W08").orElseThrow(), 1, byStatus,
                        Map.of("Outlet " + p, 0.4)),
                new WeeklyInput.WeekPoint(week, 2, byStatus, Map.of("Outlet " + p, 0.45, "Other " + p, 0.5))),
                List.of(new WeeklyInput.OutletReliability("Outlet " + p, 0.45, new Interval(0.2, 0.7, 0.9), 0, 1),
                        new WeeklyInput.OutletReliability("Other " + p, 0.5, new Interval(0.3, 0.7, 0.9), 0, 0)),
                verdicts);
        StringWriter w = new StringWriter();
        new WeeklyHtmlWriter().write(in, w);
        return w.toString();
    }

    /** An outlet comparison with {@code p} in every text it shows. */
    static String renderComparison(String p) throws IOException {
        OutletComparison c = new OutletComparison("2025-W09 " + p, "2025-W10 " + p, List.of("Outlet " + p, p),
                List.of(new OutletComparison.Row("Measure " + p, List.of(p, "1"))),
                List.of(new OutletComparison.SharedClaim("Claim " + p, "status " + p, "Outlet " + p)),
                List.of(new OutletComparison.OutletClaims("Outlet " + p, List.of("Fact " + p), List.of(p))));
        StringWriter w = new StringWriter();
        new CompareHtmlWriter().write(c, w);
        return w.toString();
    }

    private static ReportInput input(String p) {
        String src = "Agency " + p;
        String content = "the troops " + p + " crossed";
        String body = src + " said " + content + ".";
        int cs = body.indexOf(content);
        Source s = new Source("evil-source", src, SourceKind.OFFICIAL, "KR", List.of(p), "");
        Attribution a = new Attribution("x#1", "x", new SourceMention(Span.of(0, src.length()), src, s),
                new Cue(Span.of(src.length() + 1, src.length() + 5), "said", "say", CueKind.REPORTING_VERB),
                Span.of(cs, cs + content.length()), content, Span.of(0, body.length()), Stance.ASSERTS, List.of(),
                List.of(), QuoteType.DIRECT, ContentKind.FACTUAL, List.of());
        Article art = Article.builder().id("x").outlet("Outlet " + p).title("Title " + p).url(p)
                .byline("By " + p).wire(p.isBlank() ? "" : "AFP").claim("Claim " + p)
                .published(Published.parse("2025-02-27").orElseThrow()).body(body).build();
        Article other = Article.builder().id("y " + p).outlet("Other " + p).title(p).url("https://x.example/?q=" + p)
                .published(Published.parse("2025-02-28").orElseThrow()).body("Second body " + p).build();
        var c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(
                new AnnotatedArticle(art, List.of(a)), new AnnotatedArticle(other, List.of())));
        ReportInput in = new ReportInput(c, IngestSummary.empty(), List.of(
                Diagnostic.error(Location.ofLine("file " + p, 3), "invalid-json", "message " + p, p),
                Diagnostic.warning(new Location(p, 0, 7), "kind " + p, p, "")),
                List.of("in " + p, p), "2025-03-01T00:00Z " + p);
        return in;
    }
}
