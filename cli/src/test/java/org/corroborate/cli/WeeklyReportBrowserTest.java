package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the weekly report in headless Chromium from {@code file://}: no console error (a CSP violation would be
 * one), the charts are there, a table sorts and filters. Keeps a screenshot in {@code target/browser/}. Skipped when
 * Chromium ({@value #CHROMIUM}) or its driver ({@value #DRIVER}) is not installed (Debian: {@code apt-get install
 * chromium chromium-driver}).
 */
class WeeklyReportBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path dir;

    @Test
    void reportOpensFromFileSortsFiltersAndDrawsItsCharts() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "browser test skipped: " + CHROMIUM + " or " + DRIVER + " is missing (apt-get install chromium"
                        + " chromium-driver)");
        Path report = new WeeklyFixture(dir).build().resolve("report.html");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1200,1600");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER)
                .toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(report.toUri().toString());
            assertTrue(driver.getTitle().startsWith("Corroborate weekly report 2025-W09"), driver.getTitle());

            // the script ran (the CSP admitted it by its hash): it adds a filter box to each sortable table
            assertFalse(driver.findElements(By.cssSelector("label.filter input")).isEmpty(), "filter boxes");

            // charts are drawn
            WebElement status = driver.findElement(By.id("chart-status"));
            assertTrue(status.isDisplayed());
            assertEquals(org.corroborate.core.ClaimStatus.values().length,
                    status.findElements(By.tagName("rect")).size(), "one bar per status");
            WebElement reliability = driver.findElement(By.id("chart-reliability"));
            assertTrue(reliability.getSize().getHeight() > 50, "reliability chart has a height");
            assertEquals(driver.findElements(By.cssSelector("#t-outlets tbody tr")).size(),
                    reliability.findElements(By.tagName("circle")).size(), "one point per outlet");

            // sort the sources table by reliability (numbers), both ways, then by name (text)
            List<Double> before = numbers(driver, "t-sources", 6);
            WebElement reliabilityHead = header(driver, "t-sources", "Reliability");
            reliabilityHead.findElement(By.tagName("button")).click();
            List<Double> up = numbers(driver, "t-sources", 6);
            List<Double> sorted = new ArrayList<>(before);
            sorted.sort(null);
            assertEquals(sorted, up, "ascending after one press");
            assertTrue(!before.equals(up), "the fixture's rows are not already in order, so sorting shows");
            assertEquals("ascending", reliabilityHead.getAttribute("aria-sort"));
            reliabilityHead.findElement(By.tagName("button")).click();
            sorted.sort(java.util.Collections.reverseOrder());
            assertEquals(sorted, numbers(driver, "t-sources", 6), "descending after two presses");
            assertEquals("descending", reliabilityHead.getAttribute("aria-sort"));
            header(driver, "t-sources", "Source").findElement(By.tagName("button")).click();
            List<String> names = new ArrayList<>();
            for (WebElement row : driver.findElements(By.cssSelector("#t-sources tbody tr"))) {
                names.add(row.findElement(By.tagName("th")).getText().strip());
            }
            List<String> alphabetical = new ArrayList<>(names);
            alphabetical.sort(String.CASE_INSENSITIVE_ORDER);
            assertEquals(alphabetical, names);

            // filter the outlets table
            WebElement filter = driver.findElement(By.cssSelector("input[aria-controls='t-outlets']"));
            filter.sendKeys("lakeside");
            long visible = driver.findElements(By.cssSelector("#t-outlets tbody tr")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertEquals(1, visible, "only Lakeside Post is left");

            Path shot = Path.of("target/browser");
            Files.createDirectories(shot);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot.resolve("weekly-report.png"),
                    StandardCopyOption.REPLACE_EXISTING);

            List<String> errors = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(e.getMessage());
                }
            }
            assertEquals(List.of(), errors, "console errors");
        } finally {
            driver.quit();
        }
    }

    private static WebElement header(ChromeDriver driver, String table, String text) {
        return driver.findElement(By.xpath("//table[@id='" + table + "']/thead//th[normalize-space()='" + text
                + "']"));
    }

    private static List<Double> numbers(ChromeDriver driver, String table, int index) {
        List<Double> out = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            out.add(Double.parseDouble(row.findElements(By.cssSelector("th, td")).get(index - 1).getText().strip()));
        }
        return out;
    }
}
