package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Objects;
import org.hipparchus.random.RandomGenerator;

/**
 * The exponential "Gauss-net" variant mentioned at the end of §2.3.2 (Halverson, Maiti, Stoner 2020), in the paper's
 * NTK normalisation: φ(x) = (A/√N) Σ_i a_i exp(w_i·x + b_i) / √(exp(2(σ_b² + σ_w²|x|²/d))), with a ~ N(0, σ_a²),
 * w ~ N(0, σ_w²/d), b ~ N(0, σ_b²). It is the rescaled network h(x)·ψ(x) (eq. (2.15)) of the exponential ridge
 * network ψ with h(x) = exp(−σ_b² − σ_w²|x|²/d) ({@link GaussianEnvelope}).
 *
 * <p>Frozen readout kernel: E[h(x)h(x') e^{u} e^{u'}] = exp(−σ_w²|x − x'|²/(2d)), so Θ̄ = A² exp(−|x−x'|²/(2σ²)),
 * σ = √d/σ_w — a normalised Gaussian for A = (σ_w/√(2πd))^{d/2} ({@link #normalisingAmplitude}); note there is no
 * factor 1/2 (unlike the cosine network, whose E[cos·cos] over the phase gives 1/2).
 *
 * @param inputDimension   d ≥ 1
 * @param width            N ≥ 1
 * @param sigmaA           σ_a > 0
 * @param sigmaW           σ_w > 0
 * @param sigmaB           σ_b ≥ 0
 * @param amplitude        A > 0
 * @param parameterisation standard (raw a, w, b trained) or NTK
 * @param trained          readout only or all layers
 */
public record GaussNetArchitecture(int inputDimension, int width, double sigmaA, double sigmaW, double sigmaB,
                                   double amplitude, Parameterisation parameterisation, TrainedLayers trained)
        implements Architecture {

    public GaussNetArchitecture {
        Inputs.requireRange("inputDimension", inputDimension, 1, 1 << 12);
        Inputs.requireRange("width", width, 1, 1 << 24);
        Inputs.requirePositive("sigmaA", sigmaA);
        Inputs.requirePositive("sigmaW", sigmaW);
        Inputs.requireNonNegative("sigmaB", sigmaB);
        Inputs.requirePositive("amplitude", amplitude);
        Objects.requireNonNull(parameterisation, "parameterisation");
        Objects.requireNonNull(trained, "trained");
    }

    /** σ_a = 1, the normalising amplitude, standard parameterisation, readout trained. */
    public static GaussNetArchitecture normalised(int inputDimension, int width, double sigmaW, double sigmaB) {
        return new GaussNetArchitecture(inputDimension, width, 1.0, sigmaW, sigmaB,
                normalisingAmplitude(inputDimension, sigmaW), Parameterisation.STANDARD, TrainedLayers.LAST);
    }

    /** A = (σ_w/√(2πd))^{d/2}: makes A² e^{−|r|²/(2σ²)} integrate to 1 over R^d. */
    public static double normalisingAmplitude(int d, double sigmaW) {
        return FrozenGaussian.unitAmplitude(d, sigmaW);
    }

    /** Width of the frozen Gaussian kernel, σ = √d/σ_w. */
    public double kernelWidth() {
        return FrozenGaussian.width(inputDimension, sigmaW);
    }

    /** The deterministic normaliser h(x) = exp(−σ_b² − σ_w²|x|²/d). */
    public GaussianEnvelope envelope() {
        return new GaussianEnvelope(inputDimension, sigmaB * sigmaB, sigmaW * sigmaW / inputDimension);
    }

    @Override
    public GaussNetArchitecture withWidth(int newWidth) {
        return new GaussNetArchitecture(inputDimension, newWidth, sigmaA, sigmaW, sigmaB, amplitude, parameterisation,
                trained);
    }

    /** A copy with other trained layers. */
    public GaussNetArchitecture withTrained(TrainedLayers newTrained) {
        return new GaussNetArchitecture(inputDimension, width, sigmaA, sigmaW, sigmaB, amplitude, parameterisation,
                newTrained);
    }

    /** A copy with another parameterisation. */
    public GaussNetArchitecture withParameterisation(Parameterisation p) {
        return new GaussNetArchitecture(inputDimension, width, sigmaA, sigmaW, sigmaB, amplitude, p, trained);
    }

    /**
     * Draws w (N×d), then b (N), then a (outputs×N). Returns a {@link RescaledNetwork} around a
     * {@link RidgeNetwork} with φ = exp; trainable parameters as documented there.
     */
    @Override
    public Network initialise(int outputs, RandomGenerator rng) {
        Draws.requireOutputs(outputs);
        Draws.requireRng(rng);
        boolean standard = parameterisation == Parameterisation.STANDARD;
        double wScale = sigmaW / Math.sqrt(inputDimension);
        double[] w = Draws.gaussian(rng, width * inputDimension, standard ? wScale : 1.0);
        double[] b = Draws.gaussian(rng, width, standard ? sigmaB : 1.0);
        double[] a = Draws.gaussian(rng, outputs * width, standard ? sigmaA : 1.0);
        RidgeNetwork ridge = new RidgeNetwork(inputDimension, outputs, Activation.EXPONENTIAL, trained, amplitude,
                standard ? 1.0 : sigmaA, standard ? 1.0 : wScale, standard ? 1.0 : sigmaB, a, w, b);
        return new RescaledNetwork(envelope(), ridge);
    }
}
