package org.metricflow.flows.analysis;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.Flow;

/**
 * The spectral radius ρ of the Jacobian ∂v/∂y of a flow's velocity at a state, by power iteration with
 * finite-difference Jacobian–vector products. Spectral discretisations of parabolic flows are stiff (ρ grows like
 * n² for second-order and n⁴ for fourth-order flows); an explicit integrator is stable only for steps below
 * (its stability interval)/ρ, and an adaptive one can otherwise try a first step so large that the velocity
 * overflows. Use it to cap the step: {@code options.withMaxStep(bound / ρ)}.
 */
public final class StiffnessEstimate {

    private StiffnessEstimate() {
    }

    /**
     * @param iterations power iterations (≥ 1; 30 give a few digits for well-separated spectra)
     * @param seed       seed of the random start vector
     */
    public static double spectralRadius(Flow flow, double[] state, int iterations, long seed) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        int n = state.length;
        RandomGenerator rng = new Well19937c(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        normalise(v);
        double[] f0 = new double[n];
        double[] f1 = new double[n];
        double[] moved = new double[n];
        flow.velocity(0, state, f0);
        double scale = 0;
        for (double y : state) {
            scale = Math.max(scale, Math.abs(y));
        }
        double eps = 1e-7 * (1 + scale);
        double rho = 0;
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                moved[i] = state[i] + eps * v[i];
            }
            flow.velocity(0, moved, f1);
            for (int i = 0; i < n; i++) {
                v[i] = (f1[i] - f0[i]) / eps;
            }
            rho = normalise(v);
            if (rho == 0) {
                return 0;
            }
        }
        return rho;
    }

    private static double normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return norm;
    }
}
