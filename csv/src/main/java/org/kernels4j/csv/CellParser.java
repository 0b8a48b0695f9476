package org.kernels4j.csv;

import java.util.Locale;
import java.util.Set;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Classifies one cell straight from the parser's character buffer, without making a String
 * for the common case: an integer (fits a long), a decimal number, a missing-value marker or
 * text. Decimals with at most 15 significant digits and a power of ten within 10^±22 are
 * converted exactly (one correctly rounded multiplication or division of two exact doubles,
 * Clinger's fast path); every other number goes through FastDoubleParser (Eisel-Lemire with
 * a correct fallback), so every result is the correctly rounded double of the text, as
 * {@link Double#parseDouble} gives (the tests compare bit for bit).
 */
final class CellParser {
    static final int INT = 0;
    static final int FLOAT = 1;
    static final int MISSING = 2;
    static final int TEXT = 3;

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final Set<String> na;
    private final boolean emptyIsMissing;
    long longValue;
    double doubleValue;

    CellParser(Set<String> naValues) {
        this.na = naValues;
        this.emptyIsMissing = naValues.contains("");
    }

    /** The kind of the cell; sets {@link #longValue} (INT) or {@link #doubleValue} (INT, FLOAT, MISSING). */
    int parse(char[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        while (end > i && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (i == end) {
            doubleValue = Double.NaN;
            return emptyIsMissing ? MISSING : TEXT;
        }
        int start = i;
        boolean neg = false;
        if (b[i] == '+' || b[i] == '-') {
            neg = b[i] == '-';
            i++;
        }
        long mant = 0;
        int sig = 0;          // significant digits kept in mant
        int dropped = 0;      // integer digits beyond the 18 kept (each scales by 10)
        int digits = 0;
        boolean lz = true;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            int d = b[i] - '0';
            if (lz && d == 0) {
                // leading zeros do not count as significant
            } else {
                lz = false;
                if (sig < 18) {
                    mant = mant * 10 + d;
                    sig++;
                } else {
                    dropped++;
                }
            }
            digits++;
            i++;
        }
        boolean isInt = true;
        int fracScale = 0;    // digits after the point kept in mant
        boolean inexact = dropped > 0;
        if (i < end && b[i] == '.') {
            isInt = false;
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                int d = b[i] - '0';
                if (lz && d == 0) {
                    fracScale++;
                } else {
                    lz = false;
                    if (sig < 18) {
                        mant = mant * 10 + d;
                        sig++;
                        fracScale++;
                    } else if (d != 0) {
                        inexact = true;
                    }
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return word(b, start, end);
        }
        int exp = 0;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            isInt = false;
            i++;
            boolean eneg = false;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                eneg = b[i] == '-';
                i++;
            }
            int ed = 0;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (exp < 100_000) {
                    exp = exp * 10 + (b[i] - '0');
                }
                ed++;
                i++;
            }
            if (ed == 0) {
                return word(b, start, end);
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (i != end) {
            return word(b, start, end);
        }
        if (isInt && dropped == 0) {
            longValue = neg ? -mant : mant;
            doubleValue = longValue;
            return INT;
        }
        if (isInt) {
            // 19 or more digits: a long if it fits, else a float.
            String t = new String(b, start, end - start);
            try {
                longValue = Long.parseLong(t.charAt(0) == '+' ? t.substring(1) : t);
                doubleValue = longValue;
                return INT;
            } catch (NumberFormatException tooBig) {
                doubleValue = JavaDoubleParser.parseDouble(b, start, end - start);
                return FLOAT;
            }
        }
        int e10 = exp + dropped - fracScale;
        if (!inexact && sig <= 15 && e10 >= -22 && e10 <= 22) {
            double m = mant;
            double v = e10 >= 0 ? m * POW10[e10] : m / POW10[-e10];
            doubleValue = neg ? -v : v;
            return FLOAT;
        }
        // Valid by the grammar above, so Java's syntax extras (hex, 'd'/'f' suffixes) never reach it.
        doubleValue = JavaDoubleParser.parseDouble(b, start, end - start);
        return FLOAT;
    }

    /** Not a number by the grammar: infinity, a missing-value marker, or text. */
    private int word(char[] b, int start, int end) {
        if (end - start > 24) {
            return TEXT;
        }
        String l = new String(b, start, end - start).toLowerCase(Locale.ROOT);
        switch (l) {
            case "inf", "+inf", "infinity", "+infinity" -> {
                doubleValue = Double.POSITIVE_INFINITY;
                return FLOAT;
            }
            case "-inf", "-infinity" -> {
                doubleValue = Double.NEGATIVE_INFINITY;
                return FLOAT;
            }
            default -> {
                doubleValue = Double.NaN;
                return na.contains(l) ? MISSING : TEXT;
            }
        }
    }
}
