package org.metricflow.numeric.kahler;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Taylor series of φ_θ(f(z)) ({@link PotentialNetwork} on {@link ProjectorFeatures}) about each point of a
 * block, in the point's own local coordinates, truncated at bidegree (2, 2) — every derivative up to ∂²∂̄²φ, as
 * {@link PotentialSeries} holds them for K_alg. A per-thread workspace.
 *
 * <p>The coordinates' holomorphic jets u_i(x + ξ) to second order are the section jets of the degree-1 basis
 * ({@link LocalSectionJets}); then N = Σ u_i ū_i, 1/N by composing with 1/x (derivatives at N₀), F_kl = u_k ū_l/N
 * and the features Re F_kl, Im F_kl, coefficient by coefficient. A linear layer acts on all coefficients of all
 * points of the block (one EJML product; the bias enters the constant term only); an activation composes with a
 * series through σ, σ′, σ″, σ‴, σ⁗ ({@link PotentialSeries#compose}). Cost per point and hidden unit: three
 * truncated series products, against one d×d outer product for the ∂∂̄ jets of {@link NetworkJets}.
 */
final class NetworkSeries {

    private final PotentialNetwork network;
    private final int n1;
    private final int len;
    private final int capacity;
    private final PointGeometry geo;
    private final LocalSectionJets jets;
    private final PotentialSeries series;
    private final int[] column;
    private final double[] outer;
    private final double[] norm;
    private final double[] inverse;
    private final double[] projector;
    private final double[] derivatives = new double[5];
    private final DMatrixRMaj input;
    private final DMatrixRMaj[] w;
    private final DMatrixRMaj[] z;
    private final DMatrixRMaj[] a;
    private final double[] phi;

    NetworkSeries(ProjectiveHypersurface x, PotentialNetwork network, int capacity) {
        this.network = network;
        this.n1 = x.coordinates();
        this.capacity = capacity;
        this.geo = new PointGeometry(x);
        MonomialBasis linear = MonomialBasis.of(x, 1);
        this.jets = new LocalSectionJets(linear, x.polynomial(), capacity);
        this.series = new PotentialSeries(x.dimension());
        this.len = series.length();
        this.column = new int[n1];
        for (int alpha = 0; alpha < n1; alpha++) {
            int[] e = linear.exponents(alpha);
            for (int i = 0; i < n1; i++) {
                if (e[i] == 1) {
                    column[i] = alpha;
                }
            }
        }
        this.outer = new double[len];
        this.norm = new double[len];
        this.inverse = new double[len];
        this.projector = new double[n1 * n1 * len];
        int[] hidden = network.hidden();
        this.input = new DMatrixRMaj(network.inputs(), capacity * len);
        this.w = new DMatrixRMaj[hidden.length];
        this.z = new DMatrixRMaj[hidden.length];
        this.a = new DMatrixRMaj[hidden.length];
        int prev = network.inputs();
        for (int l = 0; l < hidden.length; l++) {
            w[l] = new DMatrixRMaj(hidden[l], prev);
            z[l] = new DMatrixRMaj(hidden[l], capacity * len);
            a[l] = new DMatrixRMaj(hidden[l], capacity * len);
            prev = hidden[l];
        }
        this.phi = new double[capacity * len];
    }

    /**
     * The series of φ at the points {@code indices[from .. to-1]} (or from .. to-1 when {@code indices} is null):
     * block point j at {@link #phi()}{@code [j·length ..]} in {@link PotentialSeries}'s layout.
     */
    void forward(PointSample s, int[] indices, int from, int to, double[] theta) {
        int count = to - from;
        if (count < 1 || count > capacity) {
            throw new IllegalArgumentException("block of " + count + " points does not fit capacity " + capacity);
        }
        jets.reshape(count);
        for (int j = 0; j < count; j++) {
            int i = indices == null ? from + j : indices[from + j];
            geo.load(s.points(), i * 2 * n1, s.chart(i));
            jets.load(geo, j);
        }
        int cols = count * len;
        input.reshape(network.inputs(), cols);
        for (int j = 0; j < count; j++) {
            features(j, cols);
        }
        DMatrixRMaj prev = input;
        int at = 0;
        int fanIn = network.inputs();
        for (int l = 0; l < w.length; l++) {
            int h = network.hidden()[l];
            at = PotentialNetwork.linear(theta, at, w[l], prev, z[l], a[l], cols);
            for (int u = 0; u < h; u++) {
                double bias = theta[at + u];
                for (int j = 0; j < count; j++) {
                    int o = u * cols + j * len;
                    z[l].data[o] += bias;
                    network.activation().derivatives(z[l].data[o], derivatives);
                    series.compose(z[l].data, o, derivatives, a[l].data, o);
                }
            }
            at += h;
            prev = a[l];
            fanIn = h;
        }
        Arrays.fill(phi, 0, cols, 0);
        for (int u = 0; u < fanIn; u++) {
            double v = theta[at + u];
            for (int t = 0; t < cols; t++) {
                phi[t] += v * prev.data[u * cols + t];
            }
        }
    }

    /** The φ series of the last {@link #forward} block. */
    double[] phi() {
        return phi;
    }

    /** Doubles per point in {@link #phi()}. */
    int length() {
        return len;
    }

    /** Writes the feature series of block point j into the input matrix (row stride cols). */
    private void features(int j, int cols) {
        ZMatrixRMaj dt = jets.jets();
        int rows = jets.rows();
        Arrays.fill(norm, 0);
        for (int k = 0; k < n1; k++) {
            for (int l = 0; l < n1; l++) {
                // u_k ū_l: coefficient of ξ^α ξ̄^β is U_kα conj(U_lβ)
                for (int al = 0; al < rows; al++) {
                    int ka = 2 * ((j * rows + al) * n1 + column[k]);
                    double kr = dt.data[ka];
                    double ki = dt.data[ka + 1];
                    for (int be = 0; be < rows; be++) {
                        int lb = 2 * ((j * rows + be) * n1 + column[l]);
                        double lr = dt.data[lb];
                        double li = -dt.data[lb + 1];
                        int o = 2 * (al * rows + be);
                        outer[o] = kr * lr - ki * li;
                        outer[o + 1] = kr * li + ki * lr;
                    }
                }
                System.arraycopy(outer, 0, projector, (k * n1 + l) * len, len);
                if (k == l) {
                    for (int t = 0; t < len; t++) {
                        norm[t] += outer[t];
                    }
                }
            }
        }
        // 1/N: derivatives of 1/x at N₀
        double n0 = norm[0];
        derivatives[0] = 1 / n0;
        for (int m = 1; m < 5; m++) {
            derivatives[m] = -m * derivatives[m - 1] / n0;
        }
        series.compose(norm, 0, derivatives, inverse, 0);
        for (int kl = 0; kl < n1 * n1; kl++) {
            System.arraycopy(projector, kl * len, outer, 0, len);
            series.multiply(outer, 0, inverse, 0, projector, kl * len);
        }
        int f = 0;
        int base = j * len;
        for (int k = 0; k < n1; k++) {
            for (int l = k; l < n1; l++) {
                int p = (k * n1 + l) * len;
                int q = (l * n1 + k) * len;
                int re = f++ * cols + base;
                for (int t = 0; t < len; t += 2) {   // Re F_kl = (F_kl + F_lk)/2
                    input.data[re + t] = (projector[p + t] + projector[q + t]) / 2;
                    input.data[re + t + 1] = (projector[p + t + 1] + projector[q + t + 1]) / 2;
                }
                if (l > k) {
                    int im = f++ * cols + base;
                    for (int t = 0; t < len; t += 2) {   // Im F_kl = −i(F_kl − F_lk)/2
                        input.data[im + t] = (projector[p + t + 1] - projector[q + t + 1]) / 2;
                        input.data[im + t + 1] = -(projector[p + t] - projector[q + t]) / 2;
                    }
                }
            }
        }
    }
}
