package org.metricflow.symbolic.codegen;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymjaNumeric;
import org.metricflow.symbolic.cas.Variables;

/**
 * Compares generated code with Symja's own numeric evaluation ({@link SymjaNumeric}) of the same expressions. The
 * error of an output is normwise relative over the sample: max_p |generated − Symja| / max(max_p |Symja|,
 * {@value #ABSOLUTE_FLOOR}), so that an output passing close to zero at one point (where any two evaluation orders
 * differ in relative terms by the cancellation factor) is judged on the scale of its values; the result is the
 * largest error over all outputs. A NaN on one side only counts as an infinite error, NaN on both sides (outside the
 * real domain of both) as agreement.
 */
public final class SymjaCrossCheck {

    /** Outputs whose values are all below this magnitude are compared absolutely (e.g. identically zero entries). */
    public static final double ABSOLUTE_FLOOR = 1e-300;

    private SymjaCrossCheck() {
    }

    /**
     * Largest normwise relative error of {@code f} against Symja's evaluation of {@code exprs} at {@code points}.
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
        int m = exprs.size();
        double[] generated = new double[m];
        double[] expected = new double[m];
        double[] maxDiff = new double[m];
        double[] maxRef = new double[m];
        for (double[] p : points) {
            f.evaluate(p, 0, generated, 0);
            reference.evaluate(p, expected);
            for (int k = 0; k < m; k++) {
                double a = generated[k];
                double b = expected[k];
                boolean bothNaN = Double.isNaN(a) && Double.isNaN(b);
                double diff = bothNaN || a == b ? 0 : Math.abs(a - b);
                maxDiff[k] = Math.max(maxDiff[k], Double.isNaN(diff) ? Double.POSITIVE_INFINITY : diff);
                maxRef[k] = Math.max(maxRef[k], Double.isNaN(b) ? 0 : Math.abs(b));
            }
        }
        double worst = 0;
        for (int k = 0; k < m; k++) {
            worst = Math.max(worst, maxDiff[k] == 0 ? 0 : maxDiff[k] / Math.max(maxRef[k], ABSOLUTE_FLOOR));
        }
        return worst;
    }

    /** Largest normwise relative error of a compiled density and its gradient at {@code count} random jets. */
    public static double maxRelativeError(LocalDensity density, int count, RandomGenerator rng) {
        return maxRelativeError(density, density, count, rng);
    }

    /**
     * Largest normwise relative error of {@code generated}'s compiled density and gradient against Symja's numeric
     * evaluation of {@code reference}'s expressions (same jet space) at {@code count} random jets.
     */
    public static double maxRelativeError(LocalDensity generated, LocalDensity reference, int count,
                                          RandomGenerator rng) {
        LocalDensity density = reference;
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
        return maxRelativeError(generated.valueAndGradient(), exprs,
                Variables.of(density.jets(), density.coordinates()), points);
    }

}
