package org.corroborate.engine.spark;

import java.io.Serializable;
import java.util.Objects;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadOptions;

/**
 * {@link ReadOptions} in a form Spark can ship to executors.
 *
 * @param format the forced format's name, or empty to tell each input's format by its content
 * @param outlet the outlet of articles whose data names none, or empty
 */
public record ReadSettings(String format, String outlet, long maxFileBytes, int maxBodyChars, int maxLineChars,
                           int maxDepth) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReadSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outlet, "outlet");
        toOptions(format, outlet, maxFileBytes, maxBodyChars, maxLineChars, maxDepth); // validates
    }

    public static ReadSettings of(ReadOptions o) {
        return new ReadSettings(o.format().map(Enum::name).orElse(""), o.outlet().orElse(""), o.maxFileBytes(),
                o.maxBodyChars(), o.maxLineChars(), o.maxDepth());
    }

    public ReadOptions toOptions() {
        return toOptions(format, outlet, maxFileBytes, maxBodyChars, maxLineChars, maxDepth);
    }

    private static ReadOptions toOptions(String format, String outlet, long maxFileBytes, int maxBodyChars,
                                         int maxLineChars, int maxDepth) {
        ReadOptions o = ReadOptions.DEFAULTS.withMaxFileBytes(maxFileBytes).withMaxBodyChars(maxBodyChars)
                .withMaxLineChars(maxLineChars).withMaxDepth(maxDepth);
        if (!format.isEmpty()) {
            o = o.withFormat(InputFormat.valueOf(format));
        }
        if (!outlet.isEmpty()) {
            o = o.withOutlet(outlet);
        }
        return o;
    }
}
