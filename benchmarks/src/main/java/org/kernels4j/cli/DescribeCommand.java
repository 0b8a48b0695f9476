package org.kernels4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.foreign.Arena;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kernels4j describe [FILE...]}: pandas-style statistics per numeric column of CSV,
 * .npy and raw .f64 files, computed off-heap on the pool with the native kernels.
 */
@Command(name = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Statistics per numeric column, as pandas' describe(): count, mean, std (ddof 1), min,",
            "25%, 50%, 75%, max, and the number of NaN. NaN is excluded from every statistic.",
            "Files: CSV with a header row (.csv, .tsv; integer columns read as int64, missing values as NaN,",
            "text columns skipped with a note; at most 16384 columns and 1 Mi characters a field),",
            "NumPy .npy (1-D or 2-D; float64, float32, int32,",
            "int64, uint8, bool; either byte order; C or Fortran order), raw little-endian float64 (.f64),",
            "Arrow IPC and Feather v2 (.arrow, .feather, .arrows; float64, float32, int32, int64 columns,",
            "nulls as NaN; record batches read without copying).",
            "npy and f64 files are read off the Java heap, so their size is not limited by the heap.",
            "With no FILE: a built-in deterministic data set (1e6 rows, known distributions, some NaN)."},
        footer = {"", "Examples:", "  kernels4j describe data.csv", "  kernels4j describe --json big.npy > stats.json"})
final class DescribeCommand implements Callable<Integer> {
    /** Inputs larger than this get a progress bar. */
    static final long PROGRESS_BYTES = 100L << 20;

    @ParentCommand
    Kernels4jCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (.csv, .tsv, .npy, .f64).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Pool workers, 1 to 256 (default: available processors, ${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "WHEN", description = "auto (inputs over 100 MB, stderr on a terminal; default), always, never.")
    String progressMode = "auto";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Kernels4jCli.checkWorkers(workers);
        if (!List.of("auto", "always", "never").contains(progressMode)) {
            throw new UsageException("--progress must be auto, always or never, got '" + progressMode + "'");
        }
        // Check every path before any work, so a typo fails at once.
        long totalBytes = 0;
        List<InputFormat> formats = new ArrayList<>();
        long csvBytes = 0;
        for (Path f : files) {
            long size = InputFile.check(f);
            InputFormat format = InputFormat.of(f);
            formats.add(format);
            totalBytes += size;
            if (format.parsesText()) {
                csvBytes += size;
            }
        }
        List<DescribeOutput.Described> results = new ArrayList<>();
        try (Arena arena = Arena.ofShared()) {
            List<InputData> inputs = new ArrayList<>();
            boolean terminal = Kernels4jCli.interactiveErr(err);
            // auto: only on a terminal, where the bar redraws one line; piped stderr keeps the
            // one-line error contract (--progress always prints a line per 10% there).
            boolean show = progressMode.equals("always")
                    || (progressMode.equals("auto") && terminal && totalBytes > PROGRESS_BYTES);
            // Work units: bytes read per pass (CSV parsing counts once more).
            ProgressBar bar = new ProgressBar(err, terminal, show, totalBytes * StatsEngine.PASSES + csvBytes);
            if (files.isEmpty()) {
                inputs.add(DefaultDataSet.create(arena));
            }
            for (int k = 0; k < files.size(); k++) {
                Path f = files.get(k);
                bar.label("reading " + Printable.escape(f.getFileName()));
                inputs.add(open(f, formats.get(k), arena, bar));
            }
            try (StatsEngine engine = new StatsEngine(workers, bar)) {
                // (An OutOfMemoryError below is reported as an internal error by the handler in Kernels4jCli.)
                for (InputData in : inputs) {
                    List<ColumnStats> stats = new ArrayList<>();
                    int i = 0;
                    for (DataColumn c : in.columns()) {
                        i++;
                        bar.label(shortName(in.source()) + " column " + c.name + " (" + i + "/" + in.columns().size() + ")");
                        stats.add(engine.describe(c));
                    }
                    results.add(new DescribeOutput.Described(in, stats));
                }
            } finally {
                bar.finish();
            }
        }
        KernelsInfo info = Kernels.info();
        String engine = String.format(Locale.ROOT, "kernels4j %s backend (%s path) on a pool of %d workers; "
                + "percentiles: the library's quantile kernel on the pool (NumPy's linear method)", info.backend(), info.isa(), workers);
        if (json) {
            out.print(DescribeOutput.json(results, engine));
        } else {
            out.print(DescribeOutput.text(results, "(" + engine + ")"));
        }
        out.flush();
        return 0;
    }

    private static String shortName(String source) {
        int slash = source.lastIndexOf('/');
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    private static InputData open(Path f, InputFormat format, Arena arena, ProgressBar bar) {
        try {
            return format.open(f, arena, bar);
        } catch (NoSuchFileException e) {
            throw UsageException.file(f, "no such file", e);
        } catch (AccessDeniedException e) {
            throw UsageException.file(f, "not readable (permission denied)", e);
        } catch (IOException e) {
            throw UsageException.file(f, "cannot read: " + Printable.escape(e.getMessage()), e);
        }
    }
}
