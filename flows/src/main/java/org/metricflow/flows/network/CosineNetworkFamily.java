package org.metricflow.flows.network;

import java.util.Objects;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TorusCosineArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;

/**
 * Per-field periodic cosine networks ({@link CosineMetricNetwork}) of the NTK parameterisation with σ_a = 1 whose
 * frozen NTK is the normalised periodic Gaussian of width σ, all representing {@code initial} at their drawn
 * parameters.
 *
 * @param initial the prescribed initial fields (their jet space fixes the fields and the torus)
 * @param trained {@code LAST}: readout only, as in eq. (2.33); {@code ALL}: readout and phases
 */
public record CosineNetworkFamily(FourierFields initial, TrainedLayers trained) implements NetworkFamily {

    public CosineNetworkFamily {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(trained, "trained");
    }

    /** The architecture of the draws at width N and kernel width σ. */
    public TorusCosineArchitecture architecture(int width, double sigma) {
        return new TorusCosineArchitecture(initial.jetSpace().dimension(), width, sigma, 1.0, Parameterisation.NTK,
                trained);
    }

    @Override
    public SampledNetwork sample(int width, double sigma, long seed) {
        return CosineMetricNetwork.sample(architecture(width, sigma), initial, seed);
    }
}
