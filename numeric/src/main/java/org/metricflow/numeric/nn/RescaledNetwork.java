package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Objects;

/**
 * φ̃(x) = h(x) φ(x), eq. (2.15): a network multiplied by a deterministic function h (same parameters), so its tangent
 * kernel is h(x)h(x')Θ_φ(x, x') (eq. (2.16)). With h = g̃^{−1/4} ({@link ScalarFieldJet#power}) this is the rescaling
 * of eq. (2.28) that turns a flat δ-sequence into one for the volume form of g̃. Jets by the Leibniz rule:
 * ∂_j(hφ) = h_j φ + h φ_j, ∂_j∂_k(hφ) = h_jk φ + h_j φ_k + h_k φ_j + h φ_jk; trainable parameters are those of φ.
 */
public final class RescaledNetwork implements Network {

    private final ScalarFieldJet h;
    private final Network inner;

    /** h(x)·inner(x); the dimensions must agree. */
    public RescaledNetwork(ScalarFieldJet h, Network inner) {
        Objects.requireNonNull(h, "h");
        Objects.requireNonNull(inner, "inner");
        if (h.inputDimension() != inner.inputDimension()) {
            throw new IllegalArgumentException("rescaling h has dimension " + h.inputDimension()
                    + " but the network has input dimension " + inner.inputDimension());
        }
        this.h = h;
        this.inner = inner;
    }

    /** The rescaling function h. */
    public ScalarFieldJet rescaling() {
        return h;
    }

    /** The unscaled network φ. */
    public Network inner() {
        return inner;
    }

    @Override
    public int inputDimension() {
        return inner.inputDimension();
    }

    @Override
    public int outputCount() {
        return inner.outputCount();
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public double[] parameters() {
        return inner.parameters();
    }

    @Override
    public RescaledNetwork withParameters(double[] theta) {
        return new RescaledNetwork(h, inner.withParameters(theta));
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out, int outOff) {
        JetLayout layout = new JetLayout(inputDimension(), order);
        int size = layout.size();
        double[] hj = new double[size];
        h.jet(x, xOff, order, hj);
        double[] f = new double[outputCount() * size];
        inner.jet(x, xOff, order, f, 0);
        Inputs.requireSlice("out", out, outOff, f.length);
        for (int o = 0; o < outputCount(); o++) {
            leibniz(layout, hj, f, o * size, 1, out, outOff + o * size, 1);
        }
    }

    @Override
    public void parameterJacobian(double[] x, int xOff, int order, double[] out) {
        JetLayout layout = new JetLayout(inputDimension(), order);
        int size = layout.size();
        int p = parameterCount();
        double[] hj = new double[size];
        h.jet(x, xOff, order, hj);
        double[] jf = new double[outputCount() * size * p];
        inner.parameterJacobian(x, xOff, order, jf);
        Inputs.requireSlice("out", out, 0, jf.length);
        for (int o = 0; o < outputCount(); o++) {
            for (int i = 0; i < p; i++) {
                int base = o * size * p + i;
                leibniz(layout, hj, jf, base, p, out, base, p);
            }
        }
    }

    /** out = jet of h·f, reading f's slots at {@code f[fBase + s·fStride]} and writing likewise. */
    private static void leibniz(JetLayout layout, double[] hj, double[] f, int fBase, int fStride, double[] out,
                                int oBase, int oStride) {
        double f0 = f[fBase];
        out[oBase] = hj[0] * f0;
        int d = layout.dimension();
        if (layout.order() >= 1) {
            for (int j = 0; j < d; j++) {
                out[oBase + (1 + j) * oStride] = hj[1 + j] * f0 + hj[0] * f[fBase + (1 + j) * fStride];
            }
        }
        if (layout.order() == 2) {
            for (int j = 0; j < d; j++) {
                double fj = f[fBase + (1 + j) * fStride];
                for (int k = j; k < d; k++) {
                    int s = layout.second(j, k);
                    double fk = f[fBase + (1 + k) * fStride];
                    out[oBase + s * oStride] = hj[s] * f0 + hj[1 + j] * fk + hj[1 + k] * fj
                            + hj[0] * f[fBase + s * fStride];
                }
            }
        }
    }
}
