package org.metricflow.numeric.cluster;

import java.util.Arrays;

/**
 * Single-precision similarities s_i = |⟨q_i, x⟩|² of a block of queries against one reference point, folded into a
 * running maximum per query. The queries are the vector dimension: structure-of-arrays {@code q[2j][i] = Re q_i,j},
 * {@code q[2j+1][i] = Im q_i,j}, and the reference's components are loop-invariant scalars. Every loop body is kept
 * to at most two complex coordinates so that HotSpot's superword pass vectorises it (a larger body is left scalar;
 * measured on JDK 17 with AVX-512); partial sums live in {@code re}/{@code im}.
 *
 * <p>Evaluation order (relevant to the error bound in {@link FsNearestNeighbours}): Re and Im of ⟨q, x⟩ are each a
 * sum of 2(n+1) products, each product rounded once and accumulated left to right (coordinates in order);
 * then s = Re² + Im² with three more roundings. Java float arithmetic is strict IEEE (no fused multiply-add, no
 * re-association), so vectorised and scalar iterations give identical values.
 */
final class FloatSimilarityKernel {

    private FloatSimilarityKernel() {
    }

    /**
     * {@code max[i] = max(max[i], |⟨q_i, x⟩|²)} for {@code i ∈ [0, count)}, except {@code i = skip} (−1 for none).
     *
     * @param q    queries, 2(n+1) arrays of at least {@code count} floats (not modified)
     * @param x    reference points interleaved (Re x_0, Im x_0, Re x_1, ..) (not modified)
     * @param xOff offset of this reference in {@code x}
     * @param re   work array of at least {@code count} floats (modified)
     * @param im   work array of at least {@code count} floats (modified)
     * @param max  running maxima (modified)
     */
    static void foldMax(float[][] q, int count, float[] x, int xOff, float[] re, float[] im, float[] max, int skip) {
        int n1 = q.length / 2;
        int last = n1 - 1;   // coordinate handled together with the square and the maximum
        int j;
        if (last >= 2) {
            initPair(q, 0, count, x, xOff, re, im);
            j = 2;
        } else {
            Arrays.fill(re, 0, count, 0f);
            Arrays.fill(im, 0, count, 0f);
            j = 0;
        }
        for (; j + 1 < last; j += 2) {
            addPair(q, j, count, x, xOff, re, im);
        }
        if (j < last) {
            addOne(q, j, count, x, xOff, re, im);
        }
        if (skip < 0 || skip >= count) {
            finish(q, last, 0, count, x, xOff, re, im, max);
        } else {
            finish(q, last, 0, skip, x, xOff, re, im, max);
            finish(q, last, skip + 1, count, x, xOff, re, im, max);
        }
    }

    private static void initPair(float[][] q, int j, int n, float[] x, int o, float[] re, float[] im) {
        float xr0 = x[o + 2 * j];
        float xi0 = x[o + 2 * j + 1];
        float xr1 = x[o + 2 * j + 2];
        float xi1 = x[o + 2 * j + 3];
        float[] qr0 = q[2 * j];
        float[] qi0 = q[2 * j + 1];
        float[] qr1 = q[2 * j + 2];
        float[] qi1 = q[2 * j + 3];
        for (int i = 0; i < n; i++) {
            float a = qr0[i];
            float b = qi0[i];
            float c = qr1[i];
            float d = qi1[i];
            re[i] = a * xr0 + b * xi0 + c * xr1 + d * xi1;
            im[i] = a * xi0 - b * xr0 + c * xi1 - d * xr1;
        }
    }

    private static void addPair(float[][] q, int j, int n, float[] x, int o, float[] re, float[] im) {
        float xr0 = x[o + 2 * j];
        float xi0 = x[o + 2 * j + 1];
        float xr1 = x[o + 2 * j + 2];
        float xi1 = x[o + 2 * j + 3];
        float[] qr0 = q[2 * j];
        float[] qi0 = q[2 * j + 1];
        float[] qr1 = q[2 * j + 2];
        float[] qi1 = q[2 * j + 3];
        for (int i = 0; i < n; i++) {
            float a = qr0[i];
            float b = qi0[i];
            float c = qr1[i];
            float d = qi1[i];
            re[i] = re[i] + a * xr0 + b * xi0 + c * xr1 + d * xi1;
            im[i] = im[i] + a * xi0 - b * xr0 + c * xi1 - d * xr1;
        }
    }

    private static void addOne(float[][] q, int j, int n, float[] x, int o, float[] re, float[] im) {
        float xr = x[o + 2 * j];
        float xi = x[o + 2 * j + 1];
        float[] qr = q[2 * j];
        float[] qi = q[2 * j + 1];
        for (int i = 0; i < n; i++) {
            float a = qr[i];
            float b = qi[i];
            re[i] = re[i] + a * xr + b * xi;
            im[i] = im[i] + a * xi - b * xr;
        }
    }

    private static void finish(float[][] q, int j, int from, int to, float[] x, int o, float[] re, float[] im,
                               float[] max) {
        float xr = x[o + 2 * j];
        float xi = x[o + 2 * j + 1];
        float[] qr = q[2 * j];
        float[] qi = q[2 * j + 1];
        for (int i = from; i < to; i++) {
            float a = qr[i];
            float b = qi[i];
            float r = re[i] + a * xr + b * xi;
            float t = im[i] + a * xi - b * xr;
            max[i] = Math.max(max[i], r * r + t * t);
        }
    }
}
