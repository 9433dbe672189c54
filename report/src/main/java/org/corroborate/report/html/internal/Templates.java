package org.corroborate.report.html.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * The report templates (under {@code report/src/main/jte}), compiled to Java classes at build time by the
 * jte-maven-plugin, so no template compiler is needed at run time. Every {@code ${...}} in them is escaped by
 * {@link EscapingHtmlOutput}.
 */
public final class Templates {

    /** Where the build puts the compiled templates (the plugin's {@code packageName}). */
    static final String PACKAGE = "org.corroborate.report.html.internal";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    private Templates() {
    }

    /**
     * Renders template {@code name} (e.g. {@code "weekly.jte"}) with its one parameter {@code model} to
     * {@code out}, as it goes.
     *
     * @throws IOException if {@code out} fails
     */
    public static void render(String name, Object model, Writer out) throws IOException {
        try {
            ENGINE.render(name, model, new EscapingHtmlOutput(new WriterOutput(out)));
        } catch (TemplateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }
}
