package org.kernels4j.csv.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kernels4j.csv.CsvColumn;
import org.kernels4j.csv.CsvColumns;
import org.kernels4j.csv.CsvTable;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.LongArray;

/**
 * Not a test: CSV parsers side by side on one numeric file (written first if it does not
 * exist): every cell parsed to a double, MB/s of file bytes.
 *
 * <ul>
 *   <li>hand-written: the command-line tool's former tokenizer (BufferedReader lines, a
 *       StringBuilder per cell) and {@code Double.parseDouble};</li>
 *   <li>Commons CSV: {@code CSVParser} records, {@code Double.parseDouble} per field;</li>
 *   <li>FastCSV records: {@code CsvRecord} strings, {@code Double.parseDouble} per field;</li>
 *   <li>kernels4j-csv: FastCSV's callback, cells classified from its buffer into off-heap
 *       columns (what {@code CsvColumns.read} does).</li>
 * </ul>
 *
 * Usage: CsvParserBench FILE [MB] [ROUNDS]
 */
public final class CsvParserBench {
    private CsvParserBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long mb = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (!Files.exists(file)) {
            write(file, mb << 20);
        }
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "file %s: %.1f MB%n", file, bytes / 1e6);
        String[] names = {"hand-written", "Commons CSV 1.14.1", "FastCSV 4.4.0 records", "kernels4j-csv (FastCSV callback)"};
        double[][] mbs = new double[names.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < names.length; v++) {
                long t0 = System.nanoTime();
                double check = switch (v) {
                    case 0 -> handWritten(file);
                    case 1 -> commons(file);
                    case 2 -> fastRecords(file);
                    default -> columns(file);
                };
                double s = (System.nanoTime() - t0) / 1e9;
                mbs[v][r] = bytes / 1e6 / s;
                System.out.printf(Locale.ROOT, "round %d %-34s %6.2f s %7.1f MB/s  (check %.6e)%n", r, names[v], s, mbs[v][r], check);
            }
        }
        System.out.println("best of " + rounds + " rounds, MB/s:");
        for (int v = 0; v < names.length; v++) {
            double best = 0;
            for (double x : mbs[v]) {
                best = Math.max(best, x);
            }
            System.out.printf(Locale.ROOT, "  %-34s %7.1f%n", names[v], best);
        }
    }

    /** 8 columns: an id, integers, 6-decimal floats, full-precision floats (Double.toString). */
    static void write(Path file, long target) throws IOException {
        SplittableRandom r = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,count,price,qty,x,y,z,w\n");
            long written = 0;
            long id = 0;
            StringBuilder sb = new StringBuilder(256);
            while (written < target) {
                sb.setLength(0);
                sb.append(id++).append(',').append(r.nextInt(0, 100_000)).append(',');
                sb.append(String.format(Locale.ROOT, "%.2f", r.nextDouble() * 1000)).append(',');
                sb.append(r.nextInt(1, 500)).append(',');
                sb.append(String.format(Locale.ROOT, "%.6f", r.nextGaussian())).append(',');
                sb.append(String.format(Locale.ROOT, "%.6f", r.nextDouble() * 100 - 50)).append(',');
                sb.append(r.nextGaussian() * 1e3).append(',');
                sb.append(r.nextDouble()).append('\n');
                w.append(sb);
                written += sb.length();
            }
        }
    }

    static double handWritten(Path file) throws IOException {
        double acc = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> fields = new ArrayList<>();
            record(r, ',', fields);
            while (record(r, ',', fields)) {
                for (String f : fields) {
                    acc += Double.parseDouble(f.strip());
                }
            }
        }
        return acc;
    }

    /** The command-line tool's tokenizer as it was (RFC 4180 quotes over readLine). */
    static boolean record(BufferedReader r, char sep, List<String> fields) throws IOException {
        fields.clear();
        String l = r.readLine();
        if (l == null) {
            return false;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= l.length()) {
                if (quoted) {
                    String next = r.readLine();
                    if (next == null) {
                        throw new IOException("unterminated quote");
                    }
                    cell.append('\n');
                    l = next;
                    i = 0;
                    continue;
                }
                fields.add(cell.toString());
                return true;
            }
            char c = l.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < l.length() && l.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == sep) {
                fields.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
    }

    static double commons(Path file) throws IOException {
        double acc = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord rec : p) {
                for (int j = 0; j < rec.size(); j++) {
                    acc += Double.parseDouble(rec.get(j));
                }
            }
        }
        return acc;
    }

    static double fastRecords(Path file) throws IOException {
        double acc = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord rec : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                for (int j = 0; j < rec.getFieldCount(); j++) {
                    acc += Double.parseDouble(rec.getField(j));
                }
            }
        }
        return acc;
    }

    static double columns(Path file) throws IOException {
        double acc = 0;
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = CsvColumns.read(file, arena);
            for (CsvColumn c : t.columns()) {
                if (c.values() instanceof DoubleArray d) {
                    acc += Kernels.sum(d);
                } else if (c.values() instanceof LongArray l) {
                    for (long i = 0; i < l.length(); i++) {
                        acc += l.get(i);
                    }
                }
            }
        }
        return acc;
    }
}
