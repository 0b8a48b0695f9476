package org.kernels4j.backend;

import java.util.ArrayList;
import java.util.List;
import org.kernels4j.Isa;

/** The backends a property test runs on: the native one on every ISA path this CPU has, and plain Java. */
public final class TestBackends {
    private TestBackends() {
    }

    /** The native backend on each ISA path of this CPU, lowest first. */
    public static List<Backend> natives() {
        List<Backend> out = new ArrayList<>();
        Isa best = NativeBackend.bestIsa();
        for (Isa isa : Isa.values()) {
            if (isa.within(best)) {
                out.add(Backends.nativeOn(isa));
            }
        }
        return out;
    }

    /** The plain-Java backend first, then {@link #natives()}. */
    public static List<Backend> all() {
        List<Backend> out = new ArrayList<>();
        out.add(JavaBackend.INSTANCE);
        out.addAll(natives());
        return out;
    }
}
