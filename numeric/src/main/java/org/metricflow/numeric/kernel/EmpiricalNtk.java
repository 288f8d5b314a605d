package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;
import org.metricflow.numeric.nn.JacobianContraction;
import org.metricflow.numeric.nn.Network;

/**
 * The empirical metric-NTK of eq. (2.7), Θ_pq(x, x') = Σ_I ∂g_p(x)/∂θ_I ∂g_q(x')/∂θ_I, exactly (no sampling) for a
 * network at its current parameters.
 */
public final class EmpiricalNtk {

    private EmpiricalNtk() {
    }

    /** Θ between point sets xs and ys (flat), by the network's tangent kernel (structured where available). */
    public static MetricKernelMatrix of(Network network, double[] xs, double[] ys) {
        return evaluate(network, xs, ys, network::tangentKernel);
    }

    /**
     * Θ by literally contracting the full parameter Jacobians J(X) J(Y)ᵀ over all parameters — the definition, used
     * to demonstrate that cross-component blocks of per-component networks are exactly zero.
     */
    public static MetricKernelMatrix byJacobians(Network network, double[] xs, double[] ys) {
        return evaluate(network, xs, ys,
                (x, nx, y, ny, out) -> JacobianContraction.tangentKernel(network, x, nx, y, ny, out));
    }

    /** Fills the (nx·m) × (ny·m) kernel matrix of two point sets. */
    private interface Contraction {
        void fill(double[] xs, int nx, double[] ys, int ny, double[] out);
    }

    private static MetricKernelMatrix evaluate(Network network, double[] xs, double[] ys, Contraction contraction) {
        int d = network.inputDimension();
        int nx = Inputs.requirePoints("xs", xs, d);
        int ny = Inputs.requirePoints("ys", ys, d);
        int m = network.outputCount();
        double[] values = new double[nx * m * ny * m];
        contraction.fill(xs, nx, ys, ny, values);
        return new MetricKernelMatrix(nx, ny, m, values);
    }
}
