package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Arrays;

/**
 * One-hidden-layer ridge network with m outputs:
 * f_o(x) = (A/√N) Σ_i (s_a a_{oi}) φ(u_i), u_i = (s_w w_i)·x + s_b b_i, for i = 1..N.
 * The multipliers (s_a, s_w, s_b) are 1 under {@link Parameterisation#STANDARD} and (σ_a, σ_w/√d, σ_b) under
 * {@link Parameterisation#NTK} (s_b = 1 for a uniform bias). Built by {@link CosineArchitecture} (φ = cos) and, inside
 * the Gauss-net rescaling, by {@link GaussNetArchitecture} (φ = exp).
 *
 * <p>Trainable parameters, in order: a (o-major, a[o·N + i]); then, when all layers are trained, w (unit-major,
 * w[i·d + l]) and b[i]. Networks on a torus ({@link TorusCosineArchitecture}) keep their integer frequencies w frozen
 * even then (a lattice is not a continuous parameter): their "all layers" are a and b.
 */
public final class RidgeNetwork implements Network {

    private final int d;
    private final int n;
    private final int m;
    private final Activation activation;
    private final TrainedLayers trained;
    private final boolean weightsTrained;
    private final double amplitude;
    private final double outScale;
    private final double sa;
    private final double sw;
    private final double sb;
    private final double[] a;
    private final double[] w;
    private final double[] b;
    /** The jet layouts of orders 0, 1, 2 (the hot paths allocate none). */
    private final JetLayout[] layouts;
    /** Per-thread scratch of the hot loops (a network is shared by the workers of a flow). */
    private final ThreadLocal<Scratch> scratch;

    /** φ and its first three derivatives at one unit, and that unit's effective weights s_w w_i. */
    private record Scratch(double[] phi, double[] wi) {
    }

    RidgeNetwork(int d, int m, Activation activation, TrainedLayers trained, double amplitude,
                 double sa, double sw, double sb, double[] a, double[] w, double[] b) {
        this(d, m, activation, trained, trained == TrainedLayers.ALL, amplitude, sa, sw, sb, a, w, b);
    }

