package org.kernels4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.kernels4j.bench.BenchFamily;
import org.kernels4j.bench.JniKernels;
import org.kernels4j.bench.OpenBlas;
import org.kernels4j.planner.ChunkJob;
import org.kernels4j.planner.ChunkPlanner;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kernels4j bench}: every kernel family through every backend at several sizes, with
 * JMH (its Java API), then a table on stdout, report.html with charts, and the raw JMH JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Benchmark the kernel families through every backend side by side (JMH), print a table,",
            "and write report.html (charts, self-contained), jmh-result.json and numpy-result.tsv.",
            "With no options: a quick run (about 2 minutes on 2 cores) of every family at n = 1e3, 1e5, 1e7."},
        footer = {"", "Backends: ffm-heap, ffm-offheap, pool (--workers), pool1 (its 1-worker control), jni, java, java-loop, vector, numpy;",
            "  peers outside the default run (-b or -k brings them in): ejml (sum, dot, add, exp, dgemm), commons-math (sum, std).",
            "  The run starts and ends with a capacity probe (FMA GFLOP/s on 1 and 2 threads, read GB/s) and ends with a",
            "  kernels4j / NumPy summary. A peer that is not installed is reported absent with the command that installs it.",
            "  The default run also leaves out java (the library's plain-Java backend) where java-loop is there, and pool1 at 1e3.",
            "Examples:", "  kernels4j bench -k sum,exp -b ffm-heap,numpy -s 1e6",
            "  kernels4j bench -k sort,argsort,sortf32,sorti32,sorti64 -s 1e6,1e7 --isa avx2",
            "  kernels4j bench --duration normal -o /tmp/run1", "  kernels4j bench -k gemm -b ffm-heap,openblas,numpy", "  kernels4j bench --list"})
final class BenchCommand implements Callable<Integer> {
    enum Duration {
        quick(1, 200, 5, 30, 1), normal(2, 500, 5, 500, 1), full(3, 1000, 5, 1000, 2);

        final int warmup;
        final long warmupMs;
        final int iterations;
        final long timeMs;
        final int forks;

        Duration(int warmup, long warmupMs, int iterations, long timeMs, int forks) {
            this.warmup = warmup;
            this.warmupMs = warmupMs;
            this.iterations = iterations;
            this.timeMs = timeMs;
            this.forks = forks;
        }
    }

    /**
     * Largest n the default run leaves pool1 out at: the library's limit for running an async
     * call on the calling thread (AsyncKernels, "small inputs"), where pool(2) and pool1 run the
     * same code and their ratio would only measure the machine's noise. Sorts take the plain
     * limit; the other families the largest of the costs' limits (their ops mix them).
     */
    static long pool1DefaultMax(BenchCatalog.Family f) {
        if (f.name().equals("sort")) {
            return ChunkJob.INLINE_MAX_ELEMENTS;
        }
        // Compile-time constants only: the tool runs on the class path beside the library's module,
        // which does not export the planner, so a linked access to its classes would fail there.
        return ChunkPlanner.LARGEST_INLINE_MAX;
    }

