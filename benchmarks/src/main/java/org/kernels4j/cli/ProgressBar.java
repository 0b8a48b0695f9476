package org.kernels4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr, advanced from worker threads. On a terminal it redraws one line
 * at most every 200 ms; otherwise it prints a line every 10%. Disabled (no output) when
 * the work is small.
 */
final class ProgressBar {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean enabled;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private volatile String label = "";
    private long lastDraw;
    private int lastDecile = -1;
    private final long start = System.nanoTime();

    ProgressBar(PrintWriter err, boolean terminal, boolean enabled, long total) {
        this.err = err;
        this.terminal = terminal;
        this.enabled = enabled && total > 0;
        this.total = Math.max(1, total);
    }

    static ProgressBar none() {
        return new ProgressBar(null, false, false, 0);
    }

    void label(String s) {
        label = s;
        draw(false);
    }

    void advance(long units) {
        done.addAndGet(units);
        draw(false);
    }

    synchronized void draw(boolean force) {
        if (!enabled) {
            return;
        }
        double f = Math.min(1.0, done.get() / (double) total);
        long now = System.nanoTime();
        if (terminal) {
            if (!force && now - lastDraw < 200_000_000L) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int fill = (int) Math.round(f * width);
            double el = (now - start) / 1e9;
            String eta = f > 0.02 ? ProgressFormat.duration(el / f - el) + " left" : "";
            err.print("\r\033[2K[" + "#".repeat(fill) + "-".repeat(width - fill) + "] "
                    + String.format(Locale.ROOT, "%3.0f%% ", f * 100) + label + "  " + eta);
            err.flush();
        } else {
            int decile = (int) Math.floor(f * 10);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(String.format(Locale.ROOT, "progress %3d%% %s", decile * 10, label));
                err.flush();
            }
        }
    }

    synchronized void finish() {
        if (enabled && terminal) {
            err.print("\r\033[2K");
            err.flush();
        }
    }
}
