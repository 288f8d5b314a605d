package org.metricflow.examples;

import java.util.Locale;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.tune.HyperparameterSearch;
import org.metricflow.flows.quintic.tune.TuneOptions;
import org.metricflow.flows.quintic.tune.TuneResult;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * CMA-ES search of the Gaussian kernel's learning rate and width on the Fermat quintic: 1,000 training points, a
 * validation sample of 500 drawn separately, 12 runs of 10 steps; prints the best run's parameters and gains.
 */
public final class QuinticTuneExample {

    private QuinticTuneExample() {
    }

    public static void main(String[] args) {
        var quintic = ProjectiveHypersurface.fermatQuintic();
        var train = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(1)).sample(1000);
        var validation = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(3)).sample(500);
        QuinticFlowOptions start = QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN)
                .withPositivity(PositivityPolicy.CLIP);
        TuneResult r = new HyperparameterSearch(train, validation, start, OperatorOptions.defaults(),
                new TuneOptions(12, 10, 7), 2).run(null);
        QuinticFlowOptions best = r.best().options();
        System.out.printf(Locale.ROOT, "best of %d runs: lr %.3g, sigma %.3g; gain train %.3g, validation %.3g%n",
                r.trials().size(), best.learningRate(), best.sigma(), r.best().trainGain(),
                r.best().validationGain());
    }
}
