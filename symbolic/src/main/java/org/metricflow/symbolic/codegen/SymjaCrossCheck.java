package org.metricflow.symbolic.codegen;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymjaNumeric;
import org.metricflow.symbolic.cas.Variables;

/**
 * Compares generated code with Symja's own numeric evaluation ({@link SymjaNumeric}) of the same expressions:
 * the largest relative error |generated − Symja| / max(|Symja|, {@value #ABSOLUTE_FLOOR}) over all outputs and points.
 * A NaN on one side only (or different infinities) counts as an infinite error; NaN on both sides (outside the real
 * domain of both) as agreement.
 */
public final class SymjaCrossCheck {

    /** Below this magnitude errors are measured absolutely (exact zeros of the gradient are common). */
    public static final double ABSOLUTE_FLOOR = 1e-300;

    private SymjaCrossCheck() {
    }

    /**
     * Largest relative error of {@code f} against Symja's evaluation of {@code exprs} at {@code points}.
     *
     * @param f         compiled code of {@code exprs} (same output order) with inputs {@code variables}
     * @param exprs     the expressions
     * @param variables the inputs, in {@code f}'s slot order
     * @param points    points, {@code variables.size()} values each
     */
    public static double maxRelativeError(CompiledFunction f, List<Sym> exprs, Variables variables,
                                          List<double[]> points) {
        if (f.outputs() != exprs.size() || !f.inputNames().equals(variables.names())) {
            throw new IllegalArgumentException("compiled function " + f + " does not match " + exprs.size()
                    + " expressions in " + variables.names());
        }
        SymjaNumeric reference = new SymjaNumeric(exprs, variables);
        double[] generated = new double[exprs.size()];
        double[] expected = new double[exprs.size()];
        double worst = 0;
        for (double[] p : points) {
            f.evaluate(p, 0, generated, 0);
            reference.evaluate(p, expected);
            for (int k = 0; k < expected.length; k++) {
                worst = Math.max(worst, relativeError(generated[k], expected[k]));
            }
        }
        return worst;
    }

    /** Largest relative error of a compiled density and its gradient at {@code count} random jets. */
    public static double maxRelativeError(LocalDensity density, int count, RandomGenerator rng) {
        RandomJets sampler = new RandomJets(density.jets(), density.coordinates().size());
        List<double[]> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] p = new double[sampler.size()];
            sampler.sample(rng, p, 0);
            points.add(p);
        }
        List<Sym> exprs = new ArrayList<>();
        exprs.add(density.density());
        exprs.addAll(density.gradient());
        return maxRelativeError(density.valueAndGradient(), exprs,
                Variables.of(density.jets(), density.coordinates()), points);
    }

    /** |a − b| / max(|b|, floor); 0 when both are NaN or equal infinities, ∞ when only one is NaN. */
    public static double relativeError(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(b), ABSOLUTE_FLOOR);
    }
}
