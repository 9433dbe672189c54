package org.corroborate.report.html;

import java.io.IOException;
import java.io.Writer;
import org.corroborate.report.html.internal.Templates;

/**
 * Writes {@code compare.html}: outlets side by side, one self-contained page (inline CSS, no script; a
 * Content-Security-Policy forbids both script and remote loads). The page is the jte template {@code compare.jte},
 * which escapes every text.
 */
public final class CompareHtmlWriter {

    /** Writes the page, streaming it to {@code out}. */
    public void write(OutletComparison comparison, Writer out) throws IOException {
        Templates.render("compare.jte", comparison, out);
    }
}
