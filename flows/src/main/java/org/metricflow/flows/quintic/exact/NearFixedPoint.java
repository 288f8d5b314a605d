package org.metricflow.flows.quintic.exact;

import java.util.Random;
import org.metricflow.flows.quintic.QuinticKernelFlow;

/**
 * Moves a flow next to the fixed point of its σ-loss, det g = |Ω|² e^{εξ} (ξ standard normal per point, training and
 * test), so that η = 1 + O(ε): the regime where the closed form ({@link ExactKernelFlow}) is exact to O(ε²). Used by
 * the checks of the linearisation.
 */
public final class NearFixedPoint {

    private NearFixedPoint() {
    }

    /** Rescales every metric of {@code flow} so that ln(det g/|Ω|²) = ε ξ (seeded). */
    public static void apply(QuinticKernelFlow flow, double eps, long seed) {
        Random rnd = new Random(seed);
        double[] rt = flow.trainingValues().logRatio();
        double[] rs = flow.testSet().values().logRatio();
        double[] dt = new double[rt.length];
        double[] ds = new double[rs.length];
        for (int k = 0; k < dt.length; k++) {
            dt[k] = -rt[k] + eps * rnd.nextGaussian();
        }
        for (int k = 0; k < ds.length; k++) {
            ds[k] = -rs[k] + eps * rnd.nextGaussian();
        }
        flow.rescale(dt, ds);
    }
}
