package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Tangent kernels by explicit contraction of parameter Jacobians, Θ = J(X) J(Y)ᵀ (EJML). Memory: (nx + ny)·m·S·P
 * doubles for the two Jacobians, where S is the jet size; fine for the widths where explicit Jacobians are wanted.
 */
public final class JacobianContraction {

    private JacobianContraction() {
    }

    /** Order-0 tangent kernel; layout as in {@link Network#tangentKernel}. */
    public static void tangentKernel(Network net, double[] xs, int nx, double[] ys, int ny, double[] out) {
        jetTangentKernel(net, 0, xs, nx, ys, ny, out);
    }

    /**
     * Jet-level tangent kernel Σ_I ∂J_s f_o(x_a)/∂θ_I ∂J_{s'} f_{o'}(y_b)/∂θ_I, written to
     * {@code out[((a·m + o)·S + s)·(ny·m·S) + (b·m + o')·S + s']} (a row-major (nx·m·S) × (ny·m·S) matrix).
     */
    public static void jetTangentKernel(Network net, int order, double[] xs, int nx, double[] ys, int ny,
                                        double[] out) {
        int d = net.inputDimension();
        int rows = net.outputCount() * new JetLayout(d, order).size();
        Inputs.requireSlice("xs", xs, 0, nx * d);
        Inputs.requireSlice("ys", ys, 0, ny * d);
        Inputs.requireSlice("out", out, 0, nx * rows * ny * rows);
        DMatrixRMaj jx = jacobians(net, order, xs, nx, rows);
        DMatrixRMaj jy = xs == ys && nx == ny ? jx : jacobians(net, order, ys, ny, rows);
        DMatrixRMaj k = DMatrixRMaj.wrap(nx * rows, ny * rows, out);
        CommonOps_DDRM.multTransB(jx, jy, k);
    }

    private static DMatrixRMaj jacobians(Network net, int order, double[] pts, int n, int rows) {
        int d = net.inputDimension();
        int p = net.parameterCount();
        DMatrixRMaj j = new DMatrixRMaj(n * rows, p);
        double[] one = new double[rows * p];
        for (int a = 0; a < n; a++) {
            net.parameterJacobian(pts, a * d, order, one);
            System.arraycopy(one, 0, j.data, a * rows * p, rows * p);
        }
        return j;
    }
}
