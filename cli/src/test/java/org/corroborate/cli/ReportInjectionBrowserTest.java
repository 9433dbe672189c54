package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import picocli.CommandLine;

/**
 * Opens in headless Chromium a report built from articles whose every field carries script-injection payloads
 * (titles, outlets, URLs with {@code javascript:}, source names, quotes): none may run. Each payload, if it ran,
 * would set {@code window.__pwned}, open an alert, or change the document title; the test checks none happened, that
 * the page logged no error (an injected inline script blocked by the Content-Security-Policy would log one), and that
 * the payloads are on the page as plain text. Skipped when Chromium or its driver is not installed.
 */
class ReportInjectionBrowserTest {

    @TempDir
    Path dir;

    /** Payloads that would each set window.__pwned (or alert) if the report let them run. */
    static List<String> payloads() {
        String js = "window.__pwned=1;alert(1)";
        List<String> p = new ArrayList<>(List.of(
                "<script>" + js + "</script>",
                "<SCRIPT SRC=data:text/javascript," + js + "></SCRIPT>",
                "<img src=x onerror=\"" + js + "\">",
                "<svg onload=\"" + js + "\">",
                "<svg><script>" + js + "</script></svg>",
                "<body onload=\"" + js + "\">",
                "<iframe src=\"javascript:" + js + "\"></iframe>",
                "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
                "<a href=\"javascript:" + js + "\">click</a>",
                "javascript:" + js,
                "JaVaScRiPt:" + js,
                "\"><script>" + js + "</script>",
                "'><script>" + js + "</script>",
                "</title><script>" + js + "</script>",
                "</style><script>" + js + "</script>",
                "</textarea><script>" + js + "</script>",
                "<math><mi xlink:href=\"javascript:" + js + "\">x</mi></math>",
                "<details open ontoggle=\"" + js + "\">",
                "<input autofocus onfocus=\"" + js + "\">",
                "<video><source onerror=\"" + js + "\"></video>",
                "<object data=\"javascript:" + js + "\"></object>",
                "<embed src=\"javascript:" + js + "\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + js + "\">",
                "<base href=\"javascript:" + js + "//\">",
                "<form action=\"javascript:" + js + "\"><button>x</button></form>",
                "<link rel=stylesheet href=\"javascript:" + js + "\">",
                "<style>@import 'javascript:" + js + "';</style>",
                "<div style=\"background:url(javascript:" + js + ")\">x</div>",
                "&lt;script&gt;" + js + "&lt;/script&gt;",
                "&#60;script&#62;" + js + "&#60;/script&#62;",
                "<scr<script>ipt>" + js + "</scr</script>ipt>",
                "<!--<script>--><script>" + js + "</script>",
                "<![CDATA[<script>" + js + "</script>]]>",
                "<template><script>" + js + "</script></template>",
                "<noscript><p title=\"</noscript><script>" + js + "</script>\">",
                "\u003cscript\u003e" + js + "\u003c/script\u003e",
                "<marquee onstart=\"" + js + "\">x</marquee>",
                "<select autofocus onfocus=\"" + js + "\"></select>",
                "<keygen autofocus onfocus=\"" + js + "\">",
                "<isindex type=image src=1 onerror=\"" + js + "\">",
                "<x onclick=\"" + js + "\">click</x>",
                "<a href=\"data:text/html,<script>" + js + "</script>\">x</a>",
                "<img src=\"x\" onerror=\"eval(atob('d2luZG93Ll9fcHdud2VkPTE='))\">",
                "${7*7}{{constructor.constructor('" + js + "')()}}",
                "=cmd|' /C calc'!A0",
                "+SUM(1,2)",
                "@SUM(1,2)",
                "-2+3",
                "\"\"><img src=x onerror=" + js + ">",
                "<img src=x:alert(1) onerror=eval(src)>",
                "<svg/onload=" + js + ">",
                "<script>document.title='pwned'</script>"));
        return p;
    }

    @Test
    void noPayloadRunsInTheReport() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(WeeklyReportBrowserTest.CHROMIUM))
                        && Files.isExecutable(Path.of(WeeklyReportBrowserTest.DRIVER)),
                "browser test skipped: chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
        List<String> payloads = payloads();
        assertTrue(payloads.size() >= 50, "at least 50 payloads, got " + payloads.size());
        ObjectMapper m = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            ObjectNode a = m.createObjectNode();
            a.put("id", "p" + i);
            a.put("url", i % 2 == 0 ? "javascript:window.__pwned=1" : "https://x.example/" + p);
            a.put("outlet", "Outlet " + p);
            a.put("published", "2025-02-27");
            a.put("title", "Title " + p);
            a.put("byline", p);
            a.put("body", "The spokesman " + p + " said that troops crossed the border at " + p + ". \"We saw "
                    + p + " there,\" a resident told reporters.");
            jsonl.append(m.writeValueAsString(a)).append('\n');
        }
        Files.writeString(dir.resolve("hostile.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("run", dir.resolve("hostile.jsonl").toString(), "--out", out.toString(),
                "--as-of", "2025-03-01T00:00:00Z"), err.toString());
        Path report = out.resolve("report.html");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(WeeklyReportBrowserTest.CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(WeeklyReportBrowserTest.DRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            // control: the same detection on a page that does let a payload run must see it
            Path unsafe = dir.resolve("unsafe.html");
            Files.writeString(unsafe, "<!DOCTYPE html><title>t</title><p>" + payloads.get(3).replace(";alert(1)", "")
                    + "</p>", StandardCharsets.UTF_8);
            driver.get(unsafe.toUri().toString());
            assertEquals("number", ((JavascriptExecutor) driver).executeScript("return typeof window.__pwned"),
                    "the detection works on an unsafe page");

            driver.get(report.toUri().toString());
            boolean alert;
            try {
                driver.switchTo().alert();
                alert = true;
            } catch (NoAlertPresentException e) {
                alert = false;
            }
            assertTrue(!alert, "an alert opened: a payload ran");
            Object pwned = ((JavascriptExecutor) driver).executeScript("return typeof window.__pwned");
            assertEquals("undefined", pwned, "a payload set window.__pwned");
            assertEquals("Corroborate report", driver.getTitle(), "a payload changed the title");
            String text = driver.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("<script>window.__pwned=1;alert(1)</script>"), "payloads shown as text");
            List<String> errors = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(e.getMessage());
                }
            }
            assertEquals(List.of(), errors, "console errors (a blocked injected script would log one)");
        } finally {
            driver.quit();
        }
    }
}
