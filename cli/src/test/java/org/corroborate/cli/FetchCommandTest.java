package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code corroborate fetch} against a local server on 127.0.0.1 only. */
class FetchCommandTest {

    private HttpServer server;
    private String base;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body;
        int status = 200;
        if (path.equals("/feed.xml")) {
            body = "<rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link><description>d"
                    + "</description><item><title>P</title><link>" + base + "/p.html</link></item></channel></rss>";
        } else if (path.equals("/p.html")) {
            body = "<html><body><p>Page</p></body></html>";
        } else {
            status = 404;
            body = "no";
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void fetchesIntoTheFolder(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, "# test\n" + base + "/feed.xml\n", StandardCharsets.UTF_8);
        Path outDir = dir.resolve("out");
        assertEquals(0, run("fetch", list.toString(), "--out", outDir.toString(), "--host-delay-ms", "0"),
                err.toString());
        assertTrue(out.toString().contains("1 feed, 1 page: 2 downloaded"), out.toString());
        try (Stream<Path> pages = Files.list(outDir.resolve("pages"))) {
            assertEquals(1, pages.count());
        }
        assertTrue(Files.exists(outDir.resolve(".fetch-index.tsv")));
    }

    @Test
    void aFailedFeedExitsOneAndNamesIt(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, base + "/missing.xml\n" + base + "/feed.xml\n", StandardCharsets.UTF_8);
        assertEquals(1, run("fetch", list.toString(), "--out", dir.resolve("o").toString(), "--host-delay-ms", "0",
                "--retries", "0"));
        assertTrue(err.toString().contains(base + "/missing.xml") && err.toString().contains("HTTP 404"),
                err.toString());
        assertTrue(out.toString().contains("2 downloaded"), out.toString());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertEquals(2, run("fetch", dir.resolve("feeds.txt").toString()));
        assertEquals(2, run("fetch", "x.txt", "--out", dir.toString(), "--retries", "99"));
    }

    @Test
    void missingListExitsOne(@TempDir Path dir) {
        assertEquals(1, run("fetch", dir.resolve("none.txt").toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }
}
