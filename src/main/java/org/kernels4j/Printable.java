package org.kernels4j;

/**
 * Text from files (names, headers) made safe to print: control characters, terminal escape
 * sequences and Unicode direction overrides become visible escapes, so an error message can
 * never move the cursor, recolour a terminal or hide part of itself.
 */
final class Printable {
    private Printable() {
    }

    /**
     * {@code s} with every C0/C1 control character, DEL, line/paragraph separator and
     * bidirectional control written as {@code \xNN} or {@code \\uNNNN}. Other characters,
     * backslashes included, are kept, so escaping twice changes nothing.
     */
    static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                if (c < 0x100) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@link #escape} of at most {@code max} characters of {@code s}, with "..." when cut. */
    static String excerpt(String s, int max) {
        if (s.length() > max) {
            return escape(s.substring(0, max)) + "...";
        }
        return escape(s);
    }

    static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
