package org.kernels4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Text (pandas-like) and JSON renderings of describe results. */
final class DescribeOutput {
    record Described(InputData input, List<ColumnStats> stats) {
    }

    private DescribeOutput() {
    }

    private static final String[] ROWS = {"count", "mean", "std", "min", "25%", "50%", "75%", "max", "NaN"};

    private static List<Function<ColumnStats, String>> cells() {
        return List.of(
                s -> Long.toString(s.count()),
                s -> num(s.mean()), s -> num(s.std()), s -> num(s.min()), s -> num(s.p25()),
                s -> num(s.p50()), s -> num(s.p75()), s -> num(s.max()),
                s -> Long.toString(s.nan()));
    }

    /** Six significant digits, as pandas prints; NaN, inf, -inf spelled as pandas does. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp >= 9 || exp < -4) {
            String m = b.unscaledValue().abs().toString();
            String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            return (b.signum() < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        return b.toPlainString();
    }

    static String text(List<Described> all, String footer) {
        StringBuilder sb = new StringBuilder();
        for (Described d : all) {
            sb.append(Printable.escape(d.input().source())).append("  (").append(Printable.escape(d.input().detail())).append(")\n");
            for (String n : d.input().notes()) {
                sb.append("note: ").append(Printable.escape(n)).append('\n');
            }
            List<ColumnStats> cols = d.stats();
            if (cols.isEmpty()) {
                sb.append("(no numeric columns)\n\n");
                continue;
            }
            // Blocks of columns that fit in about 100 characters.
            int start = 0;
            while (start < cols.size()) {
                List<String[]> block = new ArrayList<>();
                int width = 6;
                int end = start;
                while (end < cols.size()) {
                    ColumnStats s = cols.get(end);
                    String[] colCells = new String[ROWS.length + 1];
                    colCells[0] = Printable.escape(s.name());
                    List<Function<ColumnStats, String>> fs = cells();
                    int w = colCells[0].length();
                    for (int r = 0; r < ROWS.length; r++) {
                        colCells[r + 1] = fs.get(r).apply(s);
                        w = Math.max(w, colCells[r + 1].length());
                    }
                    if (end > start && width + w + 2 > 100) {
                        break;
                    }
                    width += w + 2;
                    block.add(colCells);
                    end++;
                }
                int[] w = new int[block.size()];
                for (int c = 0; c < block.size(); c++) {
                    for (String x : block.get(c)) {
                        w[c] = Math.max(w[c], x.length());
                    }
                }
                for (int r = 0; r <= ROWS.length; r++) {
                    String label = r == 0 ? "" : ROWS[r - 1];
                    sb.append(label).append(" ".repeat(6 - label.length()));
                    for (int c = 0; c < block.size(); c++) {
                        String x = block.get(c)[r];
                        sb.append("  ").append(" ".repeat(w[c] - x.length())).append(x);
                    }
                    sb.append('\n');
                }
                start = end;
                if (start < cols.size()) {
                    sb.append('\n');
                }
            }
            sb.append('\n');
        }
        if (footer != null) {
            sb.append(footer).append('\n');
        }
        return sb.toString();
    }

    static String json(List<Described> all, String engine) {
        StringBuilder sb = new StringBuilder("{\"engine\":").append(str(engine)).append(",\"inputs\":[");
        for (int i = 0; i < all.size(); i++) {
            Described d = all.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\n{\"source\":").append(str(d.input().source()))
                    .append(",\"format\":").append(str(d.input().format()))
                    .append(",\"detail\":").append(str(d.input().detail()))
                    .append(",\"rows\":").append(d.input().rows())
                    .append(",\"notes\":[");
            for (int k = 0; k < d.input().notes().size(); k++) {
                sb.append(k > 0 ? "," : "").append(str(d.input().notes().get(k)));
            }
            sb.append("],\"columns\":[");
            for (int k = 0; k < d.stats().size(); k++) {
                ColumnStats s = d.stats().get(k);
                sb.append(k > 0 ? "," : "").append("\n {\"name\":").append(str(s.name()))
                        .append(",\"dtype\":").append(str(s.dtype()))
                        .append(",\"count\":").append(s.count())
                        .append(",\"mean\":").append(jnum(s.mean()))
                        .append(",\"std\":").append(jnum(s.std()))
                        .append(",\"min\":").append(jnum(s.min()))
                        .append(",\"25%\":").append(jnum(s.p25()))
                        .append(",\"50%\":").append(jnum(s.p50()))
                        .append(",\"75%\":").append(jnum(s.p75()))
                        .append(",\"max\":").append(jnum(s.max()))
                        .append(",\"nan\":").append(s.nan()).append('}');
            }
            sb.append("]}");
        }
        return sb.append("\n]}\n").toString();
    }

    /** JSON has no NaN or infinities: null, as pandas' to_json writes them. Full precision otherwise. */
    static String jnum(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Printable.needsEscape(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