    @ParentCommand
    Kernels4jCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-k", "--kernels"}, split = ",", paramLabel = "NAME",
            description = "Families (reductions, elementwise, cumsum, ...) or ops (sum, dot, exp, ...); default: all.")
    List<String> kernels;

    @Option(names = {"-s", "--sizes"}, split = ",", paramLabel = "N",
            description = "Problem sizes: 1000, 1e5, 10^7, 1_000_000; default: each family's (1e3,1e5,1e7).")
    List<String> sizes;

    @Option(names = {"-b", "--backends"}, split = ",", paramLabel = "NAME",
            description = "Backends and peers to run; default: all.")
    List<String> backends;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Workers of the pool backend (default: available processors, ${DEFAULT-VALUE}).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-d", "--duration"}, paramLabel = "PRESET",
            description = "quick (1x200ms warmup, 5x30ms measured, 1 fork; the ops marked quick: sum, dot, std, add, exp, cumsum, sort, dgemm; default), normal (2x500ms, 5x500ms), full (3x1s, 5x1s, 2 forks).")
    Duration duration = Duration.quick;

    @Option(names = "--warmup", paramLabel = "N", description = "Warmup iterations (overrides the preset).")
    Integer warmup;

    @Option(names = "--warmup-time", paramLabel = "TIME", description = "Time per warmup iteration: 100ms, 1s.")
    String warmupTime;

    @Option(names = {"-i", "--iterations"}, paramLabel = "N", description = "Measured iterations.")
    Integer iterations;

    @Option(names = {"-t", "--time"}, paramLabel = "TIME", description = "Time per measured iteration: 100ms, 1s.")
    String time;

    @Option(names = {"-f", "--forks"}, paramLabel = "N", description = "JVM forks per benchmark (0 runs in this JVM: less reliable).")
    Integer forks;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("bench-results");

    @Option(names = "--isa", paramLabel = "PATH",
            description = {"The library's CPU path in the benchmark forks: auto (default), baseline, avx2, avx512, neon",
                "(-Dkernels4j.isa=PATH), with NumPy held to the like of it through NPY_DISABLE_CPU_FEATURES:",
                "avx2 disables \"X86_V4 AVX512_ICL AVX512_SPR\" (NumPy's AVX2 dispatch); baseline also X86_V3 (NumPy",
                "keeps its own baseline, X86_V2); avx512 and neon clear the variable (NumPy's full dispatch); auto",
                "leaves both as the environment has them. A path this CPU lacks is refused."})
    String isa;

    @Option(names = "--list", description = "List families, ops and backends, and exit.")
    boolean list;

    @Option(names = "--ignore-lock", description = "Run even if another JMH run holds its lock (/tmp/jmh.lock); results then disturb each other.")
    boolean ignoreLock;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean verbose = parent != null && parent.verbose();
        OutputFormat quiet = new ProgressFormat(new PrintWriter(PrintWriter.nullWriter()), null, false, 0, 0);
        BenchCatalog catalog = BenchCatalog.load(quiet);
        if (catalog.families().isEmpty()) {
            throw new IllegalStateException("no benchmark families in this jar (JMH's BenchmarkList is empty)");
        }
        if (list) {
            for (BenchCatalog.Family f : catalog.families()) {
                out.printf(Locale.ROOT, "%-12s ops: %s%n%-12s backends: %s%n%-12s sizes: %s%n", f.name(),
                        String.join(", ", f.ops()), "", String.join(", ", f.backends()), "",
                        String.join(", ", f.defaultSizes()));
            }
            out.println("peer: numpy (" + (NumpyPeer.probe() == null ? "present" : "absent: " + NumpyPeer.probe()) + ")");
            out.println("not in the default run (-b or -k runs them): "
                    + String.join(", ", Backends.KNOWN.stream().filter(k -> !k.inDefaultRun()).map(Backends.Known::label).toList())
                    + "; java where the family has java-loop; pool1 below n = 1e5");
            out.flush();
            return 0;
        }
        Kernels4jCli.checkWorkers(workers);
        IsaChoice isaChoice = isaChoice(isa, org.kernels4j.Kernels.info().bestIsa());
        int wIter = warmup != null ? warmup : duration.warmup;
        int mIter = iterations != null ? iterations : duration.iterations;
        long wMs = warmupTime != null ? millis(warmupTime, "--warmup-time") : duration.warmupMs;
        long mMs = time != null ? millis(time, "--time") : duration.timeMs;
        int nForks = forks != null ? forks : duration.forks;
        if (wIter < 0 || mIter < 1 || nForks < 0) {
            throw new UsageException("need --warmup >= 0, --iterations >= 1, --forks >= 0");
        }
        List<Long> sizeList = sizes == null ? null : parseSizes(sizes);

        // ---- selection ----
        Set<String> allOps = new TreeSet<>();
        Set<String> allBackends = new LinkedHashSet<>();
        for (BenchCatalog.Family f : catalog.families()) {
            allOps.addAll(f.ops());
            allBackends.addAll(f.backends());
        }
        allBackends.add("numpy");
        Set<String> wantK = lower(kernels);
        Set<String> wantB = lower(backends);
        for (String k : wantK) {
            boolean known = allOps.contains(k) || catalog.families().stream().anyMatch(f -> f.name().equals(k));
            if (!known) {
                throw new UsageException("unknown kernel '" + k + "'; families: "
                        + String.join(", ", catalog.families().stream().map(BenchCatalog.Family::name).toList())
                        + "; ops: " + String.join(", ", allOps));
            }
        }
        for (String b : wantB) {
            if (!allBackends.contains(b)) {
                throw new UsageException("unknown backend '" + b + "'; backends: " + String.join(", ", allBackends));
            }
        }

        MachineInfo machine = MachineInfo.current();
        if (isaChoice.path() != null) {
            machine = machine.onPath(isaChoice.path());
        }
        BenchResults results = new BenchResults(machine, commandString(),
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)),
                String.format(Locale.ROOT, "JMH throughput, %d warmup x %d ms, %d measured x %d ms, %d fork(s); pool workers %d",
                        wIter, wMs, mIter, mMs, nForks, workers));
        results.workers = workers;

        String jniProblem = JniKernels.problem();
        if (jniProblem != null) {
            results.absent.put("jni", jniProblem);
        }
        if (nForks == 0 && ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            // In-process runs need the module in this JVM; forks get it from forkJvmArgs().
            results.absent.put("vector", "--forks 0 needs this JVM started with --add-modules jdk.incubator.vector");
        }
        boolean wantNumpy = wantB.isEmpty() || wantB.contains("numpy");
        String numpyProblem = wantNumpy ? NumpyPeer.probe() : null;
        if (numpyProblem != null) {
            results.absent.put("numpy", numpyProblem);
        }

        // One step per op of a family: its JMH benchmarks, then (numpy) NumPy's timing of the same
        // op right after them, so that the two sides of a ratio are measured minutes closer together
        // than if NumPy ran after the whole run (the shared hosts this runs on change speed from one
        // minute to the next).
        record Job(BenchCatalog.Family family, String op, List<BenchCatalog.Method> methods, List<Long> sizes,
                   boolean numpy) {
        }
        List<Job> jobs = new ArrayList<>();
        int total = 0;
        boolean blasProbed = false;
        for (BenchCatalog.Family f : catalog.families()) {
            boolean familyWanted = wantK.isEmpty() || wantK.contains(f.name());
            List<BenchCatalog.Method> ms = new ArrayList<>();
            for (BenchCatalog.Method m : f.methods()) {
                boolean opWanted = (familyWanted && (!wantK.isEmpty() || f.isQuick(m.op()))) || wantK.contains(m.op());
                boolean backendWanted = wantB.isEmpty() ? defaultBackend(wantK, f, m.backend()) : wantB.contains(m.backend());
                if (opWanted && backendWanted && m.backend().equals("openblas") && !blasProbed) {
                    // Only when an OpenBLAS column is wanted: binding it loads the library.
                    blasProbed = true;
                    String blasProblem = OpenBlas.problem();
                    if (blasProblem != null) {
                        results.absent.put("openblas", blasProblem);
                    }
                }
                if (opWanted && backendWanted && !results.absent.containsKey(m.backend())) {
                    ms.add(m);
                }
            }
            java.util.function.Predicate<String> opSelected =
                    op -> (familyWanted && (!wantK.isEmpty() || f.isQuick(op))) || wantK.contains(op);
            boolean anyOp = f.ops().stream().anyMatch(opSelected);
            if (!anyOp) {
                continue;
            }
            List<Long> sz = sizeList != null ? sizeList : f.defaultSizes().stream().map(Long::parseLong).toList();
            List<String> ops = f.ops().stream().filter(opSelected).toList();
            List<String> cols = new ArrayList<>();
            for (String b : f.backends()) {
                if (wantB.isEmpty() ? defaultBackend(wantK, f, b) : wantB.contains(b)) {
                    cols.add(b);
                }
            }
            if (wantNumpy) {
                cols.add("numpy");
            }
            results.families.add(new BenchResults.FamilyView(f.name(), ops, sz, cols));
            // The default run times pool1, the pool's control, only above the sizes that run on the
            // caller (pool1DefaultMax), and the quick preset's budget goes further elsewhere.
            List<BenchCatalog.Method> later = new ArrayList<>();
            if (wantK.isEmpty() && wantB.isEmpty() && sizeList == null) {
                later = ms.stream().filter(m -> m.backend().equals("pool1")).toList();
                ms.removeAll(later);
            }
            long pool1Max = pool1DefaultMax(f);
            List<Long> bigger = sz.stream().filter(n -> n > pool1Max).toList();
            for (BenchCatalog.Method m : later) {
                for (long n : sz) {
                    if (n <= pool1Max) {
                        results.skipped.add(BenchResults.key(f.name(), m.op(), m.backend(), n));
                    }
                }
            }
            for (String op : ops) {
                List<BenchCatalog.Method> mine = ms.stream().filter(m -> m.op().equals(op)).toList();
                if (!mine.isEmpty()) {
                    jobs.add(new Job(f, op, mine, sz, false));
                    total += mine.size() * sz.size();
                }
                List<BenchCatalog.Method> mineLater = later.stream().filter(m -> m.op().equals(op)).toList();
                if (!mineLater.isEmpty() && !bigger.isEmpty()) {
                    jobs.add(new Job(f, op, mineLater, bigger, false));
                    total += mineLater.size() * bigger.size();
                }
                if (wantNumpy && numpyProblem == null) {
                    jobs.add(new Job(f, op, List.of(), sz, true));
                }
            }
        }
        if (results.families.isEmpty()) {
            throw new UsageException("nothing to run for --kernels " + String.join(",", wantK));
        }

        // ---- JMH ----
        if (ignoreLock) {
            System.setProperty("jmh.ignoreLock", "true");
        }
        // JMH creates its lock file in the temp directory and never deletes it; the run removes it
        // again if it was not there before (see removeJmhLockIfFree).
        Path jmhLock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        boolean jmhLockExisted = Files.exists(jmhLock, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        double planned = nForks == 0 ? (wIter * wMs + mIter * mMs) / 1000.0
                : Math.max(1, nForks) * (wIter * wMs + mIter * mMs) / 1000.0;
        OutputFormat jmhText = verbose
                ? OutputFormatFactory.createFormatInstance(new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8), VerboseMode.NORMAL)
                : null;
        boolean terminal = Kernels4jCli.interactiveErr(err);
        ProgressFormat progress = new ProgressFormat(err, jmhText, terminal, total, planned);
        progress.status("[probe] capacity at start: FMA on 1 and 2 threads, read bandwidth, sort in cache");
        results.capacityStart = CapacityProbe.measure();
        List<RunResult> runResults = new ArrayList<>();
        // NumPy's side: timings per (family, op), each at that family's sizes (the sizes of one
        // family mean something else in another: a GEMM of order 1e7 would need 800 TB).
        NumpyPeer.Outcome numpy = null;
        List<NumpyPeer.Timing> npTimings = new ArrayList<>();
        StringBuilder npRaw = new StringBuilder();
        String npVersion = null;
        String npFailed = null;
        Files.createDirectories(output);
        // NumPy has no JIT to warm: its warmup only brings the data into cache and memory, which
        // 0.1 s per (op, n) does; the preset's JVM warmup is kept unless --warmup* sets it.
        double npWarmup = wIter * wMs / 1000.0;
        if (warmup == null && warmupTime == null) {
            npWarmup = Math.min(npWarmup, 0.1);
        }
        try {
            for (Job job : jobs) {
                if (job.numpy()) {
                    progress.status(String.format(Locale.ROOT, "[numpy] timing %s with %s", job.op(), NumpyPeer.python()));
                    NumpyPeer.Outcome o = NumpyPeer.run(List.of(job.op()), new ArrayList<>(job.sizes()), npWarmup,
                            mMs / 1000.0, mIter, output, isaChoice.numpyEnv());
                    npTimings.addAll(o.timings());
                    npRaw.append(o.raw());
                    npVersion = o.version() != null ? o.version() : npVersion;
                    if (!o.present() && npFailed == null) {
                        npFailed = o.absentBecause() + " (" + job.family().name() + " " + job.op() + ")";
                    }
                    continue;
                }
                ChainedOptionsBuilder ob = new OptionsBuilder()
                        .mode(Mode.Throughput)
                        .timeUnit(TimeUnit.SECONDS)
                        .warmupIterations(wIter)
                        .warmupTime(TimeValue.milliseconds(wMs))
                        .measurementIterations(mIter)
                        .measurementTime(TimeValue.milliseconds(mMs))
                        .forks(nForks)
                        .shouldFailOnError(false)
                        .param("n", job.sizes.stream().map(String::valueOf).toArray(String[]::new))
                        .param("workers", String.valueOf(workers))
                        .jvmArgsAppend(forkJvmArgs(isaChoice.path()));
                for (BenchCatalog.Method m : job.methods) {
                    ob.include("^" + Pattern.quote(m.fullName()) + "$");
                }
                Collection<RunResult> rr;
                try {
                    rr = new Runner(ob.build(), progress).run();
                    runResults.addAll(rr);
                } catch (RunnerException e) {
                    String m = String.valueOf(e.getMessage());
                    if (m.contains("jmh.lock")) {
                        throw new IllegalStateException("another JMH run holds /tmp/jmh.lock: wait for it to finish, "
                                + "or pass --ignore-lock (both runs are then disturbed)", e);
                    }
                    throw new IllegalStateException("JMH failed: " + m.strip(), e);
                }
                Set<String> got = new java.util.HashSet<>();
                for (RunResult r : runResults) {
                    got.add(r.getParams().getBenchmark() + "/" + r.getParams().getParam("n"));
                }
                for (BenchCatalog.Method m : job.methods) {
                    for (long n : job.sizes) {
                        if (!got.contains(m.fullName() + "/" + n)) {
                            results.failed.add(BenchResults.key(job.family.name(), m.op(), m.backend(), n));
                        }
                    }
                }
                for (RunResult r : rr) {
                    addPoint(results, job.family, r);
                }
            }
        } finally {
            if (!jmhLockExisted) {
                removeJmhLockIfFree(jmhLock);
            }
        }
        // ---- NumPy's results (every op had its step when NumPy is wanted and present) ----
        if (wantNumpy && numpyProblem == null) {
            numpy = new NumpyPeer.Outcome(npTimings, npVersion, npFailed, npRaw.toString());
            if (!numpy.present()) {
                results.absent.put("numpy", numpy.absentBecause());
            }
            results.numpyVersion = numpy.version();
            for (NumpyPeer.Timing t : numpy.timings()) {
                for (BenchCatalog.Family f : catalog.families()) {
                    if (f.ops().contains(t.op())) {
                        BenchResults.Unit u = BenchResults.unit(f.work().get(t.op()), t.n());
                        results.points.add(new BenchResults.Point(f.name(), t.op(), "numpy", t.n(),
                                t.opsPerSecond() * u.perOp(), t.error() * u.perOp(), u.name(), t.opsPerSecond()));
                    }
                }
            }
        }
        progress.status("[probe] capacity at end");
        results.capacityEnd = CapacityProbe.measure();
        progress.done();

        // ---- outputs ----
        Path json = output.resolve("jmh-result.json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(runResults);
        Files.writeString(output.resolve("numpy-result.tsv"), numpy != null ? numpy.raw()
                : "# numpy absent: " + results.absent.getOrDefault("numpy", "not requested") + "\n");
        Path html = output.resolve("report.html");
        Files.writeString(html, HtmlReport.render(results));

        out.println("kernels4j bench, " + results.date + ": " + results.machine.summary());
        out.println(results.settings + (results.numpyVersion != null ? "; numpy " + results.numpyVersion : ""));
        if (results.machine.gemm() != null) {
            out.println("GEMM configuration chosen at load: " + results.machine.gemm());
        }
        if (results.machine.sort() != null) {
            out.println("sort choices at load: " + results.machine.sort());
        }
        out.println("capacity at start: " + results.capacityStart.summary());
        out.println();
        out.print(results.table());
        String vsNumpy = results.numpyTable();
        if (!vsNumpy.isEmpty()) {
            out.print(vsNumpy);
            out.println();
        }
        out.println("capacity at end:   " + results.capacityEnd.summary());
        for (var a : results.absent.entrySet()) {
            out.println(a.getKey() + ": absent (" + a.getValue() + ")");
        }
        if (!results.skipped.isEmpty()) {
            out.println("-: not run in the default run (pool1, the 1-worker control of pool, only where the pool hands the work "
                    + "to its workers: from n = 1e5 up for sort, 1e6 up elsewhere; -b pool1 runs every size)");
        }
        out.println("report: " + html.toAbsolutePath().normalize() + "  (raw: jmh-result.json, numpy-result.tsv)");
        out.printf(Locale.ROOT, "took %s%n", ProgressFormat.duration(progress.elapsedSeconds()));
        out.flush();
        if (!results.failed.isEmpty()) {
            err.println("kernels4j bench: " + results.failed.size() + " benchmark(s) failed, e.g. " + results.failed.iterator().next()
                    + (progress.lastFailure() != null ? ": " + progress.lastFailure() : "")
                    + (verbose ? "" : " (--verbose shows JMH's output)"));
            err.flush();
            return Kernels4jCli.EXIT_INTERNAL;
        }
        return 0;
    }

    /**
     * With no --backends: every backend; but the default run (no --kernels) leaves out the
     * backends marked so (the Java-library peers) and, in a family that also has java-loop,
     * the library's own plain-Java backend: one plain-Java column per family keeps the quick
     * preset near two minutes (java-loop is the loop a user writes; JavaBackend, the
     * library's fallback, comes back with -b java or any -k). Sort keeps java (Arrays.sort).
     */
    static boolean defaultBackend(Set<String> wantK, BenchCatalog.Family f, String backend) {
        if (!wantK.isEmpty()) {
            return true;
        }
        if (!Backends.inDefaultRun(backend)) {
            return false;
        }
        if (f.name().equals("gemm")) {
            // The library's call and its pool against NumPy's matmul: the other columns cost
            // seconds per size (plain Java at n = 1024) and come back with -k gemm.
            return backend.equals("ffm-heap") || backend.equals("pool");
        }
        return !(backend.equals("java") && f.backends().contains("java-loop"));
    }

    private static void addPoint(BenchResults results, BenchCatalog.Family family, RunResult r) {
        String name = r.getParams().getBenchmark();
        for (BenchCatalog.Method m : family.methods()) {
            if (m.fullName().equals(name)) {
                long n = Long.parseLong(r.getParams().getParam("n"));
                if (results.find(family.name(), m.op(), m.backend(), n) != null) {
                    return;
                }
                double ops = r.getPrimaryResult().getScore();
                double err = r.getPrimaryResult().getScoreError();
                BenchResults.Unit u = BenchResults.unit(family.work().get(m.op()), n);
                results.points.add(new BenchResults.Point(family.name(), m.op(), m.backend(), n, ops * u.perOp(),
                        err * u.perOp(), u.name(), ops));
                return;
            }
        }
    }

    /**
     * Deletes JMH's lock file, which this run created, unless another JMH run holds it now: the
     * file is deleted while this process holds the lock, so a run that holds it is never
     * disturbed. Any failure leaves the file (harmless: JMH reuses it).
     */
    static void removeJmhLockIfFree(Path lock) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
             java.nio.channels.FileLock held = ch.tryLock()) {
            if (held != null) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException | RuntimeException e) {
            // Not ours to fight over.
        }
    }

    /**
     * The flags that give a JVM the library as this one has it. When this JVM has the library
     * jar on its module path (as {@code ./kernels4j} starts it), module org.kernels4j with its
     * descriptor in force: the forks get the same module path, and the benchmarks, on the class
     * path, reach the internal package they measure directly ({@code org.kernels4j.backend}) by
     * {@code --add-exports}; the library's classes inside this tool's jar are then hidden by the
     * module. Otherwise (this jar alone, {@code java -jar}) everything is on the class path.
     */
    static List<String> libraryModuleArgs() {
        Module library = org.kernels4j.Kernels.class.getModule();
        String modulePath = System.getProperty("jdk.module.path");
        if (!library.isNamed() || modulePath == null || modulePath.isBlank()) {
            return List.of("--enable-native-access=ALL-UNNAMED");
        }
        return List.of("--module-path=" + modulePath, "--add-modules=" + library.getName(),
                "--add-exports=" + library.getName() + "/org.kernels4j.backend=ALL-UNNAMED",
                "--enable-native-access=" + library.getName() + ",ALL-UNNAMED");
    }

    /**
     * JVM flags of the forks: the library (see {@link #libraryModuleArgs()}), native access, the Vector API, this JVM's temp directory and kernels4j.* settings,
     * and a class-data-sharing archive of the fork's classes next to the CLI jar (see
     * {@link #forkClassArchive()}).
     */
    static String[] forkJvmArgs() {
        return forkJvmArgs(null);
    }

    /** The NumPy setting that matches a library path of {@code --isa} (see that option). */
    static final String NPY_DISABLE = "NPY_DISABLE_CPU_FEATURES";

    /**
     * What {@code --isa} asks for: the library's path in the forks (null: as the environment
     * has it) and the changes to NumPy's environment (a null value removes the variable).
     */
    record IsaChoice(String path, java.util.Map<String, String> numpyEnv) {
    }

    /**
     * The choice for {@code --isa value} on a CPU whose best path is {@code best} (null when
     * the native library did not load). Unknown paths, paths this CPU lacks and paths without
     * the native library are usage errors.
     */
    static IsaChoice isaChoice(String value, String best) {
        if (value == null || value.strip().equalsIgnoreCase("auto")) {
            return new IsaChoice(null, java.util.Map.of());
        }
        org.kernels4j.Isa want;
        try {
            want = org.kernels4j.Isa.parse(value);
        } catch (IllegalArgumentException e) {
            want = null;
        }
        if (want == null) {
            throw new UsageException("--isa: unknown path '" + value.strip() + "' (expected auto, baseline, avx2, avx512 or neon)");
        }
        if (best == null) {
            throw new UsageException("--isa " + want.label() + " needs the native library, which did not load here ("
                    + org.kernels4j.Kernels.info() + ")");
        }
        org.kernels4j.Isa bestIsa = org.kernels4j.Isa.parse(best);
        if (!want.within(bestIsa)) {
            throw new UsageException("--isa " + want.label() + ": this CPU does not have that path (its best is "
                    + bestIsa.label() + ")");
        }
        java.util.Map<String, String> env = new java.util.HashMap<>();
        switch (want) {
            case AVX2 -> env.put(NPY_DISABLE, "X86_V4 AVX512_ICL AVX512_SPR");
            case BASELINE -> env.put(NPY_DISABLE, bestIsa == org.kernels4j.Isa.NEON ? null
                    : "X86_V3 X86_V4 AVX512_ICL AVX512_SPR");
            default -> env.put(NPY_DISABLE, null);
        }
        return new IsaChoice(want.label(), java.util.Collections.unmodifiableMap(env));
    }

    /** The fork flags, with {@code -Dkernels4j.isa=isaPath} in place of this JVM's setting when isaPath is not null. */
    static String[] forkJvmArgs(String isaPath) {
        // JMH reaches for sun.misc.Unsafe; JDK 24+ warns about it on every fork unless allowed.
        List<String> a = new ArrayList<>(List.of("--add-modules=jdk.incubator.vector",
                "--sun-misc-unsafe-memory-access=allow"));
        a.addAll(libraryModuleArgs());
        Path jsa = forkClassArchive();
        if (jsa != null) {
            a.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:aot=off"));
        }
        // The forks put their temporary files (the JNI shim, briefly) where this JVM puts its own.
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isBlank()) {
            a.add("-Djava.io.tmpdir=" + tmp);
        }
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("kernels4j.") && !(isaPath != null && k.equals("kernels4j.isa"))) {
                a.add("-D" + k + "=" + System.getProperty(k));
            }
        }
        if (isaPath != null) {
            // Over KERNELS4J_ISA too, which the forks inherit: the property wins.
            a.add("-Dkernels4j.isa=" + isaPath);
        }
        return a.toArray(String[]::new);
    }

    /**
     * Where the forks keep their dynamic CDS archive (JDK 19+ AutoCreateSharedArchive): the
     * classes a fork loads (JMH, the library, the benchmark) are archived by the first fork at
     * its exit and mapped by the next ones, which then start about 0.1 s sooner; over the
     * 140-odd forks of the quick preset that is a tenth of its time. The archive holds class
     * metadata only (no profiles, no compiled code), so what JMH measures after warmup does
     * not change. The JVM refuses an archive whose jars have changed but (JDK 25) does not
     * rebuild it, so the file name carries a key of the CLI jar, the library jar and the JDK
     * ({@code jmh-forks-<key>.jsa}); a rebuilt jar gets a new archive from its first fork,
     * and archives of other keys are deleted. Null (no archive) when this runs from a class
     * directory (tests), the jar's directory is not writable, or with
     * -Dkernels4j.bench.cds=false.
     */
    static Path forkClassArchive() {
        if (!Boolean.parseBoolean(System.getProperty("kernels4j.bench.cds", "true"))) {
            return null;
        }
        try {
            Path jar = jarOf(BenchCommand.class);
            if (jar == null || !Files.isWritable(jar.getParent())) {
                return null;
            }
            long key = 17;
            Path lib = jarOf(org.kernels4j.Kernels.class);
            for (Path p : lib == null ? List.of(jar) : List.of(jar, lib)) {
                key = 31 * key + Files.size(p);
                key = 31 * key + Files.getLastModifiedTime(p).toMillis();
                key = 31 * key + p.toAbsolutePath().toString().hashCode();
            }
            key = 31 * key + Runtime.version().toString().hashCode();
            String name = "jmh-forks-" + Long.toHexString(key) + ".jsa";
            try (var old = Files.newDirectoryStream(jar.getParent(), "jmh-forks*.jsa")) {
                for (Path o : old) {
                    if (!o.getFileName().toString().equals(name)) {
                        Files.deleteIfExists(o);
                    }
                }
            }
            return jar.getParent().resolve(name);
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The jar a class was loaded from, or null (a class directory, no code source). */
    private static Path jarOf(Class<?> c) throws java.net.URISyntaxException {
        var src = c.getProtectionDomain().getCodeSource();
        if (src == null || src.getLocation() == null) {
            return null;
        }
        Path p = Path.of(src.getLocation().toURI());
        return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    }

    private String commandString() {
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        StringBuilder sb = new StringBuilder("kernels4j");
        for (String a : args) {
            sb.append(' ').append(a);
        }
        return sb.toString();
    }

    private static Set<String> lower(List<String> l) {
        Set<String> s = new LinkedHashSet<>();
        if (l != null) {
            for (String x : l) {
                if (!x.isBlank()) {
                    s.add(x.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return s;
    }

    static List<Long> parseSizes(List<String> raw) {
        List<Long> out = new ArrayList<>();
        for (String s : raw) {
            String t = s.strip().replace("_", "").toLowerCase(Locale.ROOT);
            long v;
            try {
                if (t.startsWith("10^")) {
                    v = pow10(Integer.parseInt(t.substring(3)), s);
                } else if (t.contains("e")) {
                    double d = Double.parseDouble(t);
                    if (d != Math.rint(d)) {
                        throw new NumberFormatException();
                    }
                    v = (long) d;
                } else {
                    v = Long.parseLong(t);
                }
            } catch (NumberFormatException e) {
                throw new UsageException("--sizes: '" + s + "' is not a whole number (examples: 1000, 1e6, 10^7)");
            }
            if (v < 1 || v > Integer.MAX_VALUE - 8) {
                throw new UsageException("--sizes: " + s + " is out of range (1 to " + (Integer.MAX_VALUE - 8) + ")");
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("--sizes: no size given");
        }
        return out;
    }

    private static long pow10(int e, String s) {
        if (e < 0 || e > 9) {
            throw new UsageException("--sizes: " + s + " is out of range");
        }
        long v = 1;
        for (int i = 0; i < e; i++) {
            v *= 10;
        }
        return v;
    }

    static long millis(String s, String option) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Long.parseLong(t.substring(0, t.length() - 2).strip());
            }
            if (t.endsWith("s")) {
                return Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + s + "' is not a duration (examples: 100ms, 2s)");
        }
    }
}
