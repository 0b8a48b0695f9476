package org.kernels4j;

/** Run in a forked JVM by LoaderTest: prints what the library chose and whether kernels work. */
public final class LoaderProbe {
    private LoaderProbe() {
    }

    public static void main(String[] args) {
        System.out.println("INFO " + Kernels.info());
        double[] x = {1, 2, 3, 4};
        try {
            // Several calls: a load failure must be reported once, not per call.
            for (int i = 0; i < 3; i++) {
                System.out.println("SUM " + Kernels.sum(x));
            }
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
            System.exit(3);
        }
    }
}
