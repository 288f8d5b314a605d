package org.metricflow.flows.quintic.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/** CMA-ES search on 400 training / 200 validation points, 3 steps per run. */
class HyperparameterSearchTest {

    private static final PointSample TRAIN = sample(400, 11);
    private static final PointSample VALIDATION = sample(200, 13);

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    private static HyperparameterSearch search(QuinticFlowOptions base, int evals, long seed) {
        return new HyperparameterSearch(TRAIN, VALIDATION, base, OperatorOptions.defaults(),
                new TuneOptions(evals, 3, seed), 2);
    }

    /**
     * The Gaussian kernel (lr, σ; clipping, since with STOP nearly every setting fails at step 1) with 10 runs: the
     * same seed gives identical trials and result, another seed other trials; the best trial is the largest
     * validation gain of all trials and is reproduced by an independent rerun of its options; the first trial is the
     * start point.
     */
    @Test
    void seededSearchIsReproducibleAndReturnsItsBestTrial() {
        QuinticFlowOptions base = QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withLoss(SigmaLoss.SQUARED)
                .withLearningRate(1e-6).withPositivity(PositivityPolicy.CLIP);
        TuneResult a = search(base, 10, 5).run(null);
        TuneResult b = search(base, 10, 5).run(null);
        TuneResult c = search(base, 10, 6).run(null);
        assertThat(a.trials()).hasSize(10);
        assertThat(scores(b)).containsExactlyElementsOf(scores(a));
        assertThat(b.best().options()).isEqualTo(a.best().options());
        assertThat(scores(c)).isNotEqualTo(scores(a));
        assertThat(a.trials().get(0).options().learningRate()).isCloseTo(1e-6, within(1e-20));
        assertThat(a.trials().get(0).options().sigma()).isEqualTo(30.0);
        double bestGain = a.trials().stream().filter(Trial::completed).mapToDouble(Trial::validationGain).max()
                .orElseThrow();
        assertThat(a.best().validationGain()).isEqualTo(bestGain);
        assertThat(bestGain).isGreaterThanOrEqualTo(a.trials().get(0).validationGain());
        Trial rerun = search(base, 1, 0).evaluate(a.best().options());
        assertThat(rerun.validationGain()).isEqualTo(a.best().validationGain());
        assertThat(rerun.trainGain()).isEqualTo(a.best().trainGain());
    }

    /**
     * One parameter (Delta: lr) works, and a run that makes g indefinite scores as a failure with the finite
     * penalty (Delta at lr = 1, literal coordinate gradient — the Table 1 rate already fails at step 1).
     */
    @Test
    void oneParameterAndFailuresScoreFinitely() {
        QuinticFlowOptions delta = QuinticFlowOptions.table1(QuinticKernel.DELTA);
        TuneResult r = search(delta, 6, 1).run(null);
        assertThat(r.parameters()).containsExactly(TunedParameter.LOG10_LEARNING_RATE);
        assertThat(r.trials()).hasSize(6);
        Trial failed = search(delta, 1, 0).evaluate(delta.withLearningRate(1.0)
                .withGradient(org.metricflow.flows.quintic.GradientForm.COORDINATE));
        assertThat(failed.completed()).isFalse();
        assertThat(failed.failure()).startsWith("NOT_POSITIVE_DEFINITE");
        assertThat(failed.score()).isEqualTo(HyperparameterSearch.FAILURE_SCORE);
        for (Trial t : r.trials()) {
            assertThat(t.score()).isFinite();
        }
    }

    @Test
    void badBudgetNamesTheValue() {
        assertThatThrownBy(() -> new TuneOptions(0, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluations").hasMessageContaining("0");
        assertThatThrownBy(() -> new TuneOptions(5, -1, 1)).hasMessageContaining("-1");
    }

    private static List<Double> scores(TuneResult r) {
        return r.trials().stream().map(Trial::score).toList();
    }

    /**
     * The closed-form search (Gaussian, true profile, σ only): the learning rate is not searched; every trial
     * records its validation-chosen flow time, and the closed form evaluated independently at that t (ExactKernelFlow
     * with the validation set as its only held-out set) reproduces the trial's validation gain; the best trial is not
     * worse than the start. Delta (no parameters) and the absolute loss (no closed form) are refused.
     */
    @Test
    void closedFormSearchTunesTheKernelAtItsFlowTime() {
        QuinticFlowOptions base = QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withLoss(SigmaLoss.SQUARED)
                .withProfile(org.metricflow.numeric.kernel.DistanceProfile.GAUSSIAN).withSigma(0.5);
        HyperparameterSearch closed = search(base, 6, 5).closedForm();
        assertThat(closed.parameters()).containsExactly(TunedParameter.LOG10_SIGMA);
        TuneResult r = closed.run(null);
        assertThat(r.trials()).hasSize(6);
        Trial best = r.best();
        assertThat(best.flowTime()).isPositive();
        assertThat(best.validationGain()).isGreaterThanOrEqualTo(r.trials().get(0).validationGain()).isGreaterThan(1);
        var flow = new org.metricflow.flows.quintic.QuinticKernelFlow(TRAIN, VALIDATION, best.options(),
                OperatorOptions.defaults(), 2);
        double before = flow.testSet().values().sigma(null).value();
        var exact = new org.metricflow.flows.quintic.exact.ExactKernelFlow(flow, List.of(flow.testSet()),
                org.metricflow.flows.quintic.exact.ExactKernelFlow.Method.EIGEN, 400);
        double after = exact.at(new org.metricflow.flows.quintic.exact.FlowTime(best.flowTime(), 0)).sigmaHeld()
                .get(0).value();
        assertThat(before / after).isCloseTo(best.validationGain(), within(1e-9 * best.validationGain()));
        assertThatThrownBy(() -> search(QuinticFlowOptions.table1(QuinticKernel.DELTA).withLoss(SigmaLoss.SQUARED), 2,
                1).closedForm()).hasMessageContaining("delta");
        assertThatThrownBy(() -> search(base.withLoss(SigmaLoss.ABSOLUTE), 2, 1).closedForm())
                .hasMessageContaining("--loss squared");
    }
}
