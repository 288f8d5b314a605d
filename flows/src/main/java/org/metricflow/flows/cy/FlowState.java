package org.metricflow.flows.cy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metricflow.numeric.io.ArrayLookup;
import org.metricflow.numeric.io.NpyArray;
import org.metricflow.numeric.io.Npz;

/**
 * A checkpoint of a {@link PotentialFlow}: the starting H₀, epochs done, B (H = F₀^† B^† B F₀) and the Adam moments;
 * all N_k × N_k matrices interleaved complex, row-major.
 *
 * @param epoch    completed epochs
 * @param h0       the starting H₀, 2N_k² doubles
 * @param b        B, 2N_k² doubles
 * @param adamM    first moments
 * @param adamV    second moments
 * @param adamStep Adam steps taken
 * @param flow     the flow that was run (checkpoints without the key are Monge–Ampère runs)
 */
public record FlowState(int epoch, double[] h0, double[] b, double[] adamM, double[] adamV, long adamStep,
                        KahlerFlow flow) {

    /** Writes the checkpoint atomically (.npz). */
    public void write(Path file) {
        int n = (int) Math.round(Math.sqrt(b.length / 2.0));
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("epoch", new NpyArray.Int64(new int[0], new long[] {epoch}));
        m.put("h0", new NpyArray.Complex128(new int[] {n, n}, h0));
        m.put("b", new NpyArray.Complex128(new int[] {n, n}, b));
        m.put("adam_m", new NpyArray.Float64(new int[] {2 * n * n}, adamM));
        m.put("adam_v", new NpyArray.Float64(new int[] {2 * n * n}, adamV));
        m.put("adam_step", new NpyArray.Int64(new int[0], new long[] {adamStep}));
        m.put("flow", new NpyArray.Int64(new int[0], new long[] {flow.ordinal()}));
        Npz.write(file, m, false);
    }

    private static KahlerFlow flow(ArrayLookup a, Path file) {
        if (!a.has("flow")) {
            return KahlerFlow.MONGE_AMPERE;
        }
        long code = a.int64("flow").data()[0];
        if (code < 0 || code >= KahlerFlow.values().length) {
            throw new IllegalArgumentException(file + ": unknown flow code " + code);
        }
        return KahlerFlow.values()[(int) code];
    }

    /**
     * Reads a checkpoint for a basis of {@code sections} sections.
     *
     * @throws IllegalArgumentException when a key is missing or the shapes do not match {@code sections}
     */
    public static FlowState read(Path file, int sections) {
        ArrayLookup a = new ArrayLookup(Npz.read(file), file);
        int n = sections;
        return new FlowState((int) a.int64("epoch").data()[0], a.complex128("h0", n, n).data(),
                a.complex128("b", n, n).data(), a.float64("adam_m", 2 * n * n).data(),
                a.float64("adam_v", 2 * n * n).data(), a.int64("adam_step").data()[0], flow(a, file));
    }
}
