package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Arrays;

/**
 * A ReLU network drawn from a {@link ReluArchitecture}. Layers l = 0..L: W_l maps z^l → h^{l+1} (z^0 = x,
 * z^l = relu(h^l)), W_L is the readout. Trainable parameters, in order: for each trained layer W_l (row-major) then
 * b_l (with bias); readout-only training keeps W_L, b_L.
 *
 * <p>Input jets: the network is piecewise linear, so its input Hessian vanishes almost everywhere (ReLU'' = 0 away
 * from the measure-zero kinks); the gradient is the linear network with the activation masks of x frozen. The
 * parameter Jacobian of ∂_j f uses the same frozen masks: ∂(∂_j f)/∂W_l[i,k] = δ^{l+1}_i s_l ż^l_{j,k}, where δ is
 * the back-propagated ∂f/∂h and ż_j the forward tangent along e_j; biases do not enter ∂_j f.
 */
public final class ReluNetwork implements Network {

    private final ReluArchitecture arch;
    private final int m;
    private final double[][] w;
    private final double[][] b;
    private final double[] layerScale;
    private final double biasScale;

    ReluNetwork(ReluArchitecture arch, int outputs, double[][] w, double[][] b) {
        this.arch = arch;
        this.m = outputs;
        this.w = w;
        this.b = b;
        int depth = arch.depth();
        boolean ntk = arch.parameterisation() == Parameterisation.NTK;
        this.layerScale = new double[depth + 1];
        for (int l = 0; l <= depth; l++) {
            int fanIn = l == 0 ? arch.inputDimension() : arch.width();
            layerScale[l] = ntk ? arch.sigmaW() / Math.sqrt(fanIn) : 1.0;
        }
        this.biasScale = ntk ? arch.sigmaB() : 1.0;
    }

    /** The architecture this network was drawn from. */
    public ReluArchitecture architecture() {
        return arch;
    }

    @Override
    public int inputDimension() {
        return arch.inputDimension();
    }

    @Override
    public int outputCount() {
        return m;
    }

    private int firstTrainedLayer() {
        return arch.trained() == TrainedLayers.ALL ? 0 : arch.depth();
    }

    @Override
    public int parameterCount() {
        int p = 0;
        for (int l = firstTrainedLayer(); l <= arch.depth(); l++) {
            p += w[l].length + (b == null ? 0 : b[l].length);
        }
        return p;
    }

    @Override
    public double[] parameters() {
        double[] theta = new double[parameterCount()];
        int pos = 0;
        for (int l = firstTrainedLayer(); l <= arch.depth(); l++) {
            System.arraycopy(w[l], 0, theta, pos, w[l].length);
            pos += w[l].length;
            if (b != null) {
                System.arraycopy(b[l], 0, theta, pos, b[l].length);
                pos += b[l].length;
            }
        }
        return theta;
    }

    @Override
    public ReluNetwork withParameters(double[] theta) {
        Inputs.requireParameters(theta, parameterCount());
        double[][] nw = w.clone();
        double[][] nb = b == null ? null : b.clone();
        int pos = 0;
        for (int l = firstTrainedLayer(); l <= arch.depth(); l++) {
            nw[l] = Arrays.copyOfRange(theta, pos, pos + w[l].length);
            pos += w[l].length;
            if (nb != null) {
                nb[l] = Arrays.copyOfRange(theta, pos, pos + b[l].length);
                pos += b[l].length;
            }
        }
        return new ReluNetwork(arch, m, nw, nb);
    }

    @Override
    public void evaluate(double[] x, int xOff, double[] out, int outOff) {
        Inputs.requireFinite("x", x, xOff, inputDimension());
        Inputs.requireSlice("out", out, outOff, m);
        double[][] z = forward(x, xOff);
        readout(z[arch.depth()], out, outOff);
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out, int outOff) {
        JetLayout layout = JetLayout.cleared(inputDimension(), order, x, xOff, out, outOff, m);
        int size = layout.size();
        double[][] z = forward(x, xOff);
        double[] f = new double[m];
        readout(z[arch.depth()], f, 0);
        int d = inputDimension();
        for (int o = 0; o < m; o++) {
            out[outOff + o * size] = f[o];
            if (order >= 1) {
                double[] delta1 = backprop(z, o)[0];
                for (int j = 0; j < d; j++) {
                    double g = 0;
                    for (int i = 0; i < arch.width(); i++) {
                        g += delta1[i] * layerScale[0] * w[0][i * d + j];
                    }
                    out[outOff + o * size + 1 + j] = g;
                }
            }
        }
    }

