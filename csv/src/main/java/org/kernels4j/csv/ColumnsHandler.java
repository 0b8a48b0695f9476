package org.kernels4j.csv;

import java.util.ArrayList;
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
    private final CellParser cells;
    final List<ColumnBuilder> columns = new ArrayList<>();
    private boolean first = true;
    private final List<String> headerCells = new ArrayList<>();
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
        int i = fieldCount++;
        if (first) {
            headerCells.add(new String(buf, offset, len));
            return;
        }
        // Too many fields: reported when the record ends.
        if (i >= columns.size() || columns.get(i).type == CsvType.TEXT) {
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

    private void grow(int n) {
        kinds = new int[n];
        longs = new long[n];
        doubles = new double[n];
        texts = new String[n];
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
            // No header: this record is data; replay it.
            for (int j = 0; j < headerCells.size(); j++) {
                columns.add(new ColumnBuilder(Integer.toString(j), j));
            }
            grow(Math.max(16, columns.size()));
            for (int j = 0; j < headerCells.size(); j++) {
                char[] c = headerCells.get(j).toCharArray();
                int kind = cells.parse(c, 0, c.length);
                kinds[j] = kind;
                longs[j] = cells.longValue;
                doubles[j] = cells.doubleValue;
                texts[j] = headerCells.get(j);
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
