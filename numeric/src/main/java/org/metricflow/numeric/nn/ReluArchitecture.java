package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Objects;
import org.hipparchus.random.RandomGenerator;

/**
 * A fully connected ReLU network of depth L (hidden layers) and width N, as used for the ReLU NTK of §3.2 and as
 * neural-tangents builds it: Dense(N) → ReLU → … (L times) → Dense(m). Under {@link Parameterisation#NTK},
 * h^{l+1} = (σ_w/√fan_in) W z^l + σ_b b with unit-Gaussian W, b; under {@link Parameterisation#STANDARD},
 * W ~ N(0, σ_w²/fan_in), b ~ N(0, σ_b²) and h^{l+1} = W z^l + b.
 *
 * @param inputDimension   d ≥ 1
 * @param depth            number of hidden ReLU layers L ≥ 1
 * @param width            N ≥ 1 (N²(L − 1) ≤ 2^27 so the hidden matrices fit in memory)
 * @param sigmaW           σ_w > 0
 * @param sigmaB           σ_b ≥ 0 (ignored without bias)
 * @param bias             whether the dense layers have biases (neural-tangents {@code b_std=None} when false)
 * @param parameterisation NTK or standard
 * @param trained          readout only or all layers
 */
public record ReluArchitecture(int inputDimension, int depth, int width, double sigmaW, double sigmaB, boolean bias,
                               Parameterisation parameterisation, TrainedLayers trained) implements Architecture {

    /** Largest number of hidden-to-hidden weights a network may hold. */
    public static final long MAX_HIDDEN_WEIGHTS = 1L << 27;

    public ReluArchitecture {
        Inputs.requireRange("inputDimension", inputDimension, 1, 1 << 12);
        Inputs.requireRange("depth", depth, 1, 64);
        Inputs.requireRange("width", width, 1, 1 << 24);
        Inputs.requirePositive("sigmaW", sigmaW);
        Inputs.requireNonNegative("sigmaB", sigmaB);
        Objects.requireNonNull(parameterisation, "parameterisation");
        Objects.requireNonNull(trained, "trained");
        long hidden = (long) width * width * (depth - 1);
        if (hidden > MAX_HIDDEN_WEIGHTS) {
            throw new IllegalArgumentException("width " + width + " at depth " + depth + " needs " + hidden
                    + " hidden weights; the limit is " + MAX_HIDDEN_WEIGHTS + " (reduce width or depth)");
        }
    }

    /** NTK parameterisation, all layers trained. */
    public static ReluArchitecture ntk(int inputDimension, int depth, int width, double sigmaW, double sigmaB,
                                       boolean bias) {
        return new ReluArchitecture(inputDimension, depth, width, sigmaW, sigmaB, bias, Parameterisation.NTK,
                TrainedLayers.ALL);
    }

    @Override
    public ReluArchitecture withWidth(int newWidth) {
        return new ReluArchitecture(inputDimension, depth, newWidth, sigmaW, sigmaB, bias, parameterisation, trained);
    }

    /** A copy with another parameterisation. */
    public ReluArchitecture withParameterisation(Parameterisation p) {
        return new ReluArchitecture(inputDimension, depth, width, sigmaW, sigmaB, bias, p, trained);
    }

    /** A copy with other trained layers. */
    public ReluArchitecture withTrained(TrainedLayers newTrained) {
        return new ReluArchitecture(inputDimension, depth, width, sigmaW, sigmaB, bias, parameterisation, newTrained);
    }

    /** Draws, layer by layer from the input, W (row-major, fan_out × fan_in) then b. */
    @Override
    public ReluNetwork initialise(int outputs, RandomGenerator rng) {
        Draws.requireOutputs(outputs);
        Draws.requireRng(rng);
        boolean standard = parameterisation == Parameterisation.STANDARD;
        double[][] w = new double[depth + 1][];
        double[][] b = bias ? new double[depth + 1][] : null;
        for (int l = 0; l <= depth; l++) {
            int fanIn = l == 0 ? inputDimension : width;
            int fanOut = l == depth ? outputs : width;
            w[l] = Draws.gaussian(rng, fanOut * fanIn, standard ? sigmaW / Math.sqrt(fanIn) : 1.0);
            if (bias) {
                b[l] = Draws.gaussian(rng, fanOut, standard ? sigmaB : 1.0);
            }
        }
        return new ReluNetwork(this, outputs, w, b);
    }
}
