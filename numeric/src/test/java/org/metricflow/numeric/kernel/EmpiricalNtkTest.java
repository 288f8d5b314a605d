package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.MetricNetworks;
import org.metricflow.numeric.nn.Network;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;

/** Component structure of the metric-NTK, eqs. (2.19)–(2.23). */
class EmpiricalNtkTest {

    private static final double[] XS = {0.3, -0.1, 0.5, 0.2, -0.4, 0.0, 0.7, 0.1, -0.2};

    @Test
    void perComponentNetworksHaveExactlyZeroCrossBlocks() {
        CosineArchitecture arch = CosineArchitecture.normalised(3, 64, 2.0).withTrained(TrainedLayers.ALL);
        Network net = MetricNetworks.perComponent(arch, 6, new Well19937c(1));
        MetricKernelMatrix k = EmpiricalNtk.byJacobians(net, XS, XS);
        assertThat(k.maxCrossComponent()).isZero();
        assertThat(k.maxDiagonalComponent()).isPositive();
        // the structured (block-wise) path agrees
        MetricKernelMatrix fast = EmpiricalNtk.of(net, XS, XS);
        for (int i = 0; i < k.values().length; i++) {
            assertThat(fast.values()[i]).isCloseTo(k.values()[i],
                    org.assertj.core.api.Assertions.within(1e-13 * (1 + Math.abs(k.values()[i]))));
        }
    }

    @Test
    void sharedNetworksMixComponentsAtFiniteWidthWhenHiddenLayersAreTrained() {
        ReluArchitecture arch = ReluArchitecture.ntk(3, 2, 128, 1.4, 0.2, true);
        MetricKernelMatrix shared = EmpiricalNtk.of(MetricNetworks.shared(arch, 6, new Well19937c(2)), XS, XS);
        assertThat(shared.maxCrossComponent()).isGreaterThan(0.05 * shared.maxDiagonalComponent());
        // readout-only training: each output has its own readout weights, so the cross blocks vanish exactly
        MetricKernelMatrix readout = EmpiricalNtk.byJacobians(
                MetricNetworks.shared(arch.withTrained(TrainedLayers.LAST), 6, new Well19937c(2)), XS, XS);
        assertThat(readout.maxCrossComponent()).isZero();
    }
}
