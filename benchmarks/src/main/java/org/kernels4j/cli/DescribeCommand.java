package org.kernels4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kernels4j.DoubleArray;
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
 * .npy, raw .f64 and Arrow IPC / Feather files, computed off-heap on the pool with the native
 * kernels.
 */
@Command(name = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Statistics per numeric column, as pandas' describe(): count, mean, std (ddof 1), min,",
            "25%, 50%, 75%, max, and the number of NaN. NaN is excluded from every statistic.",
            "Files: CSV with a header row (.csv, .tsv), NumPy .npy (1-D or 2-D; float64, float32, int32,",
            "int64; little-endian, C order), raw little-endian float64 (.f64), Arrow IPC and Feather v2",
            "(.arrow, .feather, .arrows; float64/float32/int32/int64 columns, nulls as NaN). npy and f64",
            "files are memory-mapped and Arrow batches read without copying, so their size is not",
            "limited by the Java heap.",
            "With no FILE: a built-in deterministic data set (1e6 rows, known distributions, some NaN)."},
        footer = {"", "Examples:", "  kernels4j describe data.csv", "  kernels4j describe --json big.npy > stats.json"})
final class DescribeCommand implements Callable<Integer> {
    /** Inputs larger than this get a progress bar. */
    static final long PROGRESS_BYTES = 100L << 20;

    @ParentCommand
    Kernels4jCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (.csv, .tsv, .npy, .f64, .arrow, .feather, .arrows).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Pool workers (default: available processors, ${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "WHEN", description = "auto (inputs over 100 MB; default), always, never.")
    String progressMode = "auto";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 1) {
            throw new UsageException("--workers must be at least 1, got " + workers);
        }
        if (!List.of("auto", "always", "never").contains(progressMode)) {
            throw new UsageException("--progress must be auto, always or never, got '" + progressMode + "'");
        }
        // Check every path before any work, so a typo fails at once.
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += checkReadable(f);
        }
        List<DescribeOutput.Described> results = new ArrayList<>();
        try (Arena arena = Arena.ofShared()) {
            List<InputData> inputs = new ArrayList<>();
            boolean terminal = Kernels4jCli.interactiveErr(err);
            boolean show = progressMode.equals("always") || (progressMode.equals("auto") && totalBytes > PROGRESS_BYTES);
            // Work units: bytes read per pass (CSV parsing counts once more).
            long csvBytes = 0;
            for (Path f : files) {
                if (formatOf(f).equals("csv")) {
                    csvBytes += Files.size(f);
                }
            }
            ProgressBar bar = new ProgressBar(err, terminal, show, totalBytes * StatsEngine.PASSES + csvBytes);
            if (files.isEmpty()) {
                inputs.add(DefaultDataSet.create(arena));
            }
            for (Path f : files) {
                bar.label("reading " + f.getFileName());
                inputs.add(open(f, arena, bar));
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

    static String formatOf(Path f) {
        String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".npy")) {
            return "npy";
        }
        if (n.endsWith(".f64")) {
            return "f64";
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return "csv";
        }
        if (n.endsWith(".arrow") || n.endsWith(".feather") || n.endsWith(".arrows")) {
            return "arrow";
        }
        return "unknown";
    }

    private static long checkReadable(Path f) {
        if (formatOf(f).equals("unknown")) {
            throw UsageException.file(f, "unknown file type (expected .csv, .tsv, .npy, .f64, .arrow, .feather or .arrows)");
        }
        if (!Files.exists(f)) {
            throw UsageException.file(f, "no such file");
        }
        if (Files.isDirectory(f)) {
            throw UsageException.file(f, "is a directory");
        }
        if (!Files.isReadable(f)) {
            throw UsageException.file(f, "not readable (permission denied)");
        }
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw UsageException.file(f, "cannot read: " + e.getMessage(), e);
        }
    }

    private static InputData open(Path f, Arena arena, ProgressBar bar) {
        try {
            return switch (formatOf(f)) {
                case "npy" -> NpyFile.open(f, arena);
                case "csv" -> ColumnarFiles.csv(f, arena, bar);
                case "arrow" -> ColumnarFiles.arrow(f, arena);
                default -> openF64(f, arena);
            };
        } catch (NoSuchFileException e) {
            throw UsageException.file(f, "no such file", e);
        } catch (AccessDeniedException e) {
            throw UsageException.file(f, "not readable (permission denied)", e);
        } catch (IOException e) {
            throw UsageException.file(f, "cannot read: " + e.getMessage(), e);
        }
    }

    private static InputData openF64(Path f, Arena arena) throws IOException {
        long size = Files.size(f);
        if (size % 8 != 0) {
            throw UsageException.file(f, "size " + size + " bytes is not a whole number of float64 values (8 bytes each)");
        }
        DoubleArray a = DoubleArray.mapFile(f, FileChannel.MapMode.READ_ONLY, arena);
        return new InputData(f.toString(), "f64", "raw float64, " + a.length() + " values, memory-mapped", a.length(),
                List.of(new DataColumn.Contiguous("0", "float64", a)), List.of());
    }
}
