package org.corroborate.engine.spark.internal;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.corroborate.ingest.Input;

/**
 * One input to read on an executor: a local file (read as the local engine reads it) or a file of a Hadoop file
 * system ({@code hdfs://}, {@code s3a://}, {@code file://}, ...).
 *
 * @param name     how diagnostics and articles name it
 * @param location the local path, or the Hadoop URI
 * @param hadoop   true when {@code location} is a Hadoop URI
 */
public record InputRef(String name, String location, boolean hadoop) implements Serializable {

    private static final long serialVersionUID = 1L;

    public InputRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
    }

    /** The input to read, where this runs. */
    public Input open() {
        if (!hadoop) {
            return Input.of(Path.of(location));
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        return new Input(name, () -> p.getFileSystem(new Configuration()).open(p), Optional.empty());
    }
}
