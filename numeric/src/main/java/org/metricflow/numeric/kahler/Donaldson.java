package org.metricflow.numeric.kahler;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.sample.PointSample;

/**
 * Donaldson's algorithm for balanced metrics: starting from the multinomial H ({@link AlgebraicMetric#multinomial},
 * exactly Fubini–Study for k below the degree of X), iterate H ← T(H)^{-1} ({@link TOperator}) until
 * ‖H T(H) − 1‖_F/√N_k ≤ tolerance. The iteration is a contraction (Donaldson 2009), typically ~10 steps to 1e-6.
 */
public final class Donaldson {

    private Donaldson() {
    }

    /**
     * @param start         the first iterate
     * @param sample        integration points (at least N_k²; more for an unbiased balanced metric)
     * @param maxIterations at most this many T-operator applications (≥ 1)
     * @param tolerance     stop when the residual of an iterate falls below this
     * @param threads       worker threads
     * @param progress      called with the iteration number after each step (may be a no-op)
     */
    public static BalancedRun balance(AlgebraicMetric start, PointSample sample, int maxIterations, double tolerance,
                                      int threads, IntConsumer progress) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + maxIterations);
        }
        long cpu0 = CpuTime.now();
        AlgebraicMetric h = start;
        double[] residuals = new double[maxIterations];
        int done = 0;
        boolean converged = false;
        while (done < maxIterations) {
            ZMatrixRMaj t = TOperator.apply(h, sample, threads);
            residuals[done++] = residual(h.h(), t);
            progress.accept(done);
            if (residuals[done - 1] <= tolerance) {
                converged = true;
                break;
            }
            h = new AlgebraicMetric(h.manifold(), h.basis(), inverse(t));
        }
        return new BalancedRun(h, Arrays.copyOf(residuals, done), converged, CpuTime.since(cpu0));
    }

    /** ‖H T − 1‖_F/√N: distance from the balanced condition T(H) = H^{-1}. */
    public static double residual(ZMatrixRMaj h, ZMatrixRMaj t) {
        int n = h.numRows;
        ZMatrixRMaj p = new ZMatrixRMaj(n, n);
        CommonOps_ZDRM.mult(h, t, p);
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = p.getReal(i, j) - (i == j ? 1 : 0);
                double im = p.getImag(i, j);
                s += re * re + im * im;
            }
        }
        return Math.sqrt(s / n);
    }

    /** T^{-1}, made exactly Hermitian. */
    static ZMatrixRMaj inverse(ZMatrixRMaj t) {
        ZMatrixRMaj inv = new ZMatrixRMaj(t.numRows, t.numCols);
        if (!CommonOps_ZDRM.invert(t, inv)) {
            throw new IllegalStateException("T(H) is singular: too few points for this k");
        }
        ZMatrixRMaj adj = new ZMatrixRMaj(t.numRows, t.numCols);
        CommonOps_ZDRM.transposeConjugate(inv, adj);
        CommonOps_ZDRM.add(inv, adj, inv);
        CommonOps_ZDRM.scale(0.5, 0, inv);
        return inv;
    }
}
