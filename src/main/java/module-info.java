/**
 * kernels4j: numeric kernels in C, called through the Foreign Function and Memory API,
 * with a plain-Java fallback.
 */
module org.kernels4j {
    exports org.kernels4j;
}
