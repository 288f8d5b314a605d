package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class QuinticKernelFlowTest {

    private static PointSample sample(int n, long seed) {
        return new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(seed)).sample(n);
    }

    /** σ of the initial common-chart metric equals σ_FS computed in the points' own charts (chart independence). */
    @Test
    void initialSigmaIsTheFubiniStudySigma() {
        QuinticKernelFlow f = new QuinticKernelFlow(sample(500, 1), sample(200, 2),
                QuinticFlowOptions.table1(QuinticKernel.DELTA), 2);
        double own = MongeAmpere.fubiniStudy(f.trainingSample()).sigma().value();
        assertThat(f.sigmaTrain().sigma().value()).isCloseTo(own, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** Delta kernel, smooth loss, lr 0.03, 1,000 points: the training loss falls at every step, the test σ does not. */
    @Test
    void deltaKernelLearnsTheTrainingSetOnly() {
        QuinticFlowOptions o = QuinticFlowOptions.table1(QuinticKernel.DELTA).withLearningRate(0.03162)
                .withLoss(SigmaLoss.SQUARED).withPositivity(PositivityPolicy.CLIP);
        QuinticKernelFlow f = new QuinticKernelFlow(sample(1000, 1), sample(500, 2), o, 2);
        QuinticFlowResult r = f.run(20, null);
        List<StepRecord> h = r.history();
        assertThat(h).hasSize(20);
        for (int s = 1; s < h.size(); s++) {
            assertThat(h.get(s).lossTrain()).isLessThan(h.get(s - 1).lossTrain());
        }
        assertThat(r.gainTrain()).isGreaterThan(10);
        assertThat(r.gainTest()).isLessThan(1.2);
    }

    @Test
    void literalCoordinateGradientWithTable1RateStopsCleanly() {
        QuinticFlowOptions o = QuinticFlowOptions.table1(QuinticKernel.DELTA).withGradient(GradientForm.COORDINATE);
        QuinticKernelFlow f = new QuinticKernelFlow(sample(300, 1), sample(100, 2), o, 2);
        double[] before = f.state().train();
        QuinticFlowResult r = f.run(5, null);
        assertThat(r.stopReason()).startsWith("NOT_POSITIVE_DEFINITE at t=").contains(" at point ");
        assertThat(r.history()).isEmpty();
        assertThat(r.state().train()).containsExactly(before);
    }

    @Test
    void badOptionsNameTheValue() {
        assertThatThrownBy(() -> QuinticFlowOptions.table1(QuinticKernel.RELU).withLearningRate(-1))
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withSigma(0))
                .hasMessageContaining("sigma");
    }
}