    @Override
    public void parameterJacobian(double[] x, int xOff, int order, double[] out) {
        int p = parameterCount();
        JetLayout layout = JetLayout.cleared(inputDimension(), order, x, xOff, out, 0, m * p);
        int size = layout.size();
        double[][] z = forward(x, xOff);
        double[][][] tangents = order >= 1 ? tangents(z) : null;
        int d = inputDimension();
        for (int o = 0; o < m; o++) {
            double[][] delta = backprop(z, o);
            for (int s = 0; s <= (order >= 1 ? d : 0); s++) {
                // s = 0: the value (layer inputs z^l); s = 1 + j: ∂_j f (layer inputs ż^l_j, no bias terms)
                double[][] inputs = s == 0 ? z : tangents[s - 1];
                writeLayerGradients(o, delta, inputs, s == 0, out, (o * size + s) * p);
            }
        }
    }

    /** Row of ∂(slot)/∂θ for output o: hidden layers δ^{l+1} ⊗ s_l·input^l, readout s_L·input^L. */
    private void writeLayerGradients(int o, double[][] delta, double[][] inputs, boolean withBias, double[] out,
                                     int row) {
        int pos = row;
        int depth = arch.depth();
        for (int l = firstTrainedLayer(); l <= depth; l++) {
            double[] in = inputs[l];
            int fanIn = in.length;
            int fanOut = l == depth ? m : arch.width();
            for (int i = 0; i < fanOut; i++) {
                double g = l == depth ? (i == o ? 1.0 : 0.0) : delta[l][i];
                if (g != 0.0) {
                    double c = g * layerScale[l];
                    int base = pos + i * fanIn;
                    for (int k = 0; k < fanIn; k++) {
                        out[base + k] = c * in[k];
                    }
                }
            }
            pos += fanOut * fanIn;
            if (b != null) {
                if (withBias) {
                    for (int i = 0; i < fanOut; i++) {
                        out[pos + i] = (l == depth ? (i == o ? 1.0 : 0.0) : delta[l][i]) * biasScale;
                    }
                }
                pos += fanOut;
            }
        }
    }

    /**
     * Exact structured tangent kernel (order 0): Θ_{oo'}(x, y) = Σ_{l<L} (δ^{l+1}_o(x)·δ^{l+1}_{o'}(y))
     * (s_l² z^l(x)·z^l(y) + s_b²) + δ_{oo'} (s_L² z^L(x)·z^L(y) + s_b²), the s_b² terms only with bias. Equal to
     * the contraction of explicit Jacobians (tested) without forming them: O(N) memory per point beyond the weights.
     */
    @Override
    public void tangentKernel(double[] xs, int nx, double[] ys, int ny, double[] out) {
        int d = inputDimension();
        Inputs.requireFinite("xs", xs, 0, nx * d);
        Inputs.requireFinite("ys", ys, 0, ny * d);
        Inputs.requireSlice("out", out, 0, nx * m * ny * m);
        double[][][] zx = new double[nx][][];
        double[][][][] dx = new double[nx][][][];
        trace(xs, nx, zx, dx);
        double[][][] zy = zx;
        double[][][][] dy = dx;
        if (xs != ys || nx != ny) {
            zy = new double[ny][][];
            dy = new double[ny][][][];
            trace(ys, ny, zy, dy);
        }
        int depth = arch.depth();
        double sb2 = b == null ? 0.0 : biasScale * biasScale;
        for (int a = 0; a < nx; a++) {
            for (int c = 0; c < ny; c++) {
                double readout = layerScale[depth] * layerScale[depth] * dot(zx[a][depth], zy[c][depth]) + sb2;
                double[] layerFactor = new double[depth];
                for (int l = firstTrainedLayer(); l < depth; l++) {
                    layerFactor[l] = layerScale[l] * layerScale[l] * dot(zx[a][l], zy[c][l]) + sb2;
                }
                for (int o = 0; o < m; o++) {
                    for (int q = 0; q < m; q++) {
                        double t = o == q ? readout : 0.0;
                        for (int l = firstTrainedLayer(); l < depth; l++) {
                            t += dot(dx[a][o][l], dy[c][q][l]) * layerFactor[l];
                        }
                        out[((a * m + o) * ny + c) * m + q] = t;
                    }
                }
            }
        }
    }

