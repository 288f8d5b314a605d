package org.metricflow.examples;

import java.util.Locale;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.study.NoiseRow;
import org.metricflow.flows.quintic.study.NoiseStudy;
import org.metricflow.flows.quintic.study.NoiseStudyOptions;
import org.metricflow.flows.quintic.study.NoiseStudyResult;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * Fig. 3 (left) of §3: train the Delta-kernel flow on 1,000 quintic points (20 steps, smooth σ-loss), then print the
 * σ gain on noised copies of the training points against their mean FS distance — off X as the paper did, and
 * projected back onto X.
 */
public final class QuinticNoiseStudyExample {

    private QuinticNoiseStudyExample() {
    }

    public static void main(String[] args) {
        var train = new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(),
                SamplerOptions.defaults().withSeed(1)).sample(1000);
        QuinticFlowOptions options = QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.0316)
                .withLoss(SigmaLoss.SQUARED);
        NoiseStudyResult r = NoiseStudy.run(train, options,
                new NoiseStudyOptions(new double[] {0, 1e-5, 1e-4, 1e-3, 1e-2, 0.1}, 20, 7), 2);
        System.out.printf(Locale.ROOT, "training gain %.4g%n", r.flow().gainTrain());
        for (NoiseRow row : r.rows()) {
            System.out.printf(Locale.ROOT, "%-9s noise %-7.1g mean distance %-10.3g gain %.4g%n",
                    row.mode().name().toLowerCase(Locale.ROOT), row.noise(), row.meanDistance(), row.gain());
        }
    }
}
