package org.corroborate.report.html;

/** Escaping for HTML text and attribute values. Every piece of input text goes through it. */
public final class Html {

    private Html() {
    }

    /** {@code s} with {@code & < > " '} escaped, and control characters other than tab and newline dropped. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeTo(s, 0, s.length(), sb);
        return sb.toString();
    }

    /** Appends the escaped {@code s[from, to)} to {@code sb}. */
    public static void escapeTo(String s, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
    }
}
