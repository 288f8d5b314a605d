package org.metricflow.numeric.io;

import org.metricflow.numeric.AtomicWrite;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy {@code .npz} archives: a zip file with one {@code <key>.npy} entry per array, as written by
 * {@code np.savez} (stored) and {@code np.savez_compressed} (deflated); both are read. Writes are atomic.
 */
public final class Npz {

    private Npz() {
    }

    /**
     * Reads every array, in archive order.
     *
     * @throws IllegalArgumentException when the file is missing, not a zip archive, or holds something other than
     *                                  .npy arrays
     */
    public static Map<String, NpyArray> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        }
        Map<String, NpyArray> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                if (!name.endsWith(".npy")) {
                    throw new IllegalArgumentException(file + ": entry '" + name + "' is not a .npy array");
                }
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e), 1 << 16)) {
                    out.put(name.substring(0, name.length() - 4), Npy.read(in, file + "[" + name + "]"));
                }
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not an .npz (zip) archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Writes the arrays as {@code <key>.npy} entries, atomically (temporary file, then rename).
     *
     * @param compressed deflate the entries ({@code np.savez_compressed}) or store them ({@code np.savez})
     */
    public static void write(Path file, Map<String, ? extends NpyArray> arrays, boolean compressed) {
        for (String key : arrays.keySet()) {
            if (key.isEmpty() || key.contains("/")) {
                throw new IllegalArgumentException("bad .npz key '" + key + "'");
            }
        }
        AtomicWrite.write(file, raw -> {
            ZipOutputStream zip = new ZipOutputStream(raw);
            for (Map.Entry<String, ? extends NpyArray> en : arrays.entrySet()) {
                ZipEntry entry = new ZipEntry(en.getKey() + ".npy");
                if (compressed) {
                    entry.setMethod(ZipEntry.DEFLATED);
                    zip.putNextEntry(entry);
                    Npy.write(zip, en.getValue());
                } else {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    Npy.write(bytes, en.getValue());
                    CRC32 crc = new CRC32();
                    byte[] b = bytes.toByteArray();
                    crc.update(b);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(b.length);
                    entry.setCompressedSize(b.length);
                    entry.setCrc(crc.getValue());
                    zip.putNextEntry(entry);
                    zip.write(b);
                }
                zip.closeEntry();
            }
            zip.finish();
        });
    }
}
