package org.metricflow.examples;

import java.util.Locale;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * The Delta-kernel metric flow of §3 on the Fermat quintic: 1,000 training and 500 test points, 20 steps of the
 * smooth σ-loss; prints σ before and after on both sets (the training set is learnt, the test set is not).
 */
public final class QuinticKernelFlowExample {

    private QuinticKernelFlowExample() {
    }

    public static void main(String[] args) {
        var quintic = ProjectiveHypersurface.fermatQuintic();
        var train = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(1)).sample(1000);
        var test = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(2)).sample(500);
        QuinticFlowOptions options = QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.0316)
                .withLoss(SigmaLoss.SQUARED).withPositivity(PositivityPolicy.CLIP);
        QuinticFlowResult r = new QuinticKernelFlow(train, test, options, 2).run(20, null);
        System.out.printf(Locale.ROOT, "sigma train %.4f -> %.4g (gain %.3g), test %.4f -> %.4f (gain %.3g)%n",
                r.sigmaTrainBefore().value(), r.sigmaTrainAfter().value(), r.gainTrain(),
                r.sigmaTestBefore().value(), r.sigmaTestAfter().value(), r.gainTest());
    }
}
