package org.corroborate.engine.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Location;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;

/**
 * What one input spec names, found on the driver: the inputs to read and the diagnostics and file counts of finding
 * them (no such file, empty folder, documentation skipped), which come before the inputs' own in the report.
 *
 * @param inputs      the inputs, in reading order
 * @param diagnostics what finding them reported, in order
 * @param files       inputs counted as opened while finding them (a missing file)
 * @param filesFailed of which failed
 */
public record Resolution(List<InputRef> inputs, List<Diagnostic> diagnostics, long files, long filesFailed) {

    /** A spec that names a Hadoop file system: a URI with a scheme of two or more letters ({@code C:} is a drive). */
    private static final Pattern HADOOP_URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

    public Resolution {
        inputs = List.copyOf(inputs);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when {@code spec} is read through Hadoop's file systems rather than as a local path. */
    public static boolean isHadoop(String spec) {
        return HADOOP_URI.matcher(spec).matches();
    }

    /** Resolves a spec: a local path, folder or glob exactly as {@link Ingestor#resolve} does, else a Hadoop URI. */
    public static Resolution of(String spec, ReadOptions options, Configuration hadoop) {
        Objects.requireNonNull(spec, "spec");
        Diagnostics d = new Diagnostics(Integer.MAX_VALUE);
        if (isHadoop(spec)) {
            return ofHadoop(spec, hadoop, d);
        }
        Ingestor ingestor = new Ingestor(options, Readers.defaults(), d);
        List<InputRef> refs = new ArrayList<>();
        for (Input in : ingestor.resolve(spec, new ByteArrayInputStream(new byte[0]))) {
            java.nio.file.Path p = in.path().orElseThrow(() -> new IllegalArgumentException(
                    "input '" + in.name() + "' is not a file; the Spark engine reads files and folders, not stdin"));
            refs.add(new InputRef(in.name(), p.toString(), false));
        }
        IngestSummary s = ingestor.summary();
        return new Resolution(refs, d.list(), s.files(), s.filesFailed());
    }

    /**
     * A Hadoop URI: a file, a folder (read recursively, hidden files left out, documentation skipped with a warning,
     * feeds last, else by path) or a glob, as the local engine treats a local path.
     */
    private static Resolution ofHadoop(String spec, Configuration conf, Diagnostics d) {
        List<InputRef> refs = new ArrayList<>();
        long files = 0;
        long failed = 0;
        try {
            Path path = new Path(spec);
            FileSystem fs = path.getFileSystem(conf);
            List<FileStatus> found = new ArrayList<>();
            boolean glob = spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0
                    || spec.indexOf('{') >= 0;
            if (glob) {
                FileStatus[] matched = fs.globStatus(path);
                for (FileStatus st : matched == null ? new FileStatus[0] : matched) {
                    if (st.isDirectory()) {
                        walk(fs, st.getPath(), found);
                    } else {
                        found.add(st);
                    }
                }
                if (found.isEmpty()) {
                    d.warning(Location.ofFile(spec), "empty", "pattern matches no file", "");
                }
            } else if (!fs.exists(path)) {
                files++;
                failed++;
                d.error(Location.ofFile(spec), "unreadable", "no such file or folder; check the path", "");
            } else if (fs.getFileStatus(path).isDirectory()) {
                walk(fs, path, found);
                if (found.isEmpty()) {
                    d.warning(Location.ofFile(spec), "empty", "folder has no files to read", "");
                }
            } else {
                found.add(fs.getFileStatus(path));
            }
            found.sort(Comparator.comparing((FileStatus st) -> Ingestor.isFeed(st.getPath().getName()))
                    .thenComparing(st -> st.getPath().toString()));
            for (FileStatus st : found) {
                String name = st.getPath().toString();
                if ((glob || !st.getPath().equals(fs.makeQualified(path)))
                        && Ingestor.isDocumentation(st.getPath().getName())) {
                    d.warning(Location.ofFile(name), "skipped", "documentation file in a folder is not read as an"
                            + " article; name it on the command line to read it", "");
                } else {
                    refs.add(new InputRef(name, name, true));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            d.error(Location.ofFile(spec), "unreadable", "cannot list: " + e.getMessage(), "");
        }
        return new Resolution(refs, d.list(), files, failed);
    }

    private static void walk(FileSystem fs, Path dir, List<FileStatus> found) throws IOException {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus st = it.next();
            if (st.isFile() && !st.getPath().getName().startsWith(".") && !st.getPath().getName().startsWith("_")) {
                found.add(st);
            }
        }
    }
}
