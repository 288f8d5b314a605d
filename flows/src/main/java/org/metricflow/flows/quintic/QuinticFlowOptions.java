package org.metricflow.flows.quintic;

import java.util.Objects;
import org.metricflow.numeric.kernel.DistanceProfile;

/**
 * Options of a {@link QuinticKernelFlow}. The defaults per kernel are the paper's Table 1 (frame gradient, |1 − η|).
 *
 * @param kernel       the kernel
 * @param learningRate lr > 0
 * @param sigma        width σ > 0 of the Gaussian kernel (ignored otherwise)
 * @param profile      radial profile of the Gaussian kernel (eq. (3.5) as printed, or a true Gaussian)
 * @param sigmaW       σ_w > 0 of the ReLU NTK
 * @param sigmaB       σ_b ≥ 0 of the ReLU NTK
 * @param loss         the loss density
 * @param positivity   what to do about an indefinite update
 * @param gradient     which gradient the kernel sums
 * @param conditionLimit points whose Jacobian into the common chart has a larger condition number are left out
 *                       ({@link CommonChartChoice}); ≥ 1
 */
public record QuinticFlowOptions(QuinticKernel kernel, double learningRate, double sigma, DistanceProfile profile,
                                 double sigmaW, double sigmaB, SigmaLoss loss, PositivityPolicy positivity,
                                 GradientForm gradient, double conditionLimit) {

    public QuinticFlowOptions {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(positivity, "positivity");
        Objects.requireNonNull(gradient, "gradient");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0, got " + learningRate);
        }
        if (!(conditionLimit >= 1)) {
            throw new IllegalArgumentException("condition limit must be >= 1, got " + conditionLimit);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, got " + sigma);
        }
        if (!(sigmaW > 0) || !(sigmaB >= 0) || !Double.isFinite(sigmaW) || !Double.isFinite(sigmaB)) {
            throw new IllegalArgumentException("need sigma_w > 0 and sigma_b >= 0, got " + sigmaW + ", " + sigmaB);
        }
    }

    /** Default condition limit: 10⁴ keeps ~98.5% of the quintic in the best chart and ≥ 8 digits of det g. */
    public static final double DEFAULT_CONDITION_LIMIT = 1e4;

    /** Table 1 of the paper: ReLU lr 0.1, σ_w 5.716, σ_b 80.52; Gaussian lr 0.1583, σ 30; Delta lr 0.3162. */
    public static QuinticFlowOptions table1(QuinticKernel kernel) {
        double lr = switch (kernel) {
            case RELU -> 0.1;
            case GAUSSIAN -> 0.1583;
            case DELTA -> 0.3162;
        };
        return new QuinticFlowOptions(kernel, lr, 30, DistanceProfile.PRINTED_EXPONENTIAL, 5.716, 80.52,
                SigmaLoss.ABSOLUTE, PositivityPolicy.STOP, GradientForm.FRAME,
                DEFAULT_CONDITION_LIMIT);
    }

    /** The paper's training-set size for the kernel (Table 1): 2,500, or 1,000 for Delta. */
    public static int table1TrainingPoints(QuinticKernel kernel) {
        return kernel == QuinticKernel.DELTA ? 1000 : 2500;
    }

    public QuinticFlowOptions withLearningRate(double lr) {
        return new QuinticFlowOptions(kernel, lr, sigma, profile, sigmaW, sigmaB, loss, positivity,
                gradient, conditionLimit);
    }

    public QuinticFlowOptions withSigma(double s) {
        return new QuinticFlowOptions(kernel, learningRate, s, profile, sigmaW, sigmaB, loss, positivity,
                gradient, conditionLimit);
    }

    public QuinticFlowOptions withProfile(DistanceProfile p) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, p, sigmaW, sigmaB, loss, positivity,
                gradient, conditionLimit);
    }

    public QuinticFlowOptions withLoss(SigmaLoss l) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, sigmaW, sigmaB, l, positivity,
                gradient, conditionLimit);
    }

    public QuinticFlowOptions withConditionLimit(double limit) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, sigmaW, sigmaB, loss, positivity, gradient, limit);
    }

    public QuinticFlowOptions withSigmaW(double w) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, w, sigmaB, loss, positivity, gradient,
                conditionLimit);
    }

    public QuinticFlowOptions withSigmaB(double b) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, sigmaW, b, loss, positivity, gradient,
                conditionLimit);
    }

    public QuinticFlowOptions withGradient(GradientForm form) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, sigmaW, sigmaB, loss, positivity, form,
                conditionLimit);
    }

    public QuinticFlowOptions withPositivity(PositivityPolicy p) {
        return new QuinticFlowOptions(kernel, learningRate, sigma, profile, sigmaW, sigmaB, loss, p,
                gradient, conditionLimit);
    }
}
