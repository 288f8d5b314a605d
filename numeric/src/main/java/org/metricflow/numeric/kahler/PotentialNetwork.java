package org.metricflow.numeric.kahler;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A real multilayer perceptron φ_θ(x) = v · σ(W_L σ(… σ(W_1 x + b_1) …) + b_L) (no output bias: a constant does
 * not change ∂∂̄φ), evaluated with exact forward-mode jets: every unit carries its value, its first derivatives ∂_a
 * (complex, a = 1..d) and its mixed second derivatives ∂_a∂̄_b along d complex directions, so the output is
 * ∂_a∂̄_b φ exactly (h = σ(z): ∂_a h = σ' ∂_a z, ∂_a∂̄_b h = σ'' ∂_a z conj(∂_b z) + σ' ∂_a∂̄_b z). A linear layer
 * acts on all (1 + 2d + 2d²) components of all points of a block at once (one EJML product). {@link #backward}
 * is the exact reverse-mode derivative of S = Σ_points Re Σ_ab conj(Λ_ab) ∂_a∂̄_b φ in θ for given adjoints Λ.
 *
 * <p>Parameter layout θ: for each hidden layer l, W_l (h_l × h_{l−1}, row-major) then b_l; then v (h_L).
 *
 * @param inputs     number of input features
 * @param hidden     widths of the hidden layers (≥ 1 layer)
 * @param activation the smooth activation
 * @param dimension  number d of complex directions
 */
public record PotentialNetwork(int inputs, int[] hidden, Activation activation, int dimension) {

    public PotentialNetwork {
        Objects.requireNonNull(activation, "activation");
        if (inputs < 1 || hidden.length < 1 || dimension < 1 || Arrays.stream(hidden).anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("a network needs inputs >= 1, >= 1 hidden layer of width >= 1, got "
                    + inputs + " inputs, hidden " + Arrays.toString(hidden));
        }
        hidden = hidden.clone();
    }

    /** Doubles per unit and point: 1 + 2d + 2d². */
    public int components() {
        return 1 + 2 * dimension + 2 * dimension * dimension;
    }

    /** Number of parameters. */
    public int parameters() {
        int p = 0;
        int prev = inputs;
        for (int h : hidden) {
            p += h * prev + h;
            prev = h;
        }
        return p + prev;
    }

    /**
     * Initial θ: W_l Gaussian with variance 1/fan-in (seeded), b = 0, v = 0 (φ = 0: training starts exactly at the
     * metric it is added to).
     */
    public double[] initial(long seed) {
        double[] theta = new double[parameters()];
        Random r = new Random(seed);
        int at = 0;
        int prev = inputs;
        for (int h : hidden) {
            double s = 1 / Math.sqrt(prev);
            for (int i = 0; i < h * prev; i++) {
                theta[at++] = s * r.nextGaussian();
            }
            at += h;
            prev = h;
        }
        return theta;
    }

    /**
     * z = W·prev with W (z's rows × prev's rows) read from θ at {@code at}; reshapes z and a to cols columns.
     *
     * @return the index in θ after W (the layer's biases)
     */
    static int linear(double[] theta, int at, DMatrixRMaj w, DMatrixRMaj prev, DMatrixRMaj z, DMatrixRMaj a,
            int cols) {
        int size = w.numRows * w.numCols;
        System.arraycopy(theta, at, w.data, 0, size);
        z.reshape(w.numRows, cols);
        a.reshape(w.numRows, cols);
        CommonOps_DDRM.mult(w, prev, z);
        return at + size;
    }

    /** A per-thread workspace for blocks of up to {@code capacity} points. */
    public Workspace workspace(int capacity) {
        return new Workspace(capacity);
    }

    /** Forward caches of one block: the input jets (filled by the caller), and per layer z and σ(z). */
    public final class Workspace {
        private final int capacity;
        private final DMatrixRMaj input;
        private final DMatrixRMaj[] w;
        private final DMatrixRMaj[] z;
        private final DMatrixRMaj[] a;
        private final DMatrixRMaj[] adjZ;
        private final DMatrixRMaj[] adjA;
        private final DMatrixRMaj[] gradW;
        private final double[] s = new double[5];
        private int count;

        private Workspace(int capacity) {
            this.capacity = capacity;
            int c = components();
            int layers = hidden.length;
            input = new DMatrixRMaj(inputs, capacity * c);
            w = new DMatrixRMaj[layers];
            z = new DMatrixRMaj[layers];
            a = new DMatrixRMaj[layers];
            adjZ = new DMatrixRMaj[layers];
            adjA = new DMatrixRMaj[layers];
            gradW = new DMatrixRMaj[layers];
            int prev = inputs;
            for (int l = 0; l < layers; l++) {
                w[l] = new DMatrixRMaj(hidden[l], prev);
                z[l] = new DMatrixRMaj(hidden[l], capacity * c);
                a[l] = new DMatrixRMaj(hidden[l], capacity * c);
                adjZ[l] = new DMatrixRMaj(hidden[l], capacity * c);
                adjA[l] = new DMatrixRMaj(hidden[l], capacity * c);
                gradW[l] = new DMatrixRMaj(hidden[l], prev);
                prev = hidden[l];
            }
        }

        /**
         * The input matrix to fill for {@code count} points: feature f, point j, component c at
         * {@code data[f·stride + j·components + c]}, stride = {@link #stride()} (set by this call).
         */
        public double[] input(int points) {
            if (points < 1 || points > capacity) {
                throw new IllegalArgumentException("block of " + points + " points does not fit capacity " + capacity);
            }
            count = points;
            input.reshape(inputs, points * components());
            return input.data;
        }

        /** Row stride of the input matrix: points of the block · components. */
        public int stride() {
            return count * components();
        }

        /**
         * ∂_a∂̄_b φ for every point of the block (loaded by {@link #input}) into {@code out[j·2d² ..]} (complex,
         * interleaved, row-major).
         */
        public void forward(double[] theta, double[] out) {
            int c = components();
            int d = dimension;
            int cols = count * c;
            int at = 0;
            DMatrixRMaj prev = input;
            int fanIn = inputs;
            for (int l = 0; l < hidden.length; l++) {
                int h = hidden[l];
                at = linear(theta, at, w[l], prev, z[l], a[l], cols);
                for (int u = 0; u < h; u++) {
                    double bias = theta[at + u];
                    int row = u * cols;
                    for (int j = 0; j < count; j++) {
                        z[l].data[row + j * c] += bias;
                        activate(z[l].data, a[l].data, row + j * c);
                    }
                }
                at += h;
                prev = a[l];
                fanIn = h;
            }
            int m = 1 + 2 * d;
            int g2 = 2 * d * d;
            Arrays.fill(out, 0, count * g2, 0);
            DMatrixRMaj last = a[hidden.length - 1];
            for (int u = 0; u < fanIn; u++) {
                double v = theta[at + u];
                int row = u * cols;
                for (int j = 0; j < count; j++) {
                    int from = row + j * c + m;
                    for (int t = 0; t < g2; t++) {
                        out[j * g2 + t] += v * last.data[from + t];
                    }
                }
            }
        }

        private void activate(double[] zz, double[] hh, int at) {
            int d = dimension;
            activation.derivatives(zz[at], s);
            hh[at] = s[0];
            for (int i = 1; i <= 2 * d; i++) {
                hh[at + i] = s[1] * zz[at + i];
            }
            int m = at + 1 + 2 * d;
            for (int p = 0; p < d; p++) {
                double pr = zz[at + 1 + 2 * p];
                double pi = zz[at + 2 + 2 * p];
                for (int q = 0; q < d; q++) {
                    double qr = zz[at + 1 + 2 * q];
                    double qi = -zz[at + 2 + 2 * q];
                    int o = m + 2 * (p * d + q);
                    hh[o] = s[2] * (pr * qr - pi * qi) + s[1] * zz[o];
                    hh[o + 1] = s[2] * (pr * qi + pi * qr) + s[1] * zz[o + 1];
                }
            }
        }

        /**
         * Adds dS/dθ to {@code grad} for S = Σ_j Re Σ_ab conj(Λ_j,ab) ∂_a∂̄_b φ_j, Λ at {@code adjoint[j·2d² ..]}
         * (complex, interleaved), after {@link #forward} with the same θ.
         */
        public void backward(double[] theta, double[] adjoint, double[] grad) {
            int c = components();
            int d = dimension;
            int cols = count * c;
            int m = 1 + 2 * d;
            int g2 = 2 * d * d;
            int layers = hidden.length;
            int vAt = parameters() - hidden[layers - 1];
            DMatrixRMaj last = a[layers - 1];
            DMatrixRMaj adj = adjA[layers - 1];
            adj.reshape(hidden[layers - 1], cols);
            Arrays.fill(adj.data, 0, hidden[layers - 1] * cols, 0);
            for (int u = 0; u < hidden[layers - 1]; u++) {
                double v = theta[vAt + u];
                int row = u * cols;
                double gv = 0;
                for (int j = 0; j < count; j++) {
                    int from = row + j * c + m;
                    for (int t = 0; t < g2; t++) {
                        gv += adjoint[j * g2 + t] * last.data[from + t];
                        adj.data[from + t] = v * adjoint[j * g2 + t];
                    }
                }
                grad[vAt + u] += gv;
            }
            int at = vAt;
            for (int l = layers - 1; l >= 0; l--) {
                int h = hidden[l];
                int fanIn = l == 0 ? inputs : hidden[l - 1];
                at -= h + h * fanIn;
                adjZ[l].reshape(h, cols);
                for (int u = 0; u < h; u++) {
                    int row = u * cols;
                    double gb = 0;
                    for (int j = 0; j < count; j++) {
                        backActivate(z[l].data, adjA[l].data, adjZ[l].data, row + j * c);
                        gb += adjZ[l].data[row + j * c];
                    }
                    grad[at + h * fanIn + u] += gb;
                }
                DMatrixRMaj prev = l == 0 ? input : a[l - 1];
                CommonOps_DDRM.multTransB(adjZ[l], prev, gradW[l]);
                for (int i = 0; i < h * fanIn; i++) {
                    grad[at + i] += gradW[l].data[i];
                }
                if (l > 0) {
                    adjA[l - 1].reshape(fanIn, cols);
                    CommonOps_DDRM.multTransA(w[l], adjZ[l], adjA[l - 1]);
                }
            }
        }

        /** Reverse mode of {@link #activate}: adjoints of z's components from those of h's. */
        private void backActivate(double[] zz, double[] ah, double[] az, int at) {
            int d = dimension;
            activation.derivatives(zz[at], s);
            int m = at + 1 + 2 * d;
            double value = s[1] * ah[at];
            for (int p = 0; p < 2 * d; p++) {
                value += s[2] * ah[at + 1 + p] * zz[at + 1 + p];
            }
            for (int p = 0; p < d; p++) {
                double ar = 0;
                double ai = 0;
                for (int q = 0; q < d; q++) {
                    int pq = m + 2 * (p * d + q);
                    int qp = m + 2 * (q * d + p);
                    double zr = zz[at + 1 + 2 * q];
                    double zi = zz[at + 2 + 2 * q];
                    // H̄_pq dz_q + conj(H̄_qp) dz_q
                    ar += (ah[pq] + ah[qp]) * zr - (ah[pq + 1] - ah[qp + 1]) * zi;
                    ai += (ah[pq] + ah[qp]) * zi + (ah[pq + 1] - ah[qp + 1]) * zr;
                    // T = Re Σ conj(H̄_pq) dz_p conj(dz_q), and Re Σ conj(H̄_pq) DDz_pq
                    double pr = zz[at + 1 + 2 * p];
                    double pi = zz[at + 2 + 2 * p];
                    double xr = pr * zr + pi * zi;    // dz_p conj(dz_q)
                    double xi = pi * zr - pr * zi;
                    value += s[3] * (ah[pq] * xr + ah[pq + 1] * xi) + s[2] * (ah[pq] * zz[pq] + ah[pq + 1] * zz[pq + 1]);
                }
                az[at + 1 + 2 * p] = s[2] * ar + s[1] * ah[at + 1 + 2 * p];
                az[at + 2 + 2 * p] = s[2] * ai + s[1] * ah[at + 2 + 2 * p];
            }
            for (int t = 0; t < 2 * d * d; t++) {
                az[m + t] = s[1] * ah[m + t];
            }
            az[at] = value;
        }
    }
}