    private void trace(double[] pts, int n, double[][][] z, double[][][][] deltas) {
        int d = inputDimension();
        for (int a = 0; a < n; a++) {
            z[a] = forward(pts, a * d);
            deltas[a] = new double[m][][];
            for (int o = 0; o < m; o++) {
                deltas[a][o] = backprop(z[a], o);
            }
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    /** z[0] = x, z[l] = relu(h^l) for l = 1..L. */
    private double[][] forward(double[] x, int xOff) {
        int depth = arch.depth();
        double[][] z = new double[depth + 1][];
        z[0] = Arrays.copyOfRange(x, xOff, xOff + inputDimension());
        for (int l = 0; l < depth; l++) {
            double[] h = affine(l, z[l], true);
            for (int i = 0; i < h.length; i++) {
                h[i] = Math.max(h[i], 0.0);
            }
            z[l + 1] = h;
        }
        return z;
    }

    /** s_l W_l in (+ s_b b_l when withBias). */
    private double[] affine(int l, double[] in, boolean withBias) {
        int fanIn = in.length;
        int fanOut = l == arch.depth() ? m : arch.width();
        double[] h = new double[fanOut];
        double[] wl = w[l];
        for (int i = 0; i < fanOut; i++) {
            double s = 0;
            int base = i * fanIn;
            for (int k = 0; k < fanIn; k++) {
                s += wl[base + k] * in[k];
            }
            h[i] = layerScale[l] * s + (withBias && b != null ? biasScale * b[l][i] : 0.0);
        }
        return h;
    }

    private void readout(double[] zl, double[] out, int outOff) {
        double[] f = affine(arch.depth(), zl, true);
        System.arraycopy(f, 0, out, outOff, m);
    }

    /** δ[l] = ∂f_o/∂h^{l+1} for l = 0..L−1 (the mask of h^{l+1} is z^{l+1} > 0). */
    private double[][] backprop(double[][] z, int o) {
        int depth = arch.depth();
        int n = arch.width();
        double[][] delta = new double[depth][];
        double[] g = new double[n];
        for (int k = 0; k < n; k++) {
            g[k] = layerScale[depth] * w[depth][o * n + k];
        }
        for (int l = depth - 1; l >= 0; l--) {
            double[] dl = new double[n];
            for (int i = 0; i < n; i++) {
                dl[i] = z[l + 1][i] > 0 ? g[i] : 0.0;
            }
            delta[l] = dl;
            if (l > 0) {
                double[] next = new double[n];
                double[] wl = w[l];
                for (int i = 0; i < n; i++) {
                    double c = layerScale[l] * dl[i];
                    if (c != 0.0) {
                        int base = i * n;
                        for (int k = 0; k < n; k++) {
                            next[k] += c * wl[base + k];
                        }
                    }
                }
                g = next;
            }
        }
        return delta;
    }

    /** tangents[j][l] = ż^l along e_j with the masks of x frozen (ż^0 = e_j), l = 0..L. */
    private double[][][] tangents(double[][] z) {
        int d = inputDimension();
        int depth = arch.depth();
        double[][][] t = new double[d][depth + 1][];
        for (int j = 0; j < d; j++) {
            t[j][0] = new double[d];
            t[j][0][j] = 1.0;
            for (int l = 0; l < depth; l++) {
                double[] h = affine(l, t[j][l], false);
                for (int i = 0; i < h.length; i++) {
                    if (!(z[l + 1][i] > 0)) {
                        h[i] = 0.0;
                    }
                }
                t[j][l + 1] = h;
            }
        }
        return t;
    }
}
