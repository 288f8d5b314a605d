package org.metricflow.numeric.kernel;

import org.metricflow.numeric.nn.Architecture;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.GaussNetArchitecture;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TorusCosineArchitecture;

/** The analytic frozen (N → ∞) tangent kernel of each architecture. */
public final class FrozenKernels {

    private FrozenKernels() {
    }

    /**
     * Θ̄ for the architecture: {@link CosineNtk}, {@link GaussNetNtk}, {@link ReluNtk} (closed form) or
     * {@link TorusCosineNtk}.
     */
    public static Kernel of(Architecture architecture) {
        if (architecture instanceof CosineArchitecture c) {
            return new CosineNtk(c);
        }
        if (architecture instanceof GaussNetArchitecture g) {
            return new GaussNetNtk(g);
        }
        if (architecture instanceof ReluArchitecture r) {
            return ReluNtk.of(r);
        }
        if (architecture instanceof TorusCosineArchitecture t) {
            return new TorusCosineNtk(t);
        }
        throw new IllegalArgumentException("no frozen kernel known for " + architecture);
    }
}
