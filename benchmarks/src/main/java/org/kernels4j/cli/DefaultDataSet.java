package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kernels4j.DoubleArray;

/**
 * What {@code kernels4j describe} shows without a file: 1,000,000 rows from a fixed seed,
 * the same on every run, in off-heap memory. Known distributions, so the output can be
 * checked by eye:
 * <ul>
 *   <li>normal: mean 10, sd 2 (quartiles 8.65, 10, 11.35);</li>
 *   <li>uniform: [0, 1) (quartiles 0.25, 0.5, 0.75);</li>
 *   <li>exponential: rate 0.5 (mean 2, sd 2, median 2 ln 2 = 1.386);</li>
 *   <li>dice: integers 1 to 6 (mean 3.5, sd 1.708);</li>
 *   <li>sensor: normal mean 0, sd 1, with every 50th value missing (NaN; 20,000 of them).</li>
 * </ul>
 */
final class DefaultDataSet {
    static final long ROWS = 1_000_000;
    static final long SEED = 20261127L;

    private DefaultDataSet() {
    }

    static InputData create(Arena arena) {
        String[] names = {"normal", "uniform", "exponential", "dice", "sensor"};
        List<DataColumn> cols = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            DoubleArray a = DoubleArray.allocate(arena, ROWS);
            SplittableRandom r = new SplittableRandom(SEED + c);
            for (long i = 0; i < ROWS; i++) {
                double v = switch (c) {
                    case 0 -> 10 + 2 * gaussian(r);
                    case 1 -> r.nextDouble();
                    case 2 -> -2 * Math.log(1 - r.nextDouble());
                    case 3 -> 1 + r.nextInt(6);
                    default -> i % 50 == 49 ? Double.NaN : gaussian(r);
                };
                a.set(i, v);
            }
            cols.add(new DataColumn.Contiguous(names[c], "float64", a));
        }
        return new InputData("default data set", "default",
                ROWS + " rows, seed " + SEED + ": normal(10, 2), uniform[0, 1), exponential(rate 0.5), dice 1-6, "
                        + "sensor normal(0, 1) with every 50th value NaN", ROWS, cols, List.of());
    }

    /** Box-Muller from the seeded generator: the same numbers on every JDK. */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }
}
