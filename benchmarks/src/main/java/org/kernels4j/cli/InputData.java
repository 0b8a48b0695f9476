package org.kernels4j.cli;

import java.util.List;

/**
 * One described input: its columns and what was skipped.
 *
 * @param source the file name as given, or a description of the default data set
 * @param format "npy", "csv", "f64" or "default"
 * @param detail dtype and shape, how it was read (read off-heap, parsed)
 * @param rows number of rows (elements of a 1-D input)
 * @param columns the numeric columns
 * @param notes non-numeric columns skipped and similar remarks
 */
record InputData(String source, String format, String detail, long rows, List<DataColumn> columns, List<String> notes) {
}
