package org.kernels4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes .npy files the way NumPy does (header padded to a multiple of 64), for the tests. */
final class NpyWriter {
    private NpyWriter() {
    }

    /** The header dictionary text for a descr and shape, as numpy.lib.format writes it. */
    static String dict(String descr, boolean fortran, long... shape) {
        StringBuilder sh = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sh.append(k > 0 ? ", " : "").append(shape[k]);
        }
        sh.append(shape.length == 1 ? ",)" : ")");
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + sh + ", }";
    }

    /** A version 1.0 (or 2.0) file with the given header text and raw data bytes. */
    static void write(Path file, int major, String dict, byte[] data) throws IOException {
        int lenBytes = major == 1 ? 2 : 4;
        int pre = 6 + 2 + lenBytes;
        int total = pre + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        ByteBuffer len = ByteBuffer.allocate(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            len.putShort((short) header.length());
        } else {
            len.putInt(header.length());
        }
        out.write(len.array());
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        Files.write(file, out.toByteArray());
    }

    static byte[] f64(double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putDouble(x);
        }
        return b.array();
    }

    static byte[] f32(double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putFloat((float) x);
        }
        return b.array();
    }

    static byte[] i32(double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putInt((int) x);
        }
        return b.array();
    }

    static byte[] i64(double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putLong((long) x);
        }
        return b.array();
    }
}
