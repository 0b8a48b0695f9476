package org.kernels4j;

import java.util.Arrays;

/**
 * Parses the dictionary of a {@code .npy} header, for example
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}, with a loop over the
 * text and no recursion: the only nesting the format has is the shape tuple, and anything
 * else (a structured dtype's list of fields, nested tuples) is reported, not descended into.
 * Work and memory are linear in the header length, which the caller caps.
 *
 * <p>Problems are {@link IllegalArgumentException}s whose messages quote at most a short,
 * escaped excerpt of the header.
 */
final class NpyHeaderParser {
    /** The three entries of a header. */
    record Dict(String descr, boolean fortranOrder, long[] shape) {
    }

    private final String s;
    private int i;

    private NpyHeaderParser(String s) {
        this.s = s;
    }

    static Dict parse(String text, int maxDims) {
        return new NpyHeaderParser(text).dict(maxDims);
    }

    private IllegalArgumentException error(String what) {
        int from = Math.max(0, i - 10);
        int to = Math.min(s.length(), i + 20);
        return new IllegalArgumentException(what + " at offset " + i + " (near '" + Printable.escape(s.substring(from, to))
                + "')");
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                break;
            }
        }
    }

    private boolean eat(char c) {
        ws();
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private char peek() {
        ws();
        if (i >= s.length()) {
            throw error("unexpected end of the header");
        }
        return s.charAt(i);
    }

    private Dict dict(int maxDims) {
        if (!eat('{')) {
            throw error("the header is not a dictionary");
        }
        String descr = null;
        Boolean fortran = null;
        long[] shape = null;
        while (!eat('}')) {
            int keyAt = i;
            if (peek() != '\'' && peek() != '"') {
                throw error("expected a quoted key");
            }
            String key = string();
            if (!eat(':')) {
                throw error("expected ':' after key '" + Printable.excerpt(key, 40) + "'");
            }
            switch (key) {
                case "descr" -> {
                    if (descr != null) {
                        throw duplicate(key, keyAt);
                    }
                    char c = peek();
                    if (c == '[') {
                        throw new IllegalArgumentException("unsupported dtype: structured array (a list of fields)");
                    }
                    if (c != '\'' && c != '"') {
                        throw error("descr is not a string");
                    }
                    descr = string();
                }
                case "fortran_order" -> {
                    if (fortran != null) {
                        throw duplicate(key, keyAt);
                    }
                    fortran = bool();
                }
                case "shape" -> {
                    if (shape != null) {
                        throw duplicate(key, keyAt);
                    }
                    shape = tuple(maxDims);
                }
                default -> throw new IllegalArgumentException("unexpected key '" + Printable.excerpt(key, 40)
                        + "' (a .npy header has exactly descr, fortran_order and shape)");
            }
            if (!eat(',')) {
                if (!eat('}')) {
                    throw error("expected ',' or '}'");
                }
                break;
            }
        }
        ws();
        if (i != s.length()) {
            throw error("unexpected text after the dictionary");
        }
        if (descr == null || fortran == null || shape == null) {
            throw new IllegalArgumentException("the header lacks "
                    + (descr == null ? "descr" : fortran == null ? "fortran_order" : "shape")
                    + " (a .npy header has exactly descr, fortran_order and shape)");
        }
        return new Dict(descr, fortran, shape);
    }

    private IllegalArgumentException duplicate(String key, int at) {
        i = at;
        return error("duplicate key '" + key + "'");
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == q) {
                return sb.toString();
            }
            if (c == '\n') {
                throw error("unterminated string");
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char e = s.charAt(i++);
                if (e == '\\' || e == '\'' || e == '"') {
                    sb.append(e);
                } else {
                    sb.append('\\').append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private boolean bool() {
        ws();
        if (s.startsWith("True", i)) {
            i += 4;
            return true;
        }
        if (s.startsWith("False", i)) {
            i += 5;
            return false;
        }
        throw error("fortran_order is not True or False");
    }

    private long[] tuple(int maxDims) {
        if (peek() != '(') {
            throw error("shape is not a tuple");
        }
        i++;
        long[] dims = new long[4];
        int n = 0;
        boolean comma = false;
        while (true) {
            char c = peek();
            if (c == ')') {
                i++;
                break;
            }
            if (n > 0 && !comma) {
                throw error("expected ',' or ')' in the shape");
            }
            if (c != '-' && (c < '0' || c > '9')) {
                throw error("shape holds a non-integer");
            }
            if (n == maxDims) {
                throw new IllegalArgumentException("shape has more than " + maxDims + " dimensions");
            }
            if (n == dims.length) {
                dims = Arrays.copyOf(dims, Math.min(maxDims, n * 2));
            }
            dims[n++] = integer();
            comma = eat(',');
        }
        if (n == 1 && !comma) {
            // Python's (3) is the integer 3, not a tuple; NumPy writes (3,).
            throw new IllegalArgumentException("shape (" + dims[0] + ") is not a tuple (a 1-D shape is written (n,))");
        }
        return Arrays.copyOf(dims, n);
    }

    private long integer() {
        boolean negative = false;
        if (s.charAt(i) == '-') {
            negative = true;
            i++;
        }
        int start = i;
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw new IllegalArgumentException("dimension " + Printable.excerpt(s.substring(start), 30)
                        + " is too large");
            }
            v = v * 10 + d;
            i++;
        }
        if (i == start) {
            throw error("expected digits");
        }
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) {
            throw error("shape holds a non-integer");
        }
        if (negative && v != 0) {
            throw new IllegalArgumentException("negative dimension -" + v + " in the shape");
        }
        return v;
    }
}
