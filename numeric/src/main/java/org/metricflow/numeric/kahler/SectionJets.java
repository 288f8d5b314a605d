package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.metricflow.numeric.sample.PointSample;

/**
 * Section jets of a block of points as one matrix, and the Hermitian matrices M_{ab} = (F D_a)^†(F D_b) for
 * H = F^† F (F: N_k × N_k, e.g. a Cholesky factor). Rows (point j, slot a) of the jet matrix Dt hold the row
 * vector D_a^T (slot 0: s, slot 1+i: ∂_i s) of point j; then Y = Dt F^T and M_{ab} = Σ_α conj(Y_{a α}) Y_{b α}.
 * One EJML product per block does the O(N_k²) work. A per-thread workspace.
 */
public final class SectionJets {

    private final MonomialBasis basis;
    private final MonomialBasis.Jet jet;
    private final int slots;
    private final int capacity;
    private final ZMatrixRMaj dt;
    private final ZMatrixRMaj y;

    /**
     * @param basis    the sections
     * @param capacity maximal number of points per block
     */
    public SectionJets(MonomialBasis basis, int capacity) {
        this.basis = basis;
        this.jet = basis.jet();
        this.slots = basis.coordinates() + 1;
        this.capacity = capacity;
        this.dt = new ZMatrixRMaj(capacity * slots, basis.size());
        this.y = new ZMatrixRMaj(capacity * slots, basis.size());
    }

    /** Number n+2 of jet slots per point. */
    public int slots() {
        return slots;
    }

    /** Loads the jets of points {@code from .. to-1} of the sample (in their own charts). */
    public void load(PointSample s, int from, int to) {
        load(s.points(), 2 * s.coordinates(), from, to);
    }

    /** Loads the jets of points {@code from .. to-1} of an array of points (stride doubles each, [Re.., Im..]). */
    public void load(double[] points, int stride, int from, int to) {
        int count = to - from;
        if (count < 1 || count > capacity) {
            throw new IllegalArgumentException("block of " + count + " points does not fit capacity " + capacity);
        }
        dt.reshape(count * slots, basis.size());
        int row = 2 * basis.size() * slots;
        for (int j = 0; j < count; j++) {
            jet.evaluate(points, (from + j) * stride, false, dt.data, j * row);
        }
    }

    /** The loaded jet matrix Dt ((points·(n+2)) × N_k); shared, do not modify. */
    public ZMatrixRMaj jets() {
        return dt;
    }

    /**
     * Computes M for every loaded point into {@code out} ((n+2)² complex per point, interleaved row-major, point j
     * at {@code out[j·2(n+2)²]}) for H = F^† F, given {@code factorTransposed} = F^T.
     */
    public void gram(ZMatrixRMaj factorTransposed, double[] out) {
        y.reshape(dt.numRows, dt.numCols);
        CommonOps_ZDRM.mult(dt, factorTransposed, y);
        hermitianGram(y.data, slots, dt.numRows / slots, basis.size(), out);
    }

    /**
     * M_{ab} = Σ_α conj(Y_{aα}) Y_{bα} over the {@code slots} consecutive rows (N_k = {@code n} interleaved complex
     * each) of every one of {@code count} points of {@code v}, into {@code out} (slots² complex per point, row-major).
     */
    static void hermitianGram(double[] v, int slots, int count, int n, double[] out) {
        int mm = 2 * slots * slots;
        for (int j = 0; j < count; j++) {
            for (int a = 0; a < slots; a++) {
                int ra = 2 * n * (j * slots + a);
                for (int b = a; b < slots; b++) {
                    int rb = 2 * n * (j * slots + b);
                    double re = 0;
                    double im = 0;
                    for (int t = 0; t < 2 * n; t += 2) {
                        double xr = v[ra + t];
                        double xi = v[ra + t + 1];
                        double zr = v[rb + t];
                        double zi = v[rb + t + 1];
                        re += xr * zr + xi * zi;
                        im += xr * zi - xi * zr;
                    }
                    out[j * mm + 2 * (a * slots + b)] = re;
                    out[j * mm + 2 * (a * slots + b) + 1] = a == b ? 0 : im;
                    out[j * mm + 2 * (b * slots + a)] = re;
                    out[j * mm + 2 * (b * slots + a) + 1] = a == b ? 0 : -im;
                }
            }
        }
    }
}
