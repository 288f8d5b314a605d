package org.metricflow.flows.time;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.metricflow.numeric.AtomicWrite;

/**
 * A resumable state of a run of any {@link org.metricflow.flows.MetricFlow} (grid or point cloud): the state vector at
 * a segment end (velocity flows) or after an accepted step (step flows), with the fingerprint of the run (flow,
 * points, integrator or step settings) that must match on resumption.
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code MFCK}, version 2, fingerprint (modified
 * UTF-8), time, steps, next step size, state length, the state, and a CRC-32 of everything before it. Written
 * atomically (temporary sibling, then rename), so a reader never sees a partial file.
 *
 * @param fingerprint what produced the state (see {@link FlowRunner#fingerprint})
 * @param time        flow time of the state
 * @param steps       accepted steps before it
 * @param nextStep    size h of the next step of a step flow (it may have grown or been halved); NaN for a velocity
 *                    flow (each segment starts a fresh integrator)
 * @param state       the state vector
 */
public record Checkpoint(String fingerprint, double time, long steps, double nextStep, double[] state) {

    private static final int MAGIC = 0x4D46434B;
    private static final int VERSION = 2;

    public Checkpoint {
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    /** Writes this checkpoint to {@code file} atomically, creating parent directories. */
    public void write(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 8 * state.length);
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeDouble(time);
            out.writeLong(steps);
            out.writeDouble(nextStep);
            out.writeInt(state.length);
            for (double v : state) {
                out.writeDouble(v);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode checkpoint " + file + ": " + e.getMessage(), e);
        }
        AtomicWrite.writeBytes(file, bytes.toByteArray());
    }

    /**
     * Reads a checkpoint.
     *
     * @throws IllegalArgumentException when the file is missing, not a checkpoint, or corrupt
     */
    public static Checkpoint read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("checkpoint file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
            if (all.length < 16 || in.readInt() != MAGIC) {
                throw new IllegalArgumentException(file + " is not a metricflow checkpoint");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("checkpoint " + file + " has version " + version + ", expected "
                        + VERSION);
            }
            String fingerprint = in.readUTF();
            double time = in.readDouble();
            long steps = in.readLong();
            double nextStep = in.readDouble();
            int n = in.readInt();
            if (n < 0 || in.available() != 8L * n + 8) {
                throw new IllegalArgumentException("checkpoint " + file + " is truncated or corrupt");
            }
            double[] state = new double[n];
            for (int i = 0; i < n; i++) {
                state[i] = in.readDouble();
            }
            long stored = in.readLong();
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            if (crc.getValue() != stored) {
                throw new IllegalArgumentException("checkpoint " + file + " is corrupt (CRC mismatch)");
            }
            return new Checkpoint(fingerprint, time, steps, nextStep, state);
        } catch (IOException e) {
            throw new IllegalArgumentException("checkpoint " + file + " is truncated or corrupt", e);
        }
    }
}
