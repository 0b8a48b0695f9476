package org.kernels4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * report.html: self-contained (inline CSS and SVG, no script, nothing fetched), well-formed
 * XHTML so that it can be checked with an XML parser. One chart per op: throughput against
 * size on log-log axes, one line per backend ({@code <g class="series" data-backend=...>}),
 * with JMH's error as bars.
 */
final class HtmlReport {
    private static final String[] PALETTE = {
        "#1f77b4", "#ff7f0e", "#8c564b", "#2ca02c", "#d62728", "#9467bd", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#000000", "#637939",
    };
    private static final int W = 560;
    private static final int H = 330;
    private static final int ML = 64;
    private static final int MR = 150;
    private static final int MT = 30;
    private static final int MB = 46;

    private HtmlReport() {
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String color(String backend) {
        int i = Backends.order(backend);
        return PALETTE[Math.floorMod(i < Backends.KNOWN.size() ? i : backend.hashCode(), PALETTE.length)];
    }

    static String render(BenchResults r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>kernels4j bench ").append(esc(r.date)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#222;max-width:1200px}\n")
                .append("h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ddd}\n")
                .append(".meta{font-size:13px;color:#444}.meta td{padding:1px 10px 1px 0;vertical-align:top}\n")
                .append(".charts{display:flex;flex-wrap:wrap;gap:12px}\n")
                .append("svg{background:#fff;border:1px solid #e4e4e4}\n")
                .append("svg text{font-size:11px;fill:#333}svg .title{font-size:13px;font-weight:600}\n")
                .append("svg .grid{stroke:#eee}svg .axis{stroke:#888}\n")
                .append("table.results{border-collapse:collapse;font-size:12px;margin-top:8px}\n")
                .append("table.results td,table.results th{border:1px solid #ddd;padding:2px 6px;text-align:right}\n")
                .append("table.results td.l,table.results th.l{text-align:left}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>kernels4j bench</h1>\n<table class=\"meta\">\n");
        meta(h, "date", r.date);
        meta(h, "command", r.command);
        meta(h, "CPU", r.machine.cpu() + " (" + r.machine.cores() + " cores available to the JVM)");
        meta(h, "CPU path", r.machine.isa() + (r.machine.bestIsa() != null ? " (best this CPU supports: " + r.machine.bestIsa() + ")" : "")
                + ", " + r.machine.backend() + " backend");
        if (r.machine.gemm() != null) {
            meta(h, "GEMM configuration", r.machine.gemm());
        }
        if (r.machine.sort() != null) {
            meta(h, "Sort choices", r.machine.sort());
        }
        if (r.capacityStart != null) {
            meta(h, "capacity at start", r.capacityStart.summary());
        }
        if (r.capacityEnd != null) {
            meta(h, "capacity at end", r.capacityEnd.summary());
        }
        meta(h, "JDK", r.machine.jdk());
        meta(h, "OS", r.machine.os());
        meta(h, "NumPy", r.numpyVersion != null ? r.numpyVersion : "absent (" + r.absent.getOrDefault("numpy", "not requested") + ")");
        meta(h, "settings", r.settings);
        h.append("</table>\n");

        List<String> legend = new ArrayList<>();
        for (BenchResults.FamilyView fv : r.families) {
            for (String b : fv.backends()) {
                if (!legend.contains(b)) {
                    legend.add(b);
                }
            }
        }
        h.append("<h2>Backends</h2>\n<table class=\"meta\">\n");
        for (String b : legend) {
            String why = r.absent.get(b);
            meta(h, b, Backends.description(b) + (b.equals("pool") ? " (" + r.workers + " workers)" : "")
                    + (why != null ? " — absent: " + why : ""));
        }
        h.append("</table>\n<p class=\"meta\">Throughput, higher is better. GB/s counts the bytes of the inputs"
                + " and outputs once per call; error bars are JMH's 99.9% confidence half-widths (for NumPy the"
                + " same statistic over its timed iterations). The machine is shared and noisy: compare ratios"
                + " within one run.</p>\n");

        List<BenchResults.Ratio> vs = r.numpyRatios();
        if (!vs.isEmpty()) {
            boolean speedups = vs.stream().anyMatch(q -> !Double.isNaN(q.speedup()));
            h.append("<h2 id=\"vs-numpy\">kernels4j \u00f7 NumPy</h2>\n<p class=\"meta\">")
                    .append(esc(BenchResults.RATIO_NOTE)).append("</p>\n")
                    .append("<table class=\"results\" data-summary=\"numpy\">\n<tr><th class=\"l\">op</th><th>n</th>"
                            + "<th>kernels4j (one thread)</th><th>pool(").append(r.workers).append(")</th>")
                    .append(speedups ? "<th>pool(" + r.workers + ") / pool1</th>" : "").append("</tr>\n");
            for (BenchResults.Ratio q : vs) {
                h.append("<tr><td class=\"l\">").append(esc(q.op())).append("</td><td>").append(BenchResults.size(q.n()))
                        .append("</td>").append(ratioCell(q.sync())).append(ratioCell(q.pool()))
                        .append(speedups ? ratioCell(q.speedup(), q.speedupWithinError()) : "").append("</tr>\n");
            }
            h.append("</table>\n");
        }

        for (BenchResults.FamilyView fv : r.families) {
            h.append("<h2 id=\"family-").append(esc(fv.name())).append("\">").append(esc(fv.name())).append("</h2>\n");
            h.append("<div class=\"charts\">\n");
            for (String op : fv.ops()) {
                chart(h, r, fv, op);
            }
            h.append("</div>\n");
            table(h, r, fv);
            String ratios = r.poolRatios(fv);
            if (!ratios.isEmpty()) {
                h.append("<p class=\"meta\">Speed-up of the pool's workers (same run): ").append(esc(ratios)).append("</p>\n");
            }
        }
        h.append("<p class=\"meta\">Raw data: jmh-result.json (JMH) and numpy-result.tsv next to this file.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String ratioCell(double v) {
        return ratioCell(v, false);
    }

    /** A ratio, a loss in red; withinError: the two sides differ by no more than their error bars. */
    private static String ratioCell(double v, boolean withinError) {
        if (Double.isNaN(v)) {
            return "<td>n/a</td>";
        }
        String text = BenchResults.ratio(v);
        return v < 1 ? "<td class=\"loss\" style=\"color:#b00020;font-weight:600\">" + esc(text)
                + (withinError ? " (loss, within error)" : " (loss)") + "</td>"
                : "<td>" + esc(text) + "</td>";
    }

    private static void meta(StringBuilder h, String k, String v) {
        h.append("<tr><td><b>").append(esc(k)).append("</b></td><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static void table(StringBuilder h, BenchResults r, BenchResults.FamilyView fv) {
        h.append("<table class=\"results\" data-family=\"").append(esc(fv.name())).append("\">\n<tr><th class=\"l\">op</th><th>n</th><th class=\"l\">unit</th>");
        for (String b : fv.backends()) {
            h.append("<th>").append(esc(b)).append("</th>");
        }
        h.append("</tr>\n");
        for (String op : fv.ops()) {
            for (long n : fv.sizes()) {
                h.append("<tr><td class=\"l\">").append(esc(op)).append("</td><td>").append(BenchResults.size(n))
                        .append("</td><td class=\"l\">").append(esc(r.unitOf(fv, op))).append("</td>");
                for (String b : fv.backends()) {
                    h.append("<td>").append(esc(r.cell(fv, op, b, n))).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void chart(StringBuilder h, BenchResults r, BenchResults.FamilyView fv, String op) {
        List<BenchResults.Point> pts = new ArrayList<>();
        for (BenchResults.Point p : r.points) {
            if (p.family().equals(fv.name()) && p.op().equals(op) && p.value() > 0 && Double.isFinite(p.value())) {
                pts.add(p);
            }
        }
        String unit = r.unitOf(fv, op);
        double xmin = Math.log10(fv.sizes().stream().mapToLong(Long::longValue).min().orElse(1));
        double xmax = Math.log10(fv.sizes().stream().mapToLong(Long::longValue).max().orElse(10));
        if (xmax - xmin < 1e-9) {
            xmin -= 0.5;
            xmax += 0.5;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // The axis spans the values; error bars are clipped to it (on a shared, noisy machine a
        // short run's 99.9% interval can be wider than the value itself).
        for (BenchResults.Point p : pts) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        if (pts.isEmpty()) {
            lo = 1;
            hi = 10;
        }
        double ymin = Math.floor(Math.log10(lo));
        double ymax = Math.ceil(Math.log10(hi));
        if (ymax - ymin < 1) {
            ymax = ymin + 1;
        }
        final double x0 = xmin;
        final double x1 = xmax;
        final double y0 = ymin;
        final double y1 = ymax;
        int pw = W - ML - MR;
        int ph = H - MT - MB;
        java.util.function.DoubleUnaryOperator sx = v -> ML + (Math.log10(v) - x0) / (x1 - x0) * pw;
        java.util.function.DoubleUnaryOperator sy = v -> MT + ph - (Math.log10(v) - y0) / (y1 - y0) * ph;

        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-family=\"").append(esc(fv.name()))
                .append("\" data-op=\"").append(esc(op)).append("\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\">\n");
        h.append("<text class=\"title\" x=\"").append(ML).append("\" y=\"18\">").append(esc(op)).append(" (")
                .append(esc(fv.name())).append(")</text>\n");
        // y grid: decades, and 2 and 5 within when there are few decades
        for (int d = (int) ymin; d <= (int) ymax; d++) {
            for (int m : (ymax - ymin <= 3 ? new int[] {1, 2, 5} : new int[] {1})) {
                double v = m * Math.pow(10, d);
                if (Math.log10(v) > ymax + 1e-9) {
                    continue;
                }
                double y = sy.applyAsDouble(v);
                h.append("<line class=\"grid\" x1=\"").append(ML).append("\" x2=\"").append(ML + pw).append("\" y1=\"")
                        .append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
                h.append("<text x=\"").append(ML - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                        .append(esc(BenchResults.num(v))).append("</text>\n");
            }
        }
        for (long n : fv.sizes()) {
            double x = sx.applyAsDouble(n);
            h.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(MT)
                    .append("\" y2=\"").append(MT + ph).append("\"/>");
            h.append("<text x=\"").append(f(x)).append("\" y=\"").append(MT + ph + 16).append("\" text-anchor=\"middle\">")
                    .append(BenchResults.size(n)).append("</text>\n");
        }
        h.append("<line class=\"axis\" x1=\"").append(ML).append("\" x2=\"").append(ML + pw).append("\" y1=\"").append(MT + ph)
                .append("\" y2=\"").append(MT + ph).append("\"/>");
        h.append("<line class=\"axis\" x1=\"").append(ML).append("\" x2=\"").append(ML).append("\" y1=\"").append(MT)
                .append("\" y2=\"").append(MT + ph).append("\"/>\n");
        h.append("<text x=\"").append(ML + pw / 2).append("\" y=\"").append(H - 8).append("\" text-anchor=\"middle\">n (elements)</text>\n");
        h.append("<text x=\"14\" y=\"").append(MT + ph / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(MT + ph / 2).append(")\">").append(esc(unit)).append("</text>\n");

        int li = 0;
        for (String b : fv.backends()) {
            List<BenchResults.Point> series = new ArrayList<>();
            for (BenchResults.Point p : pts) {
                if (p.backend().equals(b)) {
                    series.add(p);
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            series.sort(java.util.Comparator.comparingLong(BenchResults.Point::n));
            String c = color(b);
            h.append("<g class=\"series\" data-backend=\"").append(esc(b)).append("\">\n");
            StringBuilder poly = new StringBuilder();
            for (BenchResults.Point p : series) {
                poly.append(f(sx.applyAsDouble(p.n()))).append(',').append(f(sy.applyAsDouble(p.value()))).append(' ');
            }
            h.append("<polyline fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2\" points=\"")
                    .append(poly.toString().strip()).append("\"/>\n");
            for (BenchResults.Point p : series) {
                double x = sx.applyAsDouble(p.n());
                double y = sy.applyAsDouble(p.value());
                if (Double.isFinite(p.error()) && p.error() > 0) {
                    double ylo = sy.applyAsDouble(Math.max(p.value() - p.error(), Math.pow(10, ymin)));
                    double yhi = sy.applyAsDouble(Math.min(p.value() + p.error(), Math.pow(10, ymax)));
                    h.append("<line class=\"error\" stroke-opacity=\"0.35\" stroke-width=\"3\" stroke=\"").append(c).append("\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x))
                            .append("\" y1=\"").append(f(ylo)).append("\" y2=\"").append(f(yhi)).append("\"/>");
                }
                h.append("<circle class=\"point\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"3.5\" fill=\"")
                        .append(c).append("\" data-n=\"").append(p.n()).append("\" data-value=\"")
                        .append(String.format(Locale.ROOT, "%.6g", p.value())).append("\"><title>")
                        .append(esc(b + ", n=" + p.n() + ": " + BenchResults.num(p.value()) + " " + unit
                                + (Double.isFinite(p.error()) ? " ± " + BenchResults.num(p.error()) : "")))
                        .append("</title></circle>\n");
            }
            int ly = MT + 6 + li * 18;
            h.append("<line x1=\"").append(W - MR + 12).append("\" x2=\"").append(W - MR + 32).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke=\"").append(c).append("\" stroke-width=\"2\"/>");
            h.append("<text class=\"legend\" x=\"").append(W - MR + 38).append("\" y=\"").append(ly + 4).append("\">")
                    .append(esc(b.equals("pool") ? "pool(" + r.workers + ")" : b)).append("</text>\n");
            h.append("</g>\n");
            li++;
        }
        h.append("</svg>\n");
    }
}
