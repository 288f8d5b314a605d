package org.metricflow.flows.quintic.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.kernel.DistanceProfile;

class GainScanTest {

    /** The exact kernel while N² + M N doubles fit the budget and N² ≤ 2^28; ⌈N/5000⌉ clusters above. */
    @Test
    void clustersOnlyAboveTheDenseBudget() {
        long twoGiB = 2L << 30;
        assertThat(GainScan.clusters(10_000, 4_000, twoGiB)).isEqualTo(1);
        assertThat(GainScan.clusters(16_000, 4_000, twoGiB)).isEqualTo(4);
        assertThat(GainScan.clusters(20_000, 4_000, 8L << 30)).isEqualTo(4);
        assertThat(GainScan.clusters(10_000, 4_000, 512L << 20)).isEqualTo(2);
    }

    @Test
    void closedFormOptionsUseTheSquaredLossAndTheTrueGaussianProfile() {
        QuinticFlowOptions g = GainScan.closedForm(QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN));
        assertThat(g.loss()).isEqualTo(SigmaLoss.SQUARED);
        assertThat(g.gradient()).isEqualTo(GradientForm.FRAME);
        assertThat(g.profile()).isEqualTo(DistanceProfile.GAUSSIAN);
        QuinticFlowOptions r = GainScan.closedForm(QuinticFlowOptions.table1(QuinticKernel.RELU));
        assertThat(r.sigmaB()).isEqualTo(80.52);
    }
}
