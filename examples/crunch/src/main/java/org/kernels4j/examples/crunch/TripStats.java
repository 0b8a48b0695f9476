package org.kernels4j.examples.crunch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.kernels4j.ComputePool;
import org.kernels4j.Description;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.Histogram;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;
import org.kernels4j.QuantileMethod;

/**
 * Taxi trips from a CSV file: describe the columns, a histogram and quantiles of the fare,
 * a least-squares fit of the fare on distance and duration through matrix products, and the
 * same statistics again as async work on a pool of workers.
 *
 * <p>Run: {@code java --enable-native-access=org.kernels4j -p <module path> -m
 * org.kernels4j.examples.crunch/org.kernels4j.examples.crunch.TripStats data/trips.csv}.
 * It checks what it can prove about its own results (the histogram counts every trip, the
 * pool's answers equal the synchronous ones, the fit recovers the coefficients the data were
 * made with) and exits with status 1 when a check fails.
 */
public final class TripStats {
    private static int failures;

    private TripStats() {
    }

    /**
     * Reads the CSV named by the first argument and prints the statistics.
     *
     * @param args the path of a CSV file with the columns distance_km, minutes, fare
     * @throws Exception if the file cannot be read or an async task fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TripStats trips.csv");
            System.exit(2);
        }
        KernelsInfo info = Kernels.info();
        System.out.println(info);

        // 1. Load: three numeric columns into double[] (the kernels also take off-heap arrays).
        List<double[]> cols = readCsv(Path.of(args[0]), 3);
        double[] distance = cols.get(0);
        double[] minutes = cols.get(1);
        double[] fare = cols.get(2);
        int n = fare.length;
        System.out.printf(Locale.ROOT, "%n%d trips from %s%n", n, args[0]);

        // 2. Describe: count, mean, std, min, quartiles, max of each column.
        String[] names = {"distance_km", "minutes", "fare"};
        Description[] described = new Description[3];
        for (int j = 0; j < 3; j++) {
            described[j] = Kernels.describe(cols.get(j));
        }
        System.out.printf(Locale.ROOT, "%n%-6s %12s %12s %12s%n", "", names[0], names[1], names[2]);
        printRow("count", described, d -> (double) d.count());
        printRow("mean", described, Description::mean);
        printRow("std", described, Description::std);
        printRow("min", described, Description::min);
        printRow("25%", described, d -> d.at(0.25));
        printRow("50%", described, d -> d.at(0.5));
        printRow("75%", described, d -> d.at(0.75));
        printRow("max", described, Description::max);

        // 3. A histogram of the fare: 12 equal bins over [0, 60).
        Histogram h = Kernels.histogram(fare, 12, 0, 60);
        System.out.printf(Locale.ROOT, "%nfare histogram%n");
        long[] counts = h.counts();
        double[] edges = h.edges();
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        long binned = 0;
        for (int b = 0; b < counts.length; b++) {
            binned += counts[b];
            System.out.printf(Locale.ROOT, "  [%4.0f, %4.0f) %5d %s%n", edges[b], edges[b + 1], counts[b],
                    "#".repeat((int) (40 * counts[b] / max)));
        }
        long above = java.util.Arrays.stream(fare).filter(f -> f >= 60).count();
        check(binned + above == n, "the histogram and the fares above it count every trip");

        // 4. Quantiles of the fare (NumPy's linear method).
        double[] qs = {0.5, 0.9, 0.99};
        double[] fq = Kernels.quantile(fare, qs, QuantileMethod.LINEAR);
        System.out.printf(Locale.ROOT, "%nfare quantiles: median %.2f, 90%% %.2f, 99%% %.2f%n", fq[0], fq[1], fq[2]);
        check(fq[0] == described[2].at(0.5), "the median equals describe's 50%");

        // 5. Matrix products: least squares fare ~ b0 + b1 distance + b2 minutes by the normal
        //    equations, (X^T X) b = X^T y, with X^T X and X^T y from GEMM.
        double[] xv = new double[n * 3];
        for (int i = 0; i < n; i++) {
            xv[3 * i] = 1;
            xv[3 * i + 1] = distance[i];
            xv[3 * i + 2] = minutes[i];
        }
        DoubleMatrix x = DoubleMatrix.wrap(xv, n, 3);
        DoubleMatrix y = DoubleMatrix.wrap(fare.clone(), n, 1);
        DoubleMatrix xtx = DoubleMatrix.zeros(3, 3);
        DoubleMatrix xty = DoubleMatrix.zeros(3, 1);
        Kernels.gemm(true, false, 1.0, x, x, 0.0, xtx);
        Kernels.gemm(true, false, 1.0, x, y, 0.0, xty);
        double[] beta = solve3(xtx, xty);
        DoubleMatrix fitted = Kernels.matmul(x, DoubleMatrix.wrap(beta.clone(), 3, 1));
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = fare[i] - fitted.get(i, 0);
        }
        double rmse = Math.sqrt(Kernels.dot(residual, residual) / n);
        System.out.printf(Locale.ROOT, "%nfit: fare = %.3f + %.3f * distance_km + %.3f * minutes  (rms error %.3f)%n",
                beta[0], beta[1], beta[2], rmse);
        check(Math.abs(beta[1] - 1.80) < 0.1 && Math.abs(beta[2] - 0.35) < 0.05,
                "the fit recovers the slopes the data were made with (1.80, 0.35)");

        // 6. Async work on a pool of 2 workers: describe every column and the fare histogram
        //    at once; each call returns a CompletableFuture.
        try (ComputePool pool = ComputePool.create(2)) {
            List<CompletableFuture<Description>> futures = new ArrayList<>();
            for (double[] c : cols) {
                futures.add(pool.describe(c));
            }
            CompletableFuture<Histogram> hist = pool.histogram(fare, 12, 0, 60);
            CompletableFuture<Double> total = pool.sum(fare);
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            System.out.printf(Locale.ROOT, "%non a pool of %d workers: total fares %.2f%n", pool.workerCount(),
                    total.join());
            for (int j = 0; j < 3; j++) {
                Description d = futures.get(j).join();
                check(d.count() == described[j].count() && d.mean() == described[j].mean()
                        && d.at(0.5) == described[j].at(0.5), names[j] + ": the pool's describe equals the synchronous one");
            }
            check(java.util.Arrays.equals(hist.join().counts(), counts), "the pool's histogram equals the synchronous one");
        }

        if (failures > 0) {
            System.err.println(failures + " check(s) failed");
            System.exit(1);
        }
        System.out.println("\nall checks passed");
    }

    /** The first {@code columns} numeric columns of a CSV file with a header line. */
    static List<double[]> readCsv(Path file, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int rows = lines.size() - 1;
        List<double[]> cols = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            cols.add(new double[rows]);
        }
        for (int i = 0; i < rows; i++) {
            String[] f = lines.get(i + 1).split(",");
            for (int j = 0; j < columns; j++) {
                cols.get(j)[i] = Double.parseDouble(f[j].strip());
            }
        }
        return cols;
    }

    /** Solves the 3x3 system a b = r by Gaussian elimination with partial pivoting. */
    static double[] solve3(DoubleMatrix a, DoubleMatrix r) {
        double[][] m = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = a.get(i, j);
            }
            m[i][3] = r.get(i, 0);
        }
        for (int c = 0; c < 3; c++) {
            int p = c;
            for (int i = c + 1; i < 3; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
                    p = i;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            for (int i = c + 1; i < 3; i++) {
                double f = m[i][c] / m[c][c];
                for (int j = c; j < 4; j++) {
                    m[i][j] -= f * m[c][j];
                }
            }
        }
        double[] b = new double[3];
        for (int i = 2; i >= 0; i--) {
            double s = m[i][3];
            for (int j = i + 1; j < 3; j++) {
                s -= m[i][j] * b[j];
            }
            b[i] = s / m[i][i];
        }
        return b;
    }

    private static void printRow(String label, Description[] ds, java.util.function.ToDoubleFunction<Description> f) {
        System.out.printf(Locale.ROOT, "%-6s", label);
        for (Description d : ds) {
            System.out.printf(Locale.ROOT, " %12.4g", f.applyAsDouble(d));
        }
        System.out.println();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            failures++;
            System.err.println("CHECK FAILED: " + what);
        }
    }
}
