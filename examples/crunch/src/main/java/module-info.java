/** The data-crunching example: a module that reads kernels4j from the module path. */
module org.kernels4j.examples.crunch {
    requires org.kernels4j;
}
