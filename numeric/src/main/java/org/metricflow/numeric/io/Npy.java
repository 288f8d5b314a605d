package org.metricflow.numeric.io;

import org.metricflow.numeric.AtomicWrite;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} format (versions 1.0–3.0): reads {@code f4 f8 c8 c16 i1 i2 i4 i8 u1 u2 u4 b1} in either byte
 * order and C or Fortran order (converted to C order, integers widened to int64, floats to float64/complex128);
 * writes {@code <f8 <c16 <i8} in C order, version 1.0 with the header padded to 64 bytes.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final int BLOCK = 1 << 16;

    private Npy() {
    }

    /** Reads one array from a {@code .npy} file. */
    public static NpyArray read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new java.io.BufferedInputStream(in, BLOCK), file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes one array to a {@code .npy} file atomically. */
    public static void write(Path file, NpyArray array) {
        AtomicWrite.write(file, out -> write(out, array));
    }

    /**
     * Reads one array from a stream positioned at the magic string.
     *
     * @param name used in error messages (file or archive entry)
     */
    public static NpyArray read(InputStream in, String name) throws IOException {
        DataInputStream din = new DataInputStream(in);
        byte[] magic = new byte[8];
        readFully(din, magic, name, "the header");
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new IllegalArgumentException(name + " is not a NumPy .npy array (bad magic string)");
            }
        }
        int major = magic[6];
        int headerLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(Short.reverseBytes(din.readShort()));
        } else if (major == 2 || major == 3) {
            headerLength = Integer.reverseBytes(din.readInt());
            if (headerLength < 0 || headerLength > 1 << 24) {
                throw new IllegalArgumentException(name + ": implausible .npy header length " + headerLength);
            }
        } else {
            throw new IllegalArgumentException(name + ": unsupported .npy format version " + major + "." + magic[7]);
        }
        byte[] header = new byte[headerLength];
        readFully(din, header, name, "the header");
        String text = new String(header, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = field(DESCR, text, name, "descr");
        boolean fortran = field(FORTRAN, text, name, "fortran_order").equals("True");
        int[] shape = parseShape(field(SHAPE, text, name, "shape"), name);
        return readData(din, descr, fortran, shape, name);
    }

    private static String field(Pattern p, String header, String name, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException(name + ": .npy header has no '" + key + "': " + header.trim());
        }
        return m.group(1);
    }

    private static int[] parseShape(String text, String name) {
        String[] parts = text.split(",");
        int count = 0;
        for (String p : parts) {
            count += p.isBlank() ? 0 : 1;
        }
        int[] shape = new int[count];
        int k = 0;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            try {
                long v = Long.parseLong(p.trim().replace("L", ""));
                if (v < 0 || v > Integer.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                shape[k++] = (int) v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": bad .npy shape (" + text + ")");
            }
        }
        return shape;
    }

    /** Values allocated before any data has been read (arrays grow by doubling as data arrives). */
    private static final int INITIAL_CAPACITY = 1 << 16;

    private static NpyArray readData(DataInputStream in, String descr, boolean fortran, int[] shape, String name)
            throws IOException {
        if (descr.length() < 3) {
            throw new IllegalArgumentException(name + ": unsupported dtype '" + descr + "'");
        }
        char order = descr.charAt(0);
        ByteOrder bo = order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if (order != '<' && order != '>' && order != '|' && order != '=') {
            throw new IllegalArgumentException(name + ": unsupported byte order in dtype '" + descr + "'");
        }
        String kind = descr.substring(1);
        long elements = 1;
        for (int s : shape) {
            elements *= s;
        }
        int width;
        boolean complex = false;
        boolean floating = false;
        switch (kind) {
            case "f8" -> {
                width = 8;
                floating = true;
            }
            case "f4" -> {
                width = 4;
                floating = true;
            }
            case "c16" -> {
                width = 16;
                complex = true;
            }
            case "c8" -> {
                width = 8;
                complex = true;
            }
            case "i8", "u1", "i1", "b1", "i2", "u2", "i4", "u4" -> width = Integer.parseInt(kind.substring(1));
            default -> throw new IllegalArgumentException(name + ": unsupported dtype '" + descr
                    + "' (supported: f4 f8 c8 c16 i1 i2 i4 i8 u1 u2 u4 b1)");
        }
        long values = elements * (complex ? 2 : 1);
        if (values > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": array of shape " + NpyArray.shapeText(shape)
                    + " is too large for one Java array");
        }
        int count = (int) values;
        double limit = 0.8 * Runtime.getRuntime().maxMemory();
        if (8.0 * count > limit) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s: array of shape %s needs "
                    + "%.3g GB of memory, more than the %.3g GB (80%% of -Xmx) this JVM may use", name,
                    NpyArray.shapeText(shape), 8e-9 * count, 1e-9 * limit));
        }
        int valueWidth = complex ? width / 2 : width;
        // grown as data arrives, so a header that claims more than the file holds fails as truncated, not OOM
        int capacity = Math.min(count, INITIAL_CAPACITY);
        double[] doubles = floating || complex ? new double[capacity] : null;
        long[] longs = doubles == null ? new long[capacity] : null;
        byte[] buf = new byte[BLOCK - BLOCK % 16];
        int done = 0;
        while (done < count) {
            int take = Math.min(count - done, buf.length / valueWidth);
            if (done + take > capacity) {
                capacity = (int) Math.min(count, Math.max(done + take, 2L * capacity));
                if (doubles != null) {
                    doubles = java.util.Arrays.copyOf(doubles, capacity);
                } else {
                    longs = java.util.Arrays.copyOf(longs, capacity);
                }
            }
            readFully(in, buf, 0, take * valueWidth, name, "the data (" + count + " values of " + descr + ")");
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, take * valueWidth).order(bo);
            for (int i = 0; i < take; i++) {
                if (doubles != null) {
                    doubles[done + i] = valueWidth == 8 ? bb.getDouble() : bb.getFloat();
                } else {
                    longs[done + i] = switch (kind) {
                        case "i8" -> bb.getLong();
                        case "i4" -> bb.getInt();
                        case "u4" -> Integer.toUnsignedLong(bb.getInt());
                        case "i2" -> bb.getShort();
                        case "u2" -> Short.toUnsignedInt(bb.getShort());
                        case "i1" -> bb.get();
                        default -> Byte.toUnsignedInt(bb.get());
                    };
                }
            }
            done += take;
        }
        if (fortran && shape.length > 1) {
            if (doubles != null) {
                doubles = toCOrder(doubles, shape, complex ? 2 : 1);
            } else {
                longs = toCOrder(longs, shape);
            }
        }
        if (complex) {
            return new NpyArray.Complex128(shape, doubles);
        }
        return floating ? new NpyArray.Float64(shape, doubles) : new NpyArray.Int64(shape, longs);
    }

    /** Index in Fortran order of the element with C-order index {@code c}. */
    private static int fortranIndex(int c, int[] shape) {
        int f = 0;
        int stride = 1;
        int rest = c;
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = rest % shape[d];
            rest /= shape[d];
        }
        for (int d = 0; d < shape.length; d++) {
            f += idx[d] * stride;
            stride *= shape[d];
        }
        return f;
    }

    private static double[] toCOrder(double[] src, int[] shape, int per) {
        double[] out = new double[src.length];
        for (int c = 0; c < src.length / per; c++) {
            System.arraycopy(src, fortranIndex(c, shape) * per, out, c * per, per);
        }
        return out;
    }

    private static long[] toCOrder(long[] src, int[] shape) {
        long[] out = new long[src.length];
        for (int c = 0; c < src.length; c++) {
            out[c] = src[fortranIndex(c, shape)];
        }
        return out;
    }

    /** Writes one array (version 1.0 header, little-endian, C order). */
    public static void write(OutputStream out, NpyArray array) throws IOException {
        String dict = "{'descr': '" + array.descr() + "', 'fortran_order': False, 'shape': "
                + NpyArray.shapeText(array.shape()) + ", }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        out.write(MAGIC);
        out.write(1);
        out.write(0);
        out.write(header.length() & 0xff);
        out.write(header.length() >>> 8);
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer bb = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        if (array instanceof NpyArray.Float64 a) {
            writeDoubles(out, bb, a.data());
        } else if (array instanceof NpyArray.Complex128 a) {
            writeDoubles(out, bb, a.data());
        } else {
            for (long v : ((NpyArray.Int64) array).data()) {
                if (bb.remaining() < 8) {
                    flush(out, bb);
                }
                bb.putLong(v);
            }
            flush(out, bb);
        }
    }

    private static void writeDoubles(OutputStream out, ByteBuffer bb, double[] d) throws IOException {
        for (double v : d) {
            if (bb.remaining() < 8) {
                flush(out, bb);
            }
            bb.putDouble(v);
        }
        flush(out, bb);
    }

    private static void flush(OutputStream out, ByteBuffer bb) throws IOException {
        out.write(bb.array(), 0, bb.position());
        bb.clear();
    }

    private static void readFully(DataInputStream in, byte[] b, String name, String what) throws IOException {
        readFully(in, b, 0, b.length, name, what);
    }

    private static void readFully(DataInputStream in, byte[] b, int off, int len, String name, String what)
            throws IOException {
        try {
            in.readFully(b, off, len);
        } catch (EOFException e) {
            throw new IllegalArgumentException(name + " is truncated: it ends inside " + what);
        }
    }
}
