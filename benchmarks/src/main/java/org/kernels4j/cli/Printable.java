package org.kernels4j.cli;

/**
 * Text from outside (file names, CSV headers, header fields) made safe for a terminal:
 * control characters, escape sequences and Unicode direction overrides become visible
 * {@code \xNN} / {@code \\uNNNN} escapes. Backslashes are kept, so escaping twice changes
 * nothing, and every line the tool prints can go through it.
 */
final class Printable {
    private Printable() {
    }

    static String escape(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
