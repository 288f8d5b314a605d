package org.metricflow.flows.quintic.study;

import java.util.List;
import java.util.Objects;
import org.metricflow.numeric.cluster.NearestNeighbourSummary;
import org.metricflow.numeric.PowerLawFit;

/**
 * Fig. 3 (right): nearest-neighbour FS distances against the number of points and the fit μ = A·N^b (eq. 3.6).
 *
 * @param summaries  mean (± standard error), min and max nearest-neighbour distance per sample size
 * @param fit        the least-squares power law through the means
 * @param asymptotic the asymptotic law Γ(1 + 1/D)(deg/(N − 1))^{1/D} at each size
 */
public record DistanceStudyResult(List<NearestNeighbourSummary> summaries, PowerLawFit fit, double[] asymptotic) {

    /** The paper's fit (3.6): μ = 0.968·N^−0.184. */
    public static final PowerLawFit PAPER = new PowerLawFit(0.968, 0, -0.184, 0);

    public DistanceStudyResult {
        summaries = List.copyOf(summaries);
        Objects.requireNonNull(fit, "fit");
        asymptotic = asymptotic.clone();
        if (asymptotic.length != summaries.size()) {
            throw new IllegalArgumentException("asymptotic has " + asymptotic.length + " values for "
                    + summaries.size() + " sizes");
        }
    }

    @Override
    public double[] asymptotic() {
        return asymptotic.clone();
    }

    /** The number of points N at which a power law μ(N) = A·N^b reaches the mean distance μ: (μ/A)^{1/b}. */
    public static double pointsFor(PowerLawFit fit, double distance) {
        if (!(distance > 0)) {
            throw new IllegalArgumentException("distance must be > 0, got " + distance);
        }
        return Math.pow(distance / fit.prefactor(), 1 / fit.exponent());
    }
}
