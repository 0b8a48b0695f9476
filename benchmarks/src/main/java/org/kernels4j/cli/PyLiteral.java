package org.kernels4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser of the Python literals that appear in .npy headers: dicts, tuples and lists,
 * single- or double-quoted strings, integers, True/False/None. Tuples and lists become
 * {@link List}s, integers {@link Long}s. Throws {@link IllegalArgumentException} with the
 * position of the first problem.
 */
final class PyLiteral {
    /** Python's None. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private final String s;
    private int i;

    PyLiteral(String s) {
        this.s = s;
    }

    /** The one literal in the text (surrounding blanks and a trailing newline allowed). */
    Object parseTop() {
        Object v = value();
        ws();
        if (i != s.length()) {
            throw error("unexpected '" + s.charAt(i) + "'");
        }
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Object value() {
        ws();
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return dict();
            case '(':
                return sequence('(', ')');
            case '[':
                return sequence('[', ']');
            case '\'':
            case '"':
                return string();
            default:
                if (c == '-' || c == '+' || Character.isDigit(c)) {
                    return integer();
                }
                if (Character.isLetter(c)) {
                    return word();
                }
                throw error("unexpected '" + c + "'");
        }
    }

    private Map<Object, Object> dict() {
        Map<Object, Object> m = new LinkedHashMap<>();
        i++;
        while (true) {
            ws();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return m;
            }
            Object k = value();
            ws();
            expect(':');
            Object v = value();
            if (m.put(k, v) != null) {
                throw error("duplicate key " + k);
            }
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else {
                ws();
                expect('}');
                return m;
            }
        }
    }

    private List<Object> sequence(char open, char close) {
        List<Object> l = new ArrayList<>();
        i++;
        while (true) {
            ws();
            if (i < s.length() && s.charAt(i) == close) {
                i++;
                return l;
            }
            l.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else {
                expect(close);
                return l;
            }
        }
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == q) {
                return sb.toString();
            }
            if (c == '\\' && i < s.length()) {
                sb.append(s.charAt(i++));
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated string");
    }

    private Long integer() {
        int start = i;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        // Python 2 era headers may write longs as 10L.
        String digits = s.substring(start, i);
        if (i < s.length() && (s.charAt(i) == 'L' || s.charAt(i) == 'l')) {
            i++;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error("bad integer '" + digits + "'");
        }
    }

    private Object word() {
        int start = i;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        String w = s.substring(start, i);
        return switch (w) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> NONE;
            default -> throw error("unexpected name '" + w + "'");
        };
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }
}
