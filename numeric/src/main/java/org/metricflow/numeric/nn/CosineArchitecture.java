package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Objects;
import org.hipparchus.random.RandomGenerator;

/**
 * The cosine network of §2.3.2, eq. (2.32): φ(x) = (A/√N) Σ_i a_i cos(w_i·x + b_i) with a ~ N(0, σ_a²),
 * w ~ N(0, σ_w²/d) (each component), b ~ U(−π, π) — in its plane-wave reading (default) or as printed
 * ({@link CosineForm}).
 *
 * <p>Frozen kernel (derived in {@code kernel.CosineNtk}): with only the readout trained under the paper's
 * (standard) parameterisation, Θ̄ = (A²/2) exp(−|x − x'|²/(2σ²)) with σ = √d/σ_w (eqs. (2.35), (2.37)); it is a
 * normalised Gaussian, the δ-sequence of eq. (2.27), iff A = √2 (σ_w/√(2πd))^{d/2}
 * ({@link #normalisingAmplitude}). The paper's eq. (2.36) prints the square root of that
 * ({@link #printedAmplitude}); see docs/ERRATA.md.
 *
 * @param inputDimension   d ≥ 1
 * @param width            N ≥ 1
 * @param sigmaA           σ_a > 0
 * @param sigmaW           σ_w > 0
 * @param amplitude        A > 0
 * @param form             plane wave (default) or the printed form (readout training only)
 * @param parameterisation standard (the paper's) or NTK
 * @param trained          readout only (the paper's) or all layers
 */
public record CosineArchitecture(int inputDimension, int width, double sigmaA, double sigmaW, double amplitude,
                                 CosineForm form, Parameterisation parameterisation, TrainedLayers trained)
        implements Architecture {

    public CosineArchitecture {
        Inputs.requireRange("inputDimension", inputDimension, 1, 1 << 12);
        Inputs.requireRange("width", width, 1, 1 << 24);
        Inputs.requirePositive("sigmaA", sigmaA);
        Inputs.requirePositive("sigmaW", sigmaW);
        Inputs.requirePositive("amplitude", amplitude);
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(parameterisation, "parameterisation");
        Objects.requireNonNull(trained, "trained");
        if (form == CosineForm.PRINTED && trained != TrainedLayers.LAST) {
            throw new IllegalArgumentException("the printed form of eq. (2.32) is provided with readout training only,"
                    + " got trained = " + trained);
        }
    }

    /** The paper's set-up with the corrected normalisation: σ_a = 1, plane waves, standard, readout trained. */
    public static CosineArchitecture normalised(int inputDimension, int width, double sigmaW) {
        return new CosineArchitecture(inputDimension, width, 1.0, sigmaW,
                normalisingAmplitude(inputDimension, sigmaW), CosineForm.PLANE_WAVE, Parameterisation.STANDARD,
                TrainedLayers.LAST);
    }

    /** A = √2 (σ_w/√(2πd))^{d/2}: makes (A²/2) e^{−|r|²/(2σ²)} integrate to 1 over R^d (corrected eq. (2.36)). */
    public static double normalisingAmplitude(int d, double sigmaW) {
        return Math.sqrt(2.0) * FrozenGaussian.unitAmplitude(d, sigmaW);
    }

    /** A = 2^{1/4} (σ_w/√(2πd))^{d/4}, eq. (2.36) as printed (the square root of the normalising value). */
    public static double printedAmplitude(int d, double sigmaW) {
        return Math.sqrt(normalisingAmplitude(d, sigmaW));
    }

    /** Width of the frozen Gaussian kernel, σ = √d/σ_w (eq. (2.37)). */
    public double kernelWidth() {
        return FrozenGaussian.width(inputDimension, sigmaW);
    }

    @Override
    public CosineArchitecture withWidth(int newWidth) {
        return new CosineArchitecture(inputDimension, newWidth, sigmaA, sigmaW, amplitude, form, parameterisation,
                trained);
    }

    /** A copy with another amplitude A. */
    public CosineArchitecture withAmplitude(double newAmplitude) {
        return new CosineArchitecture(inputDimension, width, sigmaA, sigmaW, newAmplitude, form, parameterisation,
                trained);
    }

    /** A copy with another form. */
    public CosineArchitecture withForm(CosineForm newForm) {
        return new CosineArchitecture(inputDimension, width, sigmaA, sigmaW, amplitude, newForm, parameterisation,
                trained);
    }

    /** A copy with other trained layers. */
    public CosineArchitecture withTrained(TrainedLayers newTrained) {
        return new CosineArchitecture(inputDimension, width, sigmaA, sigmaW, amplitude, form, parameterisation,
                newTrained);
    }

    /** A copy with another parameterisation. */
    public CosineArchitecture withParameterisation(Parameterisation p) {
        return new CosineArchitecture(inputDimension, width, sigmaA, sigmaW, amplitude, form, p, trained);
    }

    /**
     * Draws w (N×d, row-major), then b (N), then a (outputs×N) from {@code rng}. Trainable parameters: see
     * {@link RidgeNetwork} (plane wave) and {@link PrintedCosineNetwork} (printed).
     */
    @Override
    public Network initialise(int outputs, RandomGenerator rng) {
        Draws.requireOutputs(outputs);
        Draws.requireRng(rng);
        boolean standard = parameterisation == Parameterisation.STANDARD;
        double wScale = sigmaW / Math.sqrt(inputDimension);
        double[] w = Draws.gaussian(rng, width * inputDimension,
                standard || form == CosineForm.PRINTED ? wScale : 1.0);
        double[] b = Draws.uniformPi(rng, width);
        double[] a = Draws.gaussian(rng, outputs * width, standard ? sigmaA : 1.0);
        double sa = standard ? 1.0 : sigmaA;
        if (form == CosineForm.PRINTED) {
            return new PrintedCosineNetwork(inputDimension, outputs, amplitude, sa, a, w, b);
        }
        return new RidgeNetwork(inputDimension, outputs, Activation.COSINE, trained, amplitude, sa,
                standard ? 1.0 : wScale, 1.0, a, w, b);
    }
}
