package org.metricflow.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The study options of {@code flow quintic} (a picocli mixin): which §3 study, its parameters, plots. */
final class QuinticStudyOptions {

    /** The studies {@code --study} runs. */
    enum Study {
        NOISE, DISTANCE, FEATURE_LEARNING, GAIN_VS_N;

        static Study parse(String text) {
            for (Study s : values()) {
                if (s.name().replace('_', '-').equalsIgnoreCase(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("--study must be one of noise, distance, feature-learning, gain-vs-n, got '"
                    + text + "'");
        }

        String label() {
            return name().replace('_', '-').toLowerCase(Locale.ROOT);
        }
    }

    @Option(paramLabel = "STUDY", names = "--study", description = "Run a study of section 3 instead of one flow: noise (Fig. 3 left: gain "
            + "vs FS distance of noised training points, ambient and projected onto X), distance (Fig. 3 right: mean "
            + "nearest-neighbour distance vs N with the power-law fit and the points needed for gain 100), "
            + "feature-learning (finite ReLU networks: evolving vs frozen empirical NTK), gain-vs-n (Table 1 / Fig. 3: "
            + "closed-form test gain vs training points per kernel, flow time and Gaussian width chosen on "
            + "validation).")
    String study;

    @Option(names = "--plot", paramLabel = "DIR", description = "With --study or --t: write PNG plots into DIR.")
    Path plot;

    @Option(names = "--noise", split = ",", paramLabel = "S",
            description = "--study noise: noise standard deviations per real ambient coordinate, strictly "
                    + "increasing, >= 0 (default 0,1e-4,3e-4,...,0.3,1).")
    double[] noise;

    @Option(names = "--sizes", split = ",", paramLabel = "N",
            description = "--study distance/noise: sample sizes of the distance fit, ascending, >= 2 "
                    + "(default 100,300,1000,3000,10000,30000); --study gain-vs-n: training points, ascending, >= 10 "
                    + "(default 1000,2500,5000,10000,20000).")
    int[] sizes;

    @Option(names = "--kernels", split = ",", paramLabel = "KERNEL",
            description = "--study gain-vs-n: kernels scanned, of gaussian (true profile), relu, delta "
                    + "(default gaussian,relu,delta).")
    String[] kernels;

    @Option(names = "--sigmas", split = ",", paramLabel = "SIGMA",
            description = "--study gain-vs-n: Gaussian widths (rad) tried at each N, the one with the smallest "
                    + "validation sigma kept, each > 0 (default 0.35,0.5,0.7).")
    double[] sigmas;

    @Option(paramLabel = "W", names = "--width", defaultValue = "256",
            description = "--study feature-learning: hidden width of each component network.")
    int width;

    @Option(paramLabel = "L", names = "--depth", defaultValue = "2",
            description = "--study feature-learning: hidden ReLU layers of each component network.")
    int depth;

    @Option(paramLabel = "SIGMA_W", names = "--sigma-w", description = "sigma_w of the ReLU NTK (--kernel relu; default Table 1) or, with "
            + "--study feature-learning, of the component networks (default sqrt 2).")
    Double sigmaW;

    @Option(paramLabel = "SIGMA_B", names = "--sigma-b", description = "sigma_b of the ReLU NTK (--kernel relu; default Table 1) or, with "
            + "--study feature-learning, of the component networks (default 0.1).")
    Double sigmaB;

    /** σ_w of the feature-learning networks. */
    double networkSigmaW() {
        return sigmaW == null ? Math.sqrt(2) : sigmaW;
    }

    /** σ_b of the feature-learning networks. */
    double networkSigmaB() {
        return sigmaB == null ? 0.1 : sigmaB;
    }

    @Option(names = "--condition-limit", paramLabel = "C",
            description = "With --study: keep only points whose Jacobian into the common chart has condition number "
                    + "<= C (default 1e4; 10 keeps the ~60%% of X one chart holds well, like the paper's single-patch "
                    + "rejection).")
    Double conditionLimit;

    /** Whether a study was asked for. */
    boolean requested() {
        return study != null;
    }

    /** Whether the feature-learning study was asked for (there --sigma-w/--sigma-b describe the networks). */
    boolean featureLearning() {
        return requested() && Study.parse(study) == Study.FEATURE_LEARNING;
    }

    /** Rejects study-only options given without {@code --study} ({@code --plot} is also allowed with --t). */
    void requireStudyForOptions(boolean flowTime) {
        if (!requested() && (plot != null && !flowTime || noise != null || sizes != null || conditionLimit != null
                || kernels != null || sigmas != null)) {
            throw new IllegalArgumentException("--plot, --noise, --sizes, --kernels, --sigmas and --condition-limit "
                    + "need --study (noise, distance, feature-learning or gain-vs-n)");
        }
    }
}
