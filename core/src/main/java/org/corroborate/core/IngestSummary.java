package org.corroborate.core;

import java.util.Map;

/**
 * What a batch of inputs gave: counts of files, articles, duplicates and skips, and diagnostics by kind.
 *
 * @param files          inputs opened (files, stdin, members of folders)
 * @param filesFailed    inputs that could not be read at all
 * @param articles       articles read and kept
 * @param duplicates     articles left out because one with the same id, canonical URL, or outlet and body was
 *                       already read
 * @param skipped        records skipped on purpose (for example non-HTML WARC records)
 * @param errors         diagnostics of severity error (data lost)
 * @param warnings       diagnostics of severity warning
 * @param diagnosticsByKind every diagnostic counted by kind
 */
public record IngestSummary(long files, long filesFailed, long articles, long duplicates, long skipped, long errors,
                            long warnings, Map<String, Long> diagnosticsByKind) {

    public IngestSummary {
        diagnosticsByKind = Map.copyOf(diagnosticsByKind);
    }

    /** A summary of nothing read. */
    public static IngestSummary empty() {
        return new IngestSummary(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** One line for stderr: {@code 3 files, 7 articles, 1 duplicate, 0 skipped, 1 error (invalid-json 1)}. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        sb.append(files).append(files == 1 ? " file" : " files");
        if (filesFailed > 0) {
            sb.append(" (").append(filesFailed).append(" unreadable)");
        }
        sb.append(", ").append(articles).append(articles == 1 ? " article" : " articles");
        sb.append(", ").append(duplicates).append(duplicates == 1 ? " duplicate" : " duplicates");
        sb.append(", ").append(skipped).append(" skipped");
        sb.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        if (!diagnosticsByKind.isEmpty()) {
            sb.append(" (");
            new java.util.TreeMap<>(diagnosticsByKind).forEach((k, v) -> sb.append(k).append(' ').append(v)
                    .append(", "));
            sb.setLength(sb.length() - 2);
            sb.append(')');
        }
        return sb.toString();
    }
}
