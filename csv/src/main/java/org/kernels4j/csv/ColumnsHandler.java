package org.kernels4j.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV's callback for one record at a time: the first record gives the column names, each
 * later one is classified cell by cell from the parser's buffer into a staging row, and
 * committed to the columns when the record is complete and has the right number of fields.
 */
final class ColumnsHandler extends CsvCallbackHandler<Object> {
    private static final Object ROW = new Object();

    private final String source;
    private final boolean header;
    private final int maxFieldLength;
    private final int maxFields;
    private final CellParser cells;
    final List<ColumnBuilder> columns = new ArrayList<>();
    private boolean first = true;
    private final List<String> headerCells = new ArrayList<>();
    private long headerChars;
    private RecordType recordType = RecordType.DATA;
    private long line;
    private int fieldCount;
    private int[] kinds = new int[16];
    private long[] longs = new long[16];
    private double[] doubles = new double[16];
    private String[] texts = new String[16];
    long rows;

    ColumnsHandler(String source, CsvOptions options) {
        this.source = source;
        this.header = options.header();
        this.maxFieldLength = options.maxFieldLength();
        this.maxFields = options.maxFields();
        this.cells = new CellParser(options.naValues());
    }

    @Override
    protected RecordType getRecordType() {
        return recordType;
    }

    @Override
    protected int getFieldCount() {
        return fieldCount;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        fieldCount = 0;
        recordType = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        // The limits, checked before anything is kept: a hostile file fails here, its memory
        // bounded by the parser's buffer (CsvColumns sizes it from maxFieldLength).
        if (len > maxFieldLength) {
            throw fieldTooLong(source, line, maxFieldLength);
        }
        if (fieldCount == maxFields) {
            throw new Failure(new CsvFormatException(source, line, "line " + line + " has more than " + maxFields
                    + " fields (the limit CsvOptions.maxFields)", null));
        }
        int i = fieldCount++;
        if (first) {
            if (header) {
                headerChars += len;
                if (headerChars > maxFieldLength) {
                    throw new Failure(new CsvFormatException(source, line, "the header row on line " + line
                            + " is longer than " + maxFieldLength + " characters (the limit CsvOptions.maxFieldLength)",
                            null));
                }
                headerCells.add(new String(buf, offset, len));
                return;
            }
            // No header: the first record is data, staged like any other (its width is not
            // known until it ends).
            if (i == kinds.length) {
                grow(Math.min(maxFields, 2 * kinds.length));
            }
        } else if (i >= columns.size() || columns.get(i).type == CsvType.TEXT) {
            // Too many fields: reported when the record ends.
            return;
        }
        int kind = cells.parse(buf, offset, len);
        kinds[i] = kind;
        if (kind == CellParser.INT) {
            longs[i] = cells.longValue;
        } else if (kind == CellParser.TEXT) {
            texts[i] = len > 40 ? new String(buf, offset, 37) + "..." : new String(buf, offset, len);
        }
        doubles[i] = cells.doubleValue;
    }

    /** The error for a field longer than the limit (from here or from the parser's buffer). */
    static Failure fieldTooLong(String source, long line, int maxFieldLength) {
        return new Failure(new CsvFormatException(source, line, "a field on line " + line + " is longer than "
                + maxFieldLength + " characters (the limit CsvOptions.maxFieldLength)", null));
    }

    /** The staging arrays with room for {@code n} fields, their values kept. */
    private void grow(int n) {
        kinds = Arrays.copyOf(kinds, n);
        longs = Arrays.copyOf(longs, n);
        doubles = Arrays.copyOf(doubles, n);
        texts = Arrays.copyOf(texts, n);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        recordType = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        recordType = RecordType.EMPTY;
    }

    @Override
    protected Object buildRecord() {
        if (recordType != RecordType.DATA) {
            return null;
        }
        if (first) {
            first = false;
            if (header) {
                for (int j = 0; j < headerCells.size(); j++) {
                    String name = headerCells.get(j).strip();
                    columns.add(new ColumnBuilder(name, j));
                }
                if (columns.size() > kinds.length) {
                    grow(columns.size());
                }
                return ROW;
            }
            // No header: this record is data, already staged by addField.
            for (int j = 0; j < fieldCount; j++) {
                columns.add(new ColumnBuilder(Integer.toString(j), j));
            }
        }
        if (fieldCount != columns.size()) {
            throw new Failure(new CsvFormatException(source, line, "line " + line + " has " + fieldCount
                    + " fields, the header has " + columns.size(), null));
        }
        rows++;
        for (int j = 0; j < fieldCount; j++) {
            ColumnBuilder c = columns.get(j);
            switch (c.type) {
                case TEXT -> { }
                case INT64 -> {
                    switch (kinds[j]) {
                        case CellParser.INT -> c.addLong(longs[j]);
                        case CellParser.TEXT -> text(c, j);
                        default -> {
                            c.toFloat();
                            addFloat(c, j);
                        }
                    }
                }
                case FLOAT64 -> {
                    if (kinds[j] == CellParser.TEXT) {
                        text(c, j);
                    } else {
                        addFloat(c, j);
                    }
                }
            }
        }
        return ROW;
    }

    private void addFloat(ColumnBuilder c, int j) {
        if (kinds[j] == CellParser.MISSING) {
            c.missing++;
        }
        c.addDouble(doubles[j]);
    }

    private void text(ColumnBuilder c, int j) {
        c.toText("'" + texts[j] + "' on line " + line);
    }

    /** Carries a format error out of the parser's callback. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(CsvFormatException e) {
            super(e.getMessage(), e, false, false);
        }

        CsvFormatException error() {
            return (CsvFormatException) getCause();
        }
    }
}
