package org.metricflow.flows.quintic.exact;

import org.ejml.data.DMatrixRMaj;
import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * The measure-weighted kernel of a frozen-kernel flow in symmetric form, A = Q Ŵ^{1/2} Θ Ŵ^{1/2} Q: Θ the training
 * kernel matrix, Ŵ = diag(ŵ) its weights, Q = I − q qᵀ with q = ŵ^{1/2}/|ŵ^{1/2}| the projector that removes the
 * constant mode (a global rescaling of g, to which σ is blind; κ's dependence on g removes it from the flow, see
 * {@code KappaCoupling}). A is symmetric positive semi-definite for a positive semi-definite Θ. Applied matrix-free
 * through the flow's training operator (out = Θ Ŵ x), or formed densely.
 */
public final class SymmetrisedKernel {

    private final KernelOperator training;
    private final double[] sqrtW;
    private final double[] q;

    /**
     * @param training    the flow's training operator, out = Θ Ŵ v
     * @param flowWeights ŵ (> 0)
     */
    public SymmetrisedKernel(KernelOperator training, double[] flowWeights) {
        this.training = training;
        int n = flowWeights.length;
        if (training.rows() != n || training.columns() != n) {
            throw new IllegalArgumentException("training operator is " + training.rows() + " x "
                    + training.columns() + ", weights " + n);
        }
        this.sqrtW = new double[n];
        this.q = new double[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            if (!(flowWeights[k] > 0)) {
                throw new IllegalArgumentException("weight " + k + " must be > 0, got " + flowWeights[k]);
            }
            sqrtW[k] = Math.sqrt(flowWeights[k]);
            norm += flowWeights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            q[k] = sqrtW[k] / norm;
        }
    }

    /** N. */
    public int size() {
        return sqrtW.length;
    }

    /** Q v (fresh array). */
    public double[] project(double[] v) {
        double dot = 0;
        for (int k = 0; k < v.length; k++) {
            dot += q[k] * v[k];
        }
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] - dot * q[k];
        }
        return out;
    }

    /** z = Q Ŵ^{1/2} r: a per-point field r (e.g. ln det g residuals) in the symmetric coordinates. */
    public double[] toSymmetric(double[] r) {
        double[] z = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            z[k] = sqrtW[k] * r[k];
        }
        return project(z);
    }

    /** Ŵ^{-1/2} y: the field that {@code op.apply} turns into Θ_op Ŵ^{1/2} y. */
    public double[] toOperatorField(double[] y) {
        double[] x = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            x[k] = y[k] / sqrtW[k];
        }
        return x;
    }

    /** A v. */
    public double[] apply(double[] v) {
        double[] x = toOperatorField(project(v));
        double[] t = new double[x.length];
        training.apply(x, 1, t);
        for (int k = 0; k < t.length; k++) {
            t[k] *= sqrtW[k];
        }
        return project(t);
    }

    /**
     * A as a dense matrix from the kernel matrix Θ (N × N, unweighted; overwritten and returned): Ŵ^{1/2} Θ Ŵ^{1/2},
     * then Q · Q by the rank-one formula B − q pᵀ − p qᵀ + (qᵀBq) q qᵀ, p = B q.
     */
    public DMatrixRMaj dense(DMatrixRMaj theta) {
        int n = size();
        double[] a = theta.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] *= sqrtW[i] * sqrtW[j];
            }
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * q[j];
            }
            p[i] = s;
        }
        double alpha = 0;
        for (int i = 0; i < n; i++) {
            alpha += q[i] * p[i];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] += -q[i] * p[j] - p[i] * q[j] + alpha * q[i] * q[j];
            }
        }
        return theta;
    }
}
