package org.metricflow.flows.quintic.exact;

import java.util.function.UnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * φ(A) b from a Krylov subspace: k Lanczos steps from b (full reorthogonalisation), A ≈ Q_k T_k Q_kᵀ on the subspace,
 * y ≈ |b| Q_k φ(T_k) e₁ (the approximation neural-tangents-style closed forms use when eigh does not fit). Needs only
 * products A v, so it runs matrix-free and on block-diagonal (clustered) kernels. Exact when the Krylov space is
 * invariant (β_k = 0); otherwise {@link #change} estimates the error by comparing with the first 3k/4 steps. The
 * smooth filters of moderate t converge in a few hundred steps; t = ∞ without ridge (the pseudo-inverse) does not.
 */
public final class LanczosSpectrum implements KernelSpectrum {

    private final double[][] basis;
    private final double norm;
    private final Ritz full;
    private final Ritz part;

    /**
     * @param a        v ↦ A v (symmetric positive semi-definite)
     * @param b        the start vector
     * @param maxSteps k ≥ 1, at most N
     */
    public LanczosSpectrum(UnaryOperator<double[]> a, double[] b, int maxSteps) {
        int n = b.length;
        int kmax = Math.min(maxSteps, n);
        double[][] v = new double[kmax][];
        double[] alpha = new double[kmax];
        double[] beta = new double[kmax]; // beta[j] couples v_j and v_{j+1}
        this.norm = Math.sqrt(dot(b, b));
        if (!(norm > 0)) {
            throw new IllegalArgumentException("the start vector is zero: nothing to flow");
        }
        double[] w = scaled(b, 1 / norm);
        int k = 0;
        while (k < kmax) {
            v[k] = w;
            double[] u = a.apply(w);
            alpha[k] = dot(u, w);
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j <= k; j++) {
                    double c = dot(u, v[j]);
                    for (int i = 0; i < n; i++) {
                        u[i] -= c * v[j][i];
                    }
                }
            }
            double bk = Math.sqrt(dot(u, u));
            beta[k] = bk;
            k++;
            if (bk <= 1e-13 * Math.abs(alpha[0]) || k == kmax) {
                break;
            }
            w = scaled(u, 1 / bk);
        }
        this.basis = java.util.Arrays.copyOf(v, k);
        this.full = new Ritz(alpha, beta, k);
        this.part = new Ritz(alpha, beta, Math.max(1, 3 * k / 4));
    }

    /** Number of Lanczos steps taken. */
    public int steps() {
        return basis.length;
    }

    @Override
    public double[] apply(FlowTime time) {
        return combine(full.coefficients(time, norm), basis.length);
    }

    /** |y_k − y_{3k/4}|/|y_k|: how much the last quarter of the steps changed φ(A) b (an error estimate). */
    public double change(FlowTime time) {
        double[] y = apply(time);
        double[] z = combine(part.coefficients(time, norm), part.size);
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += (y[i] - z[i]) * (y[i] - z[i]);
        }
        return Math.sqrt(d / Math.max(dot(y, y), Double.MIN_NORMAL));
    }

    @Override
    public double largest() {
        return full.max;
    }

    @Override
    public double smallest() {
        return full.min;
    }

    @Override
    public String method() {
        return "lanczos k=" + basis.length;
    }

    private double[] combine(double[] c, int k) {
        int n = basis[0].length;
        double[] y = new double[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                y[i] += c[j] * basis[j][i];
            }
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] scaled(double[] a, double f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * f;
        }
        return out;
    }

    /** Eigen-pairs of the leading k × k block of the tridiagonal T. */
    private static final class Ritz {
        final int size;
        final double[] values;
        final double[] firstRow;
        final DMatrixRMaj vectors;
        final double max;
        final double min;

        Ritz(double[] alpha, double[] beta, int k) {
            this.size = k;
            DMatrixRMaj t = new DMatrixRMaj(k, k);
            for (int i = 0; i < k; i++) {
                t.set(i, i, alpha[i]);
                if (i + 1 < k) {
                    t.set(i, i + 1, beta[i]);
                    t.set(i + 1, i, beta[i]);
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
            if (!eig.decompose(t)) {
                throw new IllegalStateException("eigendecomposition of the " + k + " x " + k + " Lanczos matrix failed");
            }
            values = new double[k];
            firstRow = new double[k];
            vectors = new DMatrixRMaj(k, k);
            double m = 0;
            double lo = Double.POSITIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                values[i] = eig.getEigenvalue(i).real;
                m = Math.max(m, values[i]);
                lo = Math.min(lo, values[i]);
                DMatrixRMaj s = eig.getEigenVector(i);
                for (int r = 0; r < k; r++) {
                    vectors.set(r, i, s.get(r));
                }
                firstRow[i] = s.get(0);
            }
            max = m;
            min = lo;
        }

        /** |b| S φ(Θ) Sᵀ e₁. */
        double[] coefficients(FlowTime time, double norm) {
            double zero = max * size * Math.ulp(1.0);
            double[] c = new double[size];
            for (int i = 0; i < size; i++) {
                double f = time.filter(values[i], zero) * firstRow[i] * norm;
                for (int r = 0; r < size; r++) {
                    c[r] += vectors.get(r, i) * f;
                }
            }
            return c;
        }
    }
}
