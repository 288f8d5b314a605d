package org.metricflow.flows.quintic;

import java.util.List;
import org.metricflow.symbolic.codegen.LocalDensity;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A {@link SigmaLoss} compiled by the code generator: l and its exact partial derivatives with respect to the 9 real
 * components of g, turned into the Frobenius gradient of the package convention (diagonal: ∂l/∂g_aa; off-diagonal
 * real and imaginary parts: ½∂l/∂x). Thread-safe (the compiled function is).
 */
public final class LossDensity {

    private static final JetSpace JETS = new JetSpace(1, 0, List.of(HermitianComponents.NAMES));
    private static final List<String> CONSTANT = List.of(SigmaLoss.CONSTANT);

    private final SigmaLoss loss;
    private final LocalDensity compiled;

    private LossDensity(SigmaLoss loss, LocalDensity compiled) {
        this.loss = loss;
        this.compiled = compiled;
    }

    /** Compiles the density of {@code loss} (a few hundred milliseconds; Janino caches the class). */
    public static LossDensity compile(SigmaLoss loss) {
        return new LossDensity(loss, LocalDensity.compile(loss.density(), JETS, CONSTANT));
    }

    /** The loss. */
    public SigmaLoss loss() {
        return loss;
    }

    /** The generated Java source (value and gradient). */
    public String source() {
        return compiled.valueAndGradient().source();
    }

    /**
     * Loss values and Frobenius gradients at {@code count} points.
     *
     * @param g        count × 9 metric components
     * @param c        count constants 1/(κ|Ω|²)
     * @param values   receives l per point (length ≥ count)
     * @param gradient receives count × 9 gradient components; non-finite entries (|1 − η| at η = 1) are set to 0
     */
    public void evaluate(double[] g, double[] c, double[] values, double[] gradient, int count) {
        int in = HermitianComponents.COUNT + 1;
        int outs = 1 + HermitianComponents.COUNT;
        double[] inputs = new double[count * in];
        for (int k = 0; k < count; k++) {
            System.arraycopy(g, k * HermitianComponents.COUNT, inputs, k * in, HermitianComponents.COUNT);
            inputs[k * in + HermitianComponents.COUNT] = c[k];
        }
        double[] out = new double[count * outs];
        compiled.valuesAndGradients(inputs, out, count);
        for (int k = 0; k < count; k++) {
            values[k] = out[k * outs];
            for (int p = 0; p < HermitianComponents.COUNT; p++) {
                double v = out[k * outs + 1 + p] * (p < 3 ? 1 : 0.5);
                gradient[k * HermitianComponents.COUNT + p] = Double.isFinite(v) ? v : 0;
            }
        }
    }
}
