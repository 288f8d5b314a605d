package org.metricflow.verification.claims.flows;

import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.kernel.PeriodicGaussian;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * The normalised Gaussian of eq. (2.27) on T^d: the sum over lattice translates equals the periodic heat kernel at
 * time σ²/2 (Poisson summation) and integrates to one, so the two candidate "normalised Gaussians on the torus"
 * coincide.
 */
public final class KernelNormalisationClaim implements Claim {

    @Override
    public String id() {
        return "flows.kernel-normalisation";
    }

    @Override
    public String equation() {
        return "eqs. (2.27)-(2.29) on T^d";
    }

    @Override
    public String statement() {
        return "On T^d the periodised Gaussian (sum over lattice translates) equals the heat-kernel series "
                + "(2pi)^-d sum_k exp(-sigma^2 k^2/2) e^{ik.x} and integrates to 1 (rectangle rule, d = 1, 2)";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the reference is the Euclidean Gaussian (2 pi sigma^2)^{-d/2} e^{-|x|^2/(2 sigma^2)} "
                + "(no periodisation) in place of the heat-kernel series");
    }

    @Override
    public CheckResult check(Budget budget) {
        double worst = 0;
        int terms = budget.scale(30, 60);
        for (int d = 1; d <= 2; d++) {
            for (double sigma : new double[] {0.4, 1.1, 2.7}) {
                var grid = new TorusGrid(d, 32);
                var g = new PeriodicGaussian(grid, sigma);
                double[] x = new double[d];
                double integral = 0;
                for (int p = 0; p < grid.points(); p++) {
                    grid.coordinates(p, x);
                    double lattice = g.value(x);
                    integral += lattice * grid.cellVolume();
                    if (p % 7 == 0) {
                        double reference = budget.mutated() ? euclidean(x, sigma) : series(x, sigma, terms);
                        worst = Math.max(worst, Math.abs(lattice - reference));
                    }
                }
                worst = Math.max(worst, Math.abs(integral - 1));
            }
        }
        return CheckResult.compare("max |lattice sum - heat-kernel series| and |integral - 1|", worst, 0, 1e-12,
                "d = 1, 2; sigma = 0.4, 1.1, 2.7; 32 points per axis; series truncated at |k_a| <= " + terms);
    }

    /** The unperiodised Gaussian of width sigma at x (the planted reference). */
    private static double euclidean(double[] x, double sigma) {
        double r2 = 0;
        for (double c : x) {
            r2 += c * c;
        }
        return Math.exp(-0.5 * r2 / (sigma * sigma)) / Math.pow(2 * Math.PI * sigma * sigma, 0.5 * x.length);
    }

    private static double series(double[] x, double sigma, int terms) {
        double sum = 0;
        if (x.length == 1) {
            for (int k = -terms; k <= terms; k++) {
                sum += Math.exp(-0.5 * sigma * sigma * k * k) * Math.cos(k * x[0]);
            }
            return sum / (2 * Math.PI);
        }
        for (int k = -terms; k <= terms; k++) {
            for (int l = -terms; l <= terms; l++) {
                sum += Math.exp(-0.5 * sigma * sigma * (k * k + l * l)) * Math.cos(k * x[0] + l * x[1]);
            }
        }
        return sum / (4 * Math.PI * Math.PI);
    }
}
