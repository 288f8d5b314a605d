package org.metricflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.metricflow.flows.cy.EpochOptions;
import org.metricflow.flows.cy.NetworkPotentialFlow;
import org.metricflow.numeric.kahler.Activation;
import org.metricflow.numeric.kahler.PotentialNetwork;
import org.metricflow.numeric.kahler.ProjectorFeatures;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import picocli.CommandLine.Option;

/**
 * The {@code --ansatz} options of {@code cy train}: the algebraic potential alone, or a network potential
 * φ_θ(f(z)) trained on top of it with H fixed (docs/cy-metrics.md, "Network potential").
 */
final class NetworkOptions {

    @Option(names = "--ansatz", defaultValue = "algebraic", paramLabel = "A",
            description = "algebraic (K = ln(s^+ H s)/(k pi)) or network (then K + phi_theta(z z^+/|z|^2), H fixed).")
    String ansatz;

    @Option(names = "--width", defaultValue = "64", paramLabel = "W", description = "Units per hidden layer.")
    int width;

    @Option(names = "--depth", defaultValue = "2", paramLabel = "L", description = "Hidden layers (1 to 4).")
    int depth;

    @Option(names = "--activation", defaultValue = "softplus", paramLabel = "F", description = "softplus or tanh.")
    String activation;

    @Option(names = "--network-epochs", defaultValue = "30", paramLabel = "E",
            description = "Epochs of the network stage (total, with --network-resume).")
    int epochs;

    @Option(names = "--network-learning-rate", defaultValue = "0.001", paramLabel = "LR",
            description = "Adam step size on theta in the first network epoch.")
    double learningRate;

    @Option(names = "--network-decay", defaultValue = "0.93", paramLabel = "D",
            description = "Factor of the network step size per epoch (1: constant).")
    double decay;

    @Option(names = "--network-checkpoint", paramLabel = "FILE",
            description = "Write the network stage's state (H, theta, Adam) after every network epoch.")
    Path checkpoint;

    @Option(names = "--network-resume", paramLabel = "FILE",
            description = "Continue the network stage from this checkpoint: H is recomputed (resume the algebraic "
                    + "stage from its final --checkpoint to skip its epochs) and, like the network and its options, "
                    + "must match.")
    Path resume;

    /** Whether the network ansatz was asked for (validating every network option). */
    boolean enabled() {
        boolean net = switch (ansatz) {
            case "algebraic" -> false;
            case "network" -> true;
            default -> throw new IllegalArgumentException("unknown --ansatz '" + ansatz
                    + "' (valid: algebraic, network)");
        };
        if (!net) {
            return false;
        }
        if (width < 1 || width > 4096) {
            throw new IllegalArgumentException("--width must be in [1, 4096], got " + width);
        }
        if (depth < 1 || depth > 4) {
            throw new IllegalArgumentException("--depth must be in [1, 4], got " + depth);
        }
        Activation.parse(activation);
        if (resume != null && !Files.isRegularFile(resume)) {
            throw new IllegalArgumentException("--network-resume " + resume + ": no such file");
        }
        OutputPaths.requireWritableFile(checkpoint, "--network-checkpoint");
        return true;
    }

    PotentialNetwork network(ProjectiveHypersurface x) {
        int[] hidden = new int[depth];
        Arrays.fill(hidden, width);
        return new PotentialNetwork(ProjectorFeatures.count(x.coordinates()), hidden, Activation.parse(activation),
                x.dimension());
    }

    EpochOptions options(int batch, long seed, int threads) {
        if (epochs < 0 || !(learningRate > 0) || !(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("need --network-epochs >= 0, --network-learning-rate > 0, "
                    + "--network-decay in (0, 1]; got " + epochs + ", " + learningRate + ", " + decay);
        }
        return new EpochOptions(epochs, batch, learningRate, decay, seed, threads);
    }
}
