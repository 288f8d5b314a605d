package org.metricflow.flows.quintic.exact;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * φ(A) b from one symmetric eigendecomposition A = V Λ Vᵀ (EJML): y = V φ(Λ) Vᵀ b, exact up to round-off for every
 * flow time. O(N³) once (EJML's symmetric QR algorithm, one thread), O(N²) per evaluation; 16 N² bytes.
 */
public final class DenseSpectrum implements KernelSpectrum {

    private final DMatrixRMaj vectors;
    private final double[] values;
    private final double[] coefficients;
    private final double zero;

    /** Decomposes {@code a} (N × N symmetric; overwritten) for the vector {@code b}. */
    public DenseSpectrum(DMatrixRMaj a, double[] b) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a)) {
            throw new IllegalStateException("the symmetric eigendecomposition of the " + n + " x " + n
                    + " kernel matrix failed");
        }
        this.values = new double[n];
        this.vectors = new DMatrixRMaj(n, n);
        double max = 0;
        for (int i = 0; i < n; i++) {
            values[i] = eig.getEigenvalue(i).real;
            max = Math.max(max, values[i]);
            DMatrixRMaj v = eig.getEigenVector(i);
            for (int r = 0; r < n; r++) {
                vectors.data[r * n + i] = v.data[r];
            }
        }
        this.zero = max * n * Math.ulp(1.0);
        DMatrixRMaj c = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.multTransA(vectors, DMatrixRMaj.wrap(n, 1, b.clone()), c);
        this.coefficients = c.data;
    }

    @Override
    public double[] apply(FlowTime time) {
        int n = values.length;
        DMatrixRMaj scaled = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            scaled.data[i] = time.filter(values[i], zero) * coefficients[i];
        }
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(vectors, scaled, y);
        return y.data;
    }

    @Override
    public double largest() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    @Override
    public double smallest() {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The eigenvalues of A (a copy, in EJML's order). */
    public double[] eigenvalues() {
        return values.clone();
    }

    @Override
    public String method() {
        return "eigen";
    }
}
