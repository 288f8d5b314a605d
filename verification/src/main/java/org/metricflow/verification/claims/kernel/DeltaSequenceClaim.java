package org.metricflow.verification.claims.kernel;

import java.util.Locale;
import org.metricflow.numeric.kernel.NormalisedGaussian;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.kernel.RescaledKernel;
import org.metricflow.numeric.quadrature.TensorRule;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Eqs. (2.26)–(2.29): with h = g̃^{−1/4} the rescaled normalised Gaussian is a δ-sequence for the volume form of g̃,
 * ∫ d^d x' √g̃(x') Θ̄_σ(x, x') f(x') → f(x) (Ω̄ = ᾱ(x, x) = 1) with error O(σ²). On the round 2-sphere in
 * stereographic coordinates; integrals by tensor Gauss–Hermite quadrature centred at x (30 nodes per axis). The
 * leading error is g̃(x)^{−1/4} (σ²/2) Δ[g̃^{1/4} f](x) (heat-kernel expansion), checked too.
 */
final class DeltaSequenceClaim implements Claim {

    private static final double[][] POINTS = {{0.4, -0.3}, {-1.1, 0.7}, {0.0, 1.6}};

    @Override
    public String id() {
        return "kernel.delta-sequence";
    }

    @Override
    public String equation() {
        return "eqs. (2.26)-(2.29)";
    }

    @Override
    public String statement() {
        return "∫ dV_g̃(x') g̃(x)^{-1/4} g̃(x')^{-1/4} N_σ(x-x') f(x') → f(x) with error O(σ²) on a curved reference"
                + " metric (round S² in stereographic coordinates): fitted exponent 2.";
    }

    static double f(double[] y) {
        return Math.cos(y[0]) * Math.exp(0.5 * y[1]);
    }

    static double smeared(double sigma, double[] x, boolean rescaled) {
        RescaledKernel k = RescaledKernel.curvedDeltaSequence(SphereMetric.DETERMINANT, sigma);
        NormalisedGaussian g = new NormalisedGaussian(2, sigma);
        return TensorRule.gaussian(2, sigma, 30).integrate(x, y -> {
            double vol = Math.sqrt(SphereMetric.DETERMINANT.value(y, 0));
            double kernel = rescaled ? k.value(x, 0, y, 0) : g.value(x, 0, y, 0);
            return vol * kernel / g.value(x, 0, y, 0) * f(y);
        });
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the rescaling h = g^(-1/4) dropped (plain normalised Gaussian against dV_g)");
    }

    @Override
    public CheckResult check(Budget budget) {
        double[] sigmas = {0.08, 0.04, 0.02, 0.01, 0.005};
        double worstExponent = 0;
        double worstCoefficient = 0;
        StringBuilder detail = new StringBuilder();
        int nPoints = budget.quick() ? 1 : POINTS.length;
        for (int p = 0; p < nPoints; p++) {
            double[] x = POINTS[p];
            double[] err = new double[sigmas.length];
            for (int i = 0; i < sigmas.length; i++) {
                err[i] = Math.abs(smeared(sigmas[i], x, !budget.mutated()) - f(x));
            }
            PowerLawFit fit = PowerLawFit.fit(sigmas, err);
            double predicted = Math.abs(RescaledKernel.deltaSequenceErrorCoefficient(SphereMetric.DETERMINANT,
                    DeltaSequenceClaim::f, x));
            double coefficient = err[err.length - 1] / (sigmas[sigmas.length - 1] * sigmas[sigmas.length - 1]);
            worstExponent = Math.max(worstExponent, Math.abs(fit.exponent() - 2));
            worstCoefficient = Math.max(worstCoefficient, Math.abs(coefficient / predicted - 1));
            double unscaled = smeared(0.005, x, false);
            detail.append(String.format(Locale.ROOT, "x=(%.1f, %.1f): exponent %s, error/σ² = %.4f vs heat-kernel"
                    + " %.4f; without the g̃^{-1/4} rescaling the limit is %.4f = √g̃(x) f(x) ≠ f(x) = %.4f. ", x[0],
                    x[1], fit, coefficient, predicted, unscaled, f(x)));
        }
        detail.append(String.format(Locale.ROOT, "σ = 0.08 … 0.005; worst |coefficient/prediction - 1| = %.1e",
                worstCoefficient));
        if (worstCoefficient > 0.02) {
            return CheckResult.compare("relative deviation of the O(σ²) coefficient", worstCoefficient, 0, 0.02,
                    detail.toString());
        }
        return CheckResult.compare("max |fitted exponent of |error| vs σ - 2|", worstExponent, 0, 0.05,
                detail.toString());
    }
}
