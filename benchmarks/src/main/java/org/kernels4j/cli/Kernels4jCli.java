package org.kernels4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code kernels4j} command: {@code bench} (compare backends and peers, with a report)
 * and {@code describe} (statistics of data files).
 *
 * <p>Exit codes: 0 success; 2 bad input (an unknown option or bad value, an unreadable or
 * malformed file); 1 an internal error. Errors are one line on stderr; {@code --verbose}
 * adds the stack trace.
 */
@Command(name = "kernels4j",
        mixinStandardHelpOptions = true,
        versionProvider = Kernels4jCli.Version.class,
        description = "Numeric kernels in C through FFM: benchmark backends side by side, describe data files.",
        subcommands = {BenchCommand.class, DescribeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (option, value or file)"})
public final class Kernels4jCli implements Runnable {
    /** Exit code for bad input. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 1;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors, and JMH's own output in bench.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: bench or describe");
    }

    /** The most pool workers --workers accepts. */
    public static final int MAX_WORKERS = 256;

    /** Checks a --workers value: 1 to {@link #MAX_WORKERS}. */
    static void checkWorkers(int workers) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new UsageException("--workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
    }

    /** Whether --verbose was given (on any level). */
    public boolean verbose() {
        return verbose;
    }

    /**
     * A command line with the exit-code and one-line error handling of the tool. Output goes
     * to {@link CommandLine#getOut()} / {@link CommandLine#getErr()} (set them to capture).
     */
    public static CommandLine newCommandLine() {
        Kernels4jCli root = new Kernels4jCli();
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(Printable.escape(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')"));
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_USAGE;
        });
        // Errors (OutOfMemoryError, ...) are reported like exceptions: one line, exit 1.
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
                CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
                throw new CommandLine.ExecutionException(last, e.toString(), e);
            }
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter err = c.getErr();
            String name = c.getCommandSpec().qualifiedName();
            int code;
            if (ex instanceof UsageException) {
                err.println(Printable.escape(name + ": " + ex.getMessage()));
                code = EXIT_USAGE;
            } else {
                err.println(Printable.escape(name + ": internal error: " + oneLine(ex)
                        + (root.verbose ? "" : " (--verbose shows the stack trace)")));
                code = EXIT_INTERNAL;
            }
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cl;
    }

    private static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        String s = ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** The stderr writer of the command line run by main(); progress redraws in place only there. */
    private static volatile PrintWriter realErr;

    /** Whether {@code err} is the process's stderr on a terminal (not captured, not redirected). */
    static boolean interactiveErr(PrintWriter err) {
        java.io.Console c = System.console();
        return err != null && err == realErr && c != null && c.isTerminal();
    }

    public static void main(String[] args) {
        CommandLine cl = newCommandLine();
        realErr = cl.getErr();
        int code = cl.execute(args);
        System.exit(code);
    }

    /** --version: the tool, the library's runtime view (backend, ISA path) and the JDK. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Kernels4jCli.class.getPackage().getImplementationVersion();
            KernelsInfo info = Kernels.info();
            return new String[] {
                "kernels4j " + (v == null ? "(development build)" : v),
                String.format(Locale.ROOT, "backend %s, CPU path %s%s", info.backend(), info.isa(),
                        info.bestIsa() != null ? " (best " + info.bestIsa() + ")" : ""),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
            };
        }
    }

    static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