    /** @param weightsTrained whether w is trainable (only possible when all layers are trained) */
    RidgeNetwork(int d, int m, Activation activation, TrainedLayers trained, boolean weightsTrained, double amplitude,
                 double sa, double sw, double sb, double[] a, double[] w, double[] b) {
        this.d = d;
        this.weightsTrained = weightsTrained && trained == TrainedLayers.ALL;
        this.n = b.length;
        this.m = m;
        this.activation = activation;
        this.trained = trained;
        this.amplitude = amplitude;
        this.outScale = amplitude / Math.sqrt(n);
        this.sa = sa;
        this.sw = sw;
        this.sb = sb;
        this.a = a;
        this.w = w;
        this.b = b;
        this.layouts = new JetLayout[] {new JetLayout(d, 0), new JetLayout(d, 1), new JetLayout(d, 2)};
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new double[4], new double[d]));
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public int outputCount() {
        return m;
    }

    /** Hidden width N. */
    public int width() {
        return n;
    }

    @Override
    public int parameterCount() {
        return m * n + (weightsTrained ? n * d : 0) + (trained == TrainedLayers.ALL ? n : 0);
    }

    @Override
    public double[] parameters() {
        double[] theta = new double[parameterCount()];
        System.arraycopy(a, 0, theta, 0, a.length);
        if (weightsTrained) {
            System.arraycopy(w, 0, theta, a.length, w.length);
        }
        if (trained == TrainedLayers.ALL) {
            System.arraycopy(b, 0, theta, biasOffset(), b.length);
        }
        return theta;
    }

    @Override
    public RidgeNetwork withParameters(double[] theta) {
        Inputs.requireParameters(theta, parameterCount());
        double[] na = Arrays.copyOfRange(theta, 0, a.length);
        double[] nw = w;
        double[] nb = b;
        if (weightsTrained) {
            nw = Arrays.copyOfRange(theta, a.length, a.length + w.length);
        }
        if (trained == TrainedLayers.ALL) {
            nb = Arrays.copyOfRange(theta, biasOffset(), theta.length);
        }
        return new RidgeNetwork(d, m, activation, trained, weightsTrained, amplitude, sa, sw, sb, na, nw, nb);
    }

    /** Index of b_0 among the trainable parameters (when all layers are trained). */
    private int biasOffset() {
        return m * n + (weightsTrained ? n * d : 0);
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out, int outOff) {
        JetLayout layout = JetLayout.cleared(d, order, x, xOff, out, outOff, m);
        int size = layout.size();
        Scratch sc = scratch.get();
        double[] phi = sc.phi();
        double[] wi = sc.wi();
        for (int i = 0; i < n; i++) {
            unit(x, xOff, i, phi, wi);
            for (int o = 0; o < m; o++) {
                double c = outScale * sa * a[o * n + i];
                int base = outOff + o * size;
                addUnitJet(layout, c, phi[0], phi[1], phi[2], wi, out, base, 1);
            }
        }
    }

    @Override
    public void parameterJacobian(double[] x, int xOff, int order, double[] out) {
        int p = parameterCount();
        JetLayout layout = JetLayout.cleared(d, order, x, xOff, out, 0, m * p);
        int size = layout.size();
        Scratch sc = scratch.get();
        double[] phi = sc.phi();
        double[] wi = sc.wi();
        for (int i = 0; i < n; i++) {
            unit(x, xOff, i, phi, wi);
            for (int o = 0; o < m; o++) {
                int rowBase = o * size * p;
                // ∂/∂a_{oi}: the unit's own jet times (A/√N) s_a
                addUnitJet(layout, outScale * sa, phi[0], phi[1], phi[2], wi, out, rowBase + o * n + i, p);
                if (trained == TrainedLayers.ALL) {
                    double c = outScale * sa * a[o * n + i];
                    for (int l = 0; l < d && weightsTrained; l++) {
                        addWeightDerivative(layout, c * sw, phi, wi, x[xOff + l], l, out,
                                rowBase + m * n + i * d + l, p);
                    }
                    // ∂/∂b_i: same as ∂/∂u times s_b
                    addUnitJet(layout, c * sb, phi[1], phi[2], phi[3], wi, out, rowBase + biasOffset() + i, p);
                }
            }
        }
    }

    /**
     * Fused vector–Jacobian product without the explicit Jacobian (networks whose hidden weights are frozen; otherwise
     * the default): per unit, Σ_s c_s J_s with J = [g0, g1 W_j, g2 W_j W_k] is c_0 g0 + g1 Σ_j c_j W_j +
     * g2 Σ_{j≤k} c_jk W_j W_k.
     */
    @Override
    public void addJetPullback(double[] x, int xOff, int order, double[] cotangent, int cOff, double[] gradient,
                               int gOff) {
        if (weightsTrained) {
            Network.super.addJetPullback(x, xOff, order, cotangent, cOff, gradient, gOff);
            return;
        }
        JetLayout layout = frozenLayout(x, xOff, order);
        int size = layout.size();
        Scratch sc = scratch.get();
        double[] phi = sc.phi();
        double[] wi = sc.wi();
        int bias = biasOffset();
        for (int i = 0; i < n; i++) {
            unit(x, xOff, i, phi, wi);
            double biasSum = 0;
            for (int o = 0; o < m; o++) {
                int c = cOff + o * size;
                double readout = contract(layout, cotangent, c, phi[0], phi[1], phi[2], wi);
                gradient[gOff + o * n + i] += outScale * sa * readout;
                if (trained == TrainedLayers.ALL) {
                    biasSum += outScale * sa * a[o * n + i] * sb
                            * contract(layout, cotangent, c, phi[1], phi[2], phi[3], wi);
                }
            }
            if (trained == TrainedLayers.ALL) {
                gradient[gOff + bias + i] += biasSum;
            }
        }
    }

    /** Fused Jacobian–vector product (frozen hidden weights; otherwise the default). */
    @Override
    public void jetPushforward(double[] x, int xOff, int order, double[] tangent, int tOff, double[] out,
                               int outOff) {
        if (weightsTrained) {
            Network.super.jetPushforward(x, xOff, order, tangent, tOff, out, outOff);
            return;
        }
        JetLayout layout = frozenLayout(x, xOff, order);
        int size = layout.size();
        Arrays.fill(out, outOff, outOff + m * size, 0.0);
        Scratch sc = scratch.get();
        double[] phi = sc.phi();
        double[] wi = sc.wi();
        int bias = biasOffset();
        for (int i = 0; i < n; i++) {
            unit(x, xOff, i, phi, wi);
            for (int o = 0; o < m; o++) {
                int base = outOff + o * size;
                addUnitJet(layout, outScale * sa * tangent[tOff + o * n + i], phi[0], phi[1], phi[2], wi, out, base,
                        1);
                if (trained == TrainedLayers.ALL) {
                    addUnitJet(layout, outScale * sa * a[o * n + i] * sb * tangent[tOff + bias + i], phi[1], phi[2],
                            phi[3], wi, out, base, 1);
                }
            }
        }
    }

    /** Σ_s c_s J_s for the unit jet J = [g0, g1 W_j, g2 W_j W_k] and weights c at {@code c[base + s]}. */
    private static double contract(JetLayout layout, double[] c, int base, double g0, double g1, double g2,
                                   double[] wi) {
        double v = c[base] * g0;
        if (layout.order() >= 1) {
            int d = layout.dimension();
            double first = 0;
            for (int j = 0; j < d; j++) {
                first += c[base + 1 + j] * wi[j];
            }
            v += g1 * first;
            if (layout.order() == 2) {
                double second = 0;
                int s = 1 + d;
                for (int j = 0; j < d; j++) {
                    double row = 0;
                    for (int k = j; k < d; k++) {
                        row += c[base + (s++)] * wi[k];
                    }
                    second += wi[j] * row;
                }
                v += g2 * second;
            }
        }
        return v;
    }

    /** Checks x[xOff ..) and returns the cached jet layout of {@code order} (the fused frozen-weight paths). */
    private JetLayout frozenLayout(double[] x, int xOff, int order) {
        Inputs.requireFinite("x", x, xOff, d);
        return layouts[JetLayout.checkOrder(order)];
    }

    /** Loads unit i at x: its effective weights s_w w_i into {@code wi}, φ(u_i), φ', φ'', φ''' into {@code phi}. */
    private void unit(double[] x, int xOff, int i, double[] phi, double[] wi) {
        activation.derivatives(preActivation(x, xOff, i, wi), phi);
    }

    /** u_i = (s_w w_i)·x + s_b b_i; also writes the effective weights s_w w_i into {@code wi}. */
    private double preActivation(double[] x, int xOff, int i, double[] wi) {
        double u = sb * b[i];
        for (int l = 0; l < d; l++) {
            wi[l] = sw * w[i * d + l];
            u += wi[l] * x[xOff + l];
        }
        return u;
    }

    /**
     * Adds c·[g0, g1 W_j, g2 W_j W_k] (the jet of c·g(W·x + const) with g's derivatives g0, g1, g2) at
     * {@code out[base + slot·stride]}.
     */
    private static void addUnitJet(JetLayout layout, double c, double g0, double g1, double g2, double[] wi,
                                   double[] out, int base, int stride) {
        out[base] += c * g0;
        if (layout.order() >= 1) {
            int d = layout.dimension();
            for (int j = 0; j < d; j++) {
                out[base + (1 + j) * stride] += c * g1 * wi[j];
            }
            if (layout.order() == 2) {
                int s = 1 + d;
                for (int j = 0; j < d; j++) {
                    for (int k = j; k < d; k++) {
                        out[base + (s++) * stride] += c * g2 * wi[j] * wi[k];
                    }
                }
            }
        }
    }

    /**
     * Adds ∂(jet of c·φ(W·x + B))/∂W_l times the chain factor already folded in c: value φ' x_l; first
     * φ'' x_l W_j + φ' δ_jl; second φ''' x_l W_j W_k + φ''(δ_jl W_k + W_j δ_kl).
     */
    private static void addWeightDerivative(JetLayout layout, double c, double[] phi, double[] wi, double xl, int l,
                                            double[] out, int base, int stride) {
        out[base] += c * phi[1] * xl;
        if (layout.order() >= 1) {
            int d = layout.dimension();
            for (int j = 0; j < d; j++) {
                double v = phi[2] * xl * wi[j] + (j == l ? phi[1] : 0.0);
                out[base + (1 + j) * stride] += c * v;
            }
            if (layout.order() == 2) {
                int s = 1 + d;
                for (int j = 0; j < d; j++) {
                    for (int k = j; k < d; k++) {
                        double v = phi[3] * xl * wi[j] * wi[k]
                                + phi[2] * ((j == l ? wi[k] : 0.0) + (k == l ? wi[j] : 0.0));
                        out[base + (s++) * stride] += c * v;
                    }
                }
            }
        }
    }
}
