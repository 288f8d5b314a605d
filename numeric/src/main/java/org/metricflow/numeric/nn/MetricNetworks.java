package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;

/**
 * Networks for the m independent components of a metric (m = n(n+1)/2 for a real symmetric n×n metric, 9 real
 * components for a Hermitian 3×3 one, …): one network per component (paper §2.3.1) or one network with m outputs.
 */
public final class MetricNetworks {

    private MetricNetworks() {
    }

    /**
     * One independently initialised single-output network per component, drawn in component order from
     * {@code rng}: the structure of eq. (2.19), whose tangent kernel is δ_pq Θ (eq. (2.21)).
     */
    public static StackedNetwork perComponent(Architecture architecture, int components, RandomGenerator rng) {
        Inputs.requireRange("components", components, 1, 1 << 12);
        List<Network> nets = new ArrayList<>(components);
        for (int c = 0; c < components; c++) {
            nets.add(architecture.initialise(1, rng));
        }
        return new StackedNetwork(nets);
    }

    /**
     * One network with {@code components} outputs sharing the hidden parameters. At finite width its tangent kernel
     * mixes components (Θ_pq ≠ 0 for p ≠ q when hidden layers are trained); the mixing vanishes only as N → ∞.
     */
    public static Network shared(Architecture architecture, int components, RandomGenerator rng) {
        Inputs.requireRange("components", components, 1, 1 << 12);
        return architecture.initialise(components, rng);
    }
}
