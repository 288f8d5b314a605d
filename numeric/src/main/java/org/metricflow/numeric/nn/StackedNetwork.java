package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Arrays;
import java.util.List;

/**
 * Networks side by side with disjoint parameters: output block c comes from network c and θ = ∪_c θ^c (paper
 * eq. (2.19)). With one network per independent metric component the tangent kernel is block diagonal,
 * Θ_{pq}(x, x') = δ_pq Θ^p(x, x') (eq. (2.20)), exactly at every width: ∂g_p/∂θ^q = 0 for p ≠ q.
 *
 * <p>Trainable parameters: θ^0, then θ^1, …; outputs likewise concatenated.
 */
public final class StackedNetwork implements Network {

    private final List<Network> parts;
    private final int d;
    private final int m;
    private final int p;

    /** Stacks networks of equal input dimension. */
    public StackedNetwork(List<? extends Network> networks) {
        if (networks == null || networks.isEmpty()) {
            throw new IllegalArgumentException("a stacked network needs at least one network");
        }
        this.parts = List.copyOf(networks);
        this.d = parts.get(0).inputDimension();
        int outputs = 0;
        long params = 0;
        for (Network n : parts) {
            if (n.inputDimension() != d) {
                throw new IllegalArgumentException("stacked networks need one input dimension, got " + d + " and "
                        + n.inputDimension());
            }
            outputs += n.outputCount();
            params += n.parameterCount();
        }
        if (params > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many parameters in total: " + params);
        }
        this.m = outputs;
        this.p = (int) params;
    }

    /** The stacked networks, in output order. */
    public List<Network> parts() {
        return parts;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public int outputCount() {
        return m;
    }

    @Override
    public int parameterCount() {
        return p;
    }

    @Override
    public double[] parameters() {
        double[] theta = new double[p];
        int pos = 0;
        for (Network n : parts) {
            double[] t = n.parameters();
            System.arraycopy(t, 0, theta, pos, t.length);
            pos += t.length;
        }
        return theta;
    }

    @Override
    public StackedNetwork withParameters(double[] theta) {
        Inputs.requireParameters(theta, p);
        Network[] next = new Network[parts.size()];
        int pos = 0;
        for (int c = 0; c < next.length; c++) {
            Network n = parts.get(c);
            next[c] = n.withParameters(Arrays.copyOfRange(theta, pos, pos + n.parameterCount()));
            pos += n.parameterCount();
        }
        return new StackedNetwork(List.of(next));
    }

    @Override
    public void evaluate(double[] x, int xOff, double[] out, int outOff) {
        int pos = outOff;
        for (Network n : parts) {
            n.evaluate(x, xOff, out, pos);
            pos += n.outputCount();
        }
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out, int outOff) {
        int size = new JetLayout(d, order).size();
        int pos = outOff;
        for (Network n : parts) {
            n.jet(x, xOff, order, out, pos);
            pos += n.outputCount() * size;
        }
    }

    @Override
    public void parameterJacobian(double[] x, int xOff, int order, double[] out) {
        int size = new JetLayout(d, order).size();
        Inputs.requireSlice("out", out, 0, m * size * p);
        Arrays.fill(out, 0, m * size * p, 0.0);
        int row = 0;
        int col = 0;
        for (Network n : parts) {
            int rows = n.outputCount() * size;
            int cols = n.parameterCount();
            double[] block = new double[rows * cols];
            n.parameterJacobian(x, xOff, order, block);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(block, r * cols, out, (row + r) * p + col, cols);
            }
            row += rows;
            col += cols;
        }
    }

    /** Block-diagonal tangent kernel: each part's own kernel on its output block, zero across blocks. */
    @Override
    public void tangentKernel(double[] xs, int nx, double[] ys, int ny, double[] out) {
        Inputs.requireSlice("out", out, 0, nx * m * ny * m);
        Arrays.fill(out, 0, nx * m * ny * m, 0.0);
        int offset = 0;
        for (Network n : parts) {
            int mc = n.outputCount();
            double[] block = new double[nx * mc * ny * mc];
            n.tangentKernel(xs, nx, ys, ny, block);
            for (int a = 0; a < nx; a++) {
                for (int o = 0; o < mc; o++) {
                    for (int c = 0; c < ny; c++) {
                        for (int q = 0; q < mc; q++) {
                            out[((a * m + offset + o) * ny + c) * m + offset + q] = block[((a * mc + o) * ny + c) * mc + q];
                        }
                    }
                }
            }
            offset += mc;
        }
    }
}
