package org.metricflow.flows.quintic.study;

import java.util.List;
import java.util.Objects;
import org.metricflow.numeric.PowerLawFit;

/**
 * The paper's extrapolation (§3.2, after eq. 3.6): the mean distance at which the noise study's gain falls to a
 * target (read off the gain-vs-distance curve by log–log interpolation between the bracketing noise levels), and the
 * number of points whose mean nearest-neighbour distance is that small, N = (μ/A)^{1/b}.
 *
 * @param mode     which noise study curve
 * @param target   the gain
 * @param distance the mean distance with that gain; NaN if the curve never crosses the target
 * @param points   N for that distance under the fit; NaN likewise
 */
public record GainExtrapolation(NoiseMode mode, double target, double distance, double points) {

    /** The paper's numbers for gain 100: Gaussian 5·10⁻³ → 10¹², Delta 5·10⁻² → 10⁸. */
    public static final double PAPER_DISTANCE_GAUSSIAN = 5e-3;
    public static final double PAPER_DISTANCE_DELTA = 5e-2;

    public GainExtrapolation {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * Extrapolates {@code rows} (one mode, noise ascending; noise-free rows are skipped, their distance is 0 or at
     * rounding level) to {@code target}.
     */
    public static GainExtrapolation of(List<NoiseRow> rows, NoiseMode mode, double target, PowerLawFit fit) {
        if (!(target > 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target gain must be finite and > 0, got " + target);
        }
        NoiseRow prev = null;
        for (NoiseRow r : rows) {
            if (r.mode() != mode || !(r.noise() > 0) || !(r.meanDistance() > 0)) {
                continue;
            }
            if (prev != null && (prev.gain() - target) * (r.gain() - target) <= 0 && prev.gain() != r.gain()) {
                double t = (Math.log(target) - Math.log(prev.gain())) / (Math.log(r.gain()) - Math.log(prev.gain()));
                double d = Math.exp(Math.log(prev.meanDistance())
                        + t * (Math.log(r.meanDistance()) - Math.log(prev.meanDistance())));
                return new GainExtrapolation(mode, target, d, DistanceStudyResult.pointsFor(fit, d));
            }
            prev = r;
        }
        return new GainExtrapolation(mode, target, Double.NaN, Double.NaN);
    }
}
