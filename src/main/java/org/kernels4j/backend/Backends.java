package org.kernels4j.backend;

import java.lang.System.Logger.Level;
import java.util.Locale;
import org.kernels4j.Isa;
import org.kernels4j.ffi.NativeLibrary;

/**
 * Chooses the backend once per JVM.
 *
 * <p>{@code kernels4j.backend} = {@code auto} (default: native when the library loads,
 * else plain Java, with the load failure logged once as a warning), {@code native} (a
 * load failure is an error on every call), or {@code java}. The ISA path of the native
 * backend is the best the CPU supports unless {@code kernels4j.isa} or
 * {@code KERNELS4J_ISA} forces a lower one.
 */
public final class Backends {
    /** System property choosing the backend. */
    public static final String BACKEND_PROPERTY = "kernels4j.backend";
    /** System property forcing an ISA path. */
    public static final String ISA_PROPERTY = "kernels4j.isa";
    /** Environment variable forcing an ISA path (the property wins). */
    public static final String ISA_ENV = "KERNELS4J_ISA";

    private static final System.Logger LOG = System.getLogger("org.kernels4j");

    private Backends() {
    }

    /** The outcome of choosing: the backend, or the reason none is usable. */
    public record Choice(Backend backend, Isa bestIsa, String warning, RuntimeException failure) {
    }

    private static final class Holder {
        static final Choice CHOICE = choose();
    }

    /** The backend all public kernels use. */
    public static Backend current() {
        Choice c = Holder.CHOICE;
        if (c.failure() != null) {
            throw new IllegalStateException(c.failure().getMessage(), c.failure());
        }
        return c.backend();
    }

    /** The full outcome of the choice (never throws). */
    public static Choice choice() {
        return Holder.CHOICE;
    }

    /** The native backend on the given path, if the library loaded and the CPU has the path. */
    public static NativeBackend nativeOn(Isa isa) {
        NativeLibrary.Status s = NativeLibrary.status();
        if (!s.loaded()) {
            throw new IllegalStateException(s.failure(), s.cause());
        }
        Isa best = NativeBackend.bestIsa();
        if (!isa.within(best)) {
            throw new IllegalArgumentException("this CPU does not support the " + isa.label()
                    + " path (best: " + best.label() + ")");
        }
        return new NativeBackend(isa);
    }

    private static Choice choose() {
        String mode = System.getProperty(BACKEND_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (mode.equals("java")) {
            return new Choice(JavaBackend.INSTANCE, null, null, null);
        }
        boolean required = mode.equals("native");
        if (!required && !mode.equals("auto")) {
            String w = "ignoring " + BACKEND_PROPERTY + "=" + mode + " (expected auto, native or java)";
            LOG.log(Level.WARNING, w);
        }
        NativeLibrary.Status status = NativeLibrary.status();
        String failure = status.failure();
        if (status.loaded()) {
            try {
                int abi = NativeBackend.abiVersion();
                if (abi != NativeLibrary.ABI_VERSION) {
                    failure = "the kernels4j native library at " + status.path() + " has ABI version " + abi
                            + ", these bindings need " + NativeLibrary.ABI_VERSION;
                } else {
                    Isa best = NativeBackend.bestIsa();
                    String warning = null;
                    Isa use = best;
                    try {
                        String requested = System.getProperty(ISA_PROPERTY);
                        if (requested == null) {
                            requested = System.getenv(ISA_ENV);
                        }
                        Isa forced = Isa.parse(requested);
                        if (forced != null && !forced.within(best)) {
                            warning = "requested ISA path " + forced.label() + " is not supported by this CPU; using "
                                    + best.label();
                        } else if (forced != null) {
                            use = forced;
                        }
                    } catch (IllegalArgumentException e) {
                        warning = e.getMessage() + "; using " + best.label();
                    }
                    if (warning != null) {
                        LOG.log(Level.WARNING, warning);
                    }
                    return new Choice(new NativeBackend(use), best, warning, null);
                }
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
        }
        if (required) {
            return new Choice(null, null, failure, new IllegalStateException(
                    failure + " (and " + BACKEND_PROPERTY + "=native forbids falling back to Java)"));
        }
        String warning = failure + "; falling back to the plain-Java backend";
        LOG.log(Level.WARNING, warning);
        return new Choice(JavaBackend.INSTANCE, null, warning, null);
    }
}
