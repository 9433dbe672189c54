package org.corroborate.report.html.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Locale;
import org.corroborate.report.html.Html;

/**
 * jte's context-aware HTML output with a stricter escaper for the two contexts our templates write text into. jte
 * tells this output where each {@code ${...}} stands ({@link #setContext}); in element text and in ordinary
 * attribute values the text goes through {@link Html#escape} ({@code & < > " '} escaped, control characters dropped),
 * which is safe in both places and keeps the reports as they were before templates. Everywhere else (inside
 * {@code <script>} or {@code <style>}, in {@code on*} event-handler attributes, and in URL attributes, where jte also
 * drops {@code javascript:} URLs) jte's own escaping applies unchanged.
 */
public final class EscapingHtmlOutput extends OwaspHtmlTemplateOutput {

    private String tag;
    private String attribute;

    public EscapingHtmlOutput(TemplateOutput out) {
        super(out);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (jteDecides()) {
            super.writeUserContent(value);
        } else {
            writeContent(Html.escape(value));
        }
    }

    private boolean jteDecides() {
        if (tag != null && (tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("style"))) {
            return true;
        }
        if (tag == null || attribute == null) {
            return false;
        }
        String a = attribute.toLowerCase(Locale.ROOT);
        return a.startsWith("on") || a.equals("href") || a.equals("src") || a.equals("action")
                || a.equals("formaction") || a.equals("srcdoc");
    }
}
