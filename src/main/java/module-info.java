/**
 * kernels4j: numeric kernels in C, called through the Foreign Function and Memory API,
 * with a plain-Java fallback.
 */
module org.kernels4j {
    // Optional: the Java backend's sums use the Vector API when the JVM runs with
    // --add-modules jdk.incubator.vector, and plain loops otherwise.
    requires static jdk.incubator.vector;

    exports org.kernels4j;
}
