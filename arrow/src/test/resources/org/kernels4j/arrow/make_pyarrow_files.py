"""Writes the small Arrow files the tests read (run with pyarrow; the outputs are committed)."""
import pyarrow as pa
import pyarrow.feather as feather

table = pa.table({
    "f8": pa.array([1.5, None, -2.25, 4.0, float("nan")], type=pa.float64()),
    "f4": pa.array([0.5, 1.5, 2.5, None, 4.5], type=pa.float32()),
    "i4": pa.array([1, 2, 3, 4, 5], type=pa.int32()),
    "i8": pa.array([10, None, 30, 2**53 + 1, -50], type=pa.int64()),
    "name": pa.array(["a", "b", "c", "d", "e"]),
})
# Two record batches of 3 and 2 rows.
feather.write_feather(table, "pyarrow_small.feather", compression="uncompressed", chunksize=3)
with pa.OSFile("pyarrow_small.arrows", "wb") as sink:
    with pa.ipc.new_stream(sink, table.schema) as w:
        for b in table.to_batches(max_chunksize=3):
            w.write_batch(b)
print(pa.__version__)
