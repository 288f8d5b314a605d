package org.metricflow.flows.network;

/**
 * Draws networks of a given width whose frozen NTK is the normalised Gaussian of width σ (e.g. the per-component
 * cosine network of eqs. (2.32)–(2.37)), all representing the same initial fields. Randomness comes only from the
 * seed: the same (width, σ, seed) gives the same network.
 */
@FunctionalInterface
public interface NetworkFamily {

    /**
     * @param width hidden width N ≥ 1
     * @param sigma kernel width σ &gt; 0
     * @param seed  seed of the random draw
     */
    SampledNetwork sample(int width, double sigma, long seed);
}
