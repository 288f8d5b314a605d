package org.metricflow.numeric.nn;

/**
 * How the initialisation scales enter a network, and hence with respect to what the tangent kernel is taken.
 *
 * <p>The paper's explicit output normalisation A/√N of eq. (2.32) belongs to the architecture and is present in
 * both.
 */
public enum Parameterisation {
    /**
     * Trainable parameters are unit Gaussians; the scales σ_a, σ_w/√fan_in, σ_b multiply them in the forward pass
     * (Jacot et al.; neural-tangents {@code parameterization='ntk'}). A uniform bias b ~ U(−π, π) is trained as is.
     */
    NTK,
    /**
     * Trainable parameters carry their variance (w ~ N(0, σ_w²/fan_in), a ~ N(0, σ_a²), b ~ N(0, σ_b²)) and enter the
     * forward pass unscaled (neural-tangents {@code parameterization='standard'}). For the cosine network this is the
     * convention of eqs. (2.32)–(2.33).
     */
    STANDARD
}
