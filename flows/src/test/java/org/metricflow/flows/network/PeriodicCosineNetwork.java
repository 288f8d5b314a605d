package org.metricflow.flows.network;

import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Test fixture: a per-component cosine network on T^d with trainable last layer only (paper eqs. (2.19), (2.32),
 * (2.33)), made periodic: field k is f_k(x) = base_k + c_k cos(x_1) + (A/√N) Σ_i a_{ki} cos(w_{ki}·x + b_{ki}) with integer
 * frequencies w ∈ Z^d drawn from the discrete Gaussian p(w) ∝ e^{−σ²|w|²/2}, b ~ U(−π, π), θ = a. Its frozen NTK is
 * (A²/2) Σ_w p(w) cos(w·(x − x')), the normalised periodic Gaussian G_σ when A² = 2 Z/(2π)^d, Z = Σ_w e^{−σ²|w|²/2}.
 * The frozen offset base_k + c_k cos(x_1) (a deterministic function, the rescaling trick (2.15)) fixes the initial
 * fields independently of the draw when a = 0.
 */
public final class PeriodicCosineNetwork implements ParametricMetric {

    private final JetSpace jets;
    private final int width;
    private final int fields;
    private final double amplitude;
    private final double[] bases;
    private final double[] offsets;
    private final int[][] w; // [k·N + i][a]
    private final double[] b;
    private final List<int[]> multi;

    /** Offsets c_k cos(x_1) only (base 0). */
    PeriodicCosineNetwork(JetSpace jets, int width, double sigma, double[] offsets, long seed) {
        this(jets, width, sigma, new double[offsets.length], offsets, seed);
    }

    /**
     * @param bases   constant part of each field's frozen offset
     * @param offsets amplitude c_k of cos(x_1) in each field's frozen offset
     */
    public PeriodicCosineNetwork(JetSpace jets, int width, double sigma, double[] bases, double[] offsets, long seed) {
        this.jets = jets;
        this.bases = bases.clone();
        this.width = width;
        this.fields = jets.fields().size();
        this.offsets = offsets.clone();
        this.multi = jets.multiIndices();
        int d = jets.dimension();
        int reach = (int) Math.ceil(Math.sqrt(2 * 40.0) / sigma);
        double[] cdf = new double[2 * reach + 1];
        double z1 = 0;
        for (int m = -reach; m <= reach; m++) {
            z1 += Math.exp(-0.5 * sigma * sigma * m * m);
            cdf[m + reach] = z1;
        }
        this.amplitude = Math.sqrt(2 * Math.pow(z1, d) / Math.pow(2 * Math.PI, d));
        RandomGenerator rng = new Well19937c(seed);
        w = new int[fields * width][d];
        b = new double[fields * width];
        for (int f = 0; f < fields * width; f++) {
            for (int a = 0; a < d; a++) {
                double u = rng.nextDouble() * z1;
                int m = 0;
                while (cdf[m] < u) {
                    m++;
                }
                w[f][a] = m - reach;
            }
            b[f] = Math.PI * (2 * rng.nextDouble() - 1);
        }
    }

    @Override
    public JetSpace jets() {
        return jets;
    }

    @Override
    public int parameterCount() {
        return fields * width;
    }

    /** ∂^α cos(w·x + b) = Π_a w_a^{α_a} cos(w·x + b + |α|π/2). */
    private double featureJet(int feature, double[] points, int p, int slot) {
        int[] alpha = multi.get(slot);
        int d = jets.dimension();
        double phase = b[feature] + alpha.length * Math.PI / 2;
        for (int a = 0; a < d; a++) {
            phase += w[feature][a] * points[p * d + a];
        }
        double factor = 1;
        for (int i : alpha) {
            factor *= w[feature][i - 1];
        }
        return factor * Math.cos(phase);
    }

    private double offsetJet(int field, double[] points, int p, int slot) {
        int[] alpha = multi.get(slot);
        for (int i : alpha) {
            if (i != 1) {
                return 0;
            }
        }
        double base = alpha.length == 0 ? bases[field] : 0;
        return base + offsets[field] * Math.cos(points[p * jets.dimension()] + alpha.length * Math.PI / 2);
    }

    @Override
    public void jets(double[] theta, double[] points, int count, double[] out) {
        double scale = amplitude / Math.sqrt(width);
        int perField = jets.perField();
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < fields; k++) {
                for (int s = 0; s < perField; s++) {
                    double v = offsetJet(k, points, p, s);
                    for (int i = 0; i < width; i++) {
                        v += scale * theta[k * width + i] * featureJet(k * width + i, points, p, s);
                    }
                    out[p * jets.size() + k * perField + s] = v;
                }
            }
        }
    }

    @Override
    public void pullback(double[] theta, double[] points, int count, double[] cotangent, double[] gradient) {
        double scale = amplitude / Math.sqrt(width);
        int perField = jets.perField();
        java.util.Arrays.fill(gradient, 0.0);
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < fields; k++) {
                for (int s = 0; s < perField; s++) {
                    double c = cotangent[p * jets.size() + k * perField + s];
                    if (c != 0) {
                        for (int i = 0; i < width; i++) {
                            gradient[k * width + i] += c * scale * featureJet(k * width + i, points, p, s);
                        }
                    }
                }
            }
        }
    }

    @Override
    public void pushforward(double[] theta, double[] points, int count, double[] tangent, double[] out) {
        double scale = amplitude / Math.sqrt(width);
        int perField = jets.perField();
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < fields; k++) {
                for (int s = 0; s < perField; s++) {
                    double v = 0;
                    for (int i = 0; i < width; i++) {
                        v += scale * tangent[k * width + i] * featureJet(k * width + i, points, p, s);
                    }
                    out[p * jets.size() + k * perField + s] = v;
                }
            }
        }
    }
}
