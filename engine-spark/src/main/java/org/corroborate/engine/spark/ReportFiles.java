package org.corroborate.engine.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.corroborate.report.ReportInput;
import org.corroborate.report.csv.CsvTables;
import org.corroborate.report.html.HtmlReportWriter;
import org.corroborate.report.json.JsonReportWriter;

/**
 * Writes a run's reports into a folder: {@code report.json} and {@code report.html} (as {@code corroborate run}
 * writes them) and the tables {@code claims.csv}, {@code attributions.csv}, {@code sources.csv} and
 * {@code outlets.csv} (as {@code corroborate report} writes them). A local folder gets each file written beside it
 * and moved into place, so a report is never half-written; a Hadoop URI ({@code hdfs://...}) is written through
 * its file system.
 */
public final class ReportFiles {

    /** The files written, in order. */
    public static final List<String> NAMES = List.of("report.json", "report.html", "claims.csv", "attributions.csv",
            "sources.csv", "outlets.csv");

    private ReportFiles() {
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** The content of the report file {@code name} (one of {@link #NAMES}). */
    public static Content content(ReportInput report, String name) {
        return switch (name) {
            case "report.json" -> w -> new JsonReportWriter().write(report, w);
            case "report.html" -> w -> new HtmlReportWriter().write(report, w);
            case "claims.csv" -> w -> CsvTables.claims(report, Map.of(), w);
            case "attributions.csv" -> w -> CsvTables.attributions(report, w);
            case "sources.csv" -> w -> CsvTables.sources(report.corroboration().sources(), w);
            case "outlets.csv" -> w -> CsvTables.outlets(report.corroboration().outlets(), w);
            default -> throw new IllegalArgumentException("no report file named '" + name + "'; expected one of "
                    + NAMES);
        };
    }

    /** Writes every report file into {@code dir}, a local folder or a Hadoop URI, creating it when needed. */
    public static void write(ReportInput report, String dir, Configuration hadoop) throws IOException {
        if (org.corroborate.engine.spark.internal.Resolution.isHadoop(dir)) {
            org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(dir);
            FileSystem fs = base.getFileSystem(hadoop);
            fs.mkdirs(base);
            for (String name : NAMES) {
                try (OutputStream out = fs.create(new org.apache.hadoop.fs.Path(base, name), true);
                     Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    content(report, name).writeTo(w);
                }
            }
            return;
        }
        Path base = Path.of(dir);
        Files.createDirectories(base);
        for (String name : NAMES) {
            Path target = base.resolve(name);
            Path tmp = target.resolveSibling(name + ".tmp");
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                content(report, name).writeTo(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
