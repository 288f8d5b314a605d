package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.kernel.study.ConvergenceStudy;
import org.metricflow.numeric.kernel.FrozenKernels;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.nn.Architecture;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.CosineForm;
import org.metricflow.numeric.nn.GaussNetArchitecture;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.numeric.quadrature.LocalizedIntegral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow kernel}: analytic constants, normalisation and empirical-vs-analytic errors of a metric NTK. */
@Command(name = "kernel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Metric neural tangent kernels: the analytic frozen kernel of an architecture (for cosine and"
                + " Gauss-net the amplitude A that normalises it and its width σ = √d/σ_w), its integral over R^d by"
                + " quadrature, and the relative error of empirical NTKs of finite width against it.",
                "Example: metricflow kernel --arch cosine --dim 3 --sigma-w 2 --json"})
final class KernelCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--arch", required = true, paramLabel = "NAME", description = "cosine, gauss-net or relu.")
    String arch;

    @Option(names = "--dim", required = true, paramLabel = "D", description = "Input dimension d (1..64; the"
            + " normalisation integral is computed for d <= 8).")
    int dim;

    @Option(names = "--sigma-w", paramLabel = "S", description = "σ_w > 0 (default 1.0 for cosine/gauss-net, 1.4 for"
            + " relu).")
    Double sigmaW;

    @Option(names = "--sigma-b", paramLabel = "S", description = "σ_b ≥ 0 for gauss-net and relu (default 0.3; relu"
            + " without bias: --no-bias).")
    double sigmaB = 0.3;

    @Option(names = "--sigma-a", paramLabel = "S", description = "σ_a > 0 of the readout (cosine, gauss-net; default 1).")
    double sigmaA = 1.0;

    @Option(names = "--depth", paramLabel = "L", description = "Hidden layers of the ReLU network (>= 1, default 1).")
    int depth = 1;

    @Option(names = "--no-bias", description = "ReLU network without biases.")
    boolean noBias;

    @Option(names = "--trained", paramLabel = "WHICH", description = "last (readout only; default for cosine and"
            + " gauss-net, as eq. (2.33)) or all (default for relu).")
    String trained;

    @Option(names = "--parameterisation", paramLabel = "P", description = "standard (the paper's convention for cosine;"
            + " default for cosine and gauss-net) or ntk (default for relu).")
    String parameterisation;

    @Option(names = "--printed-form", description = "Cosine network as printed in eq. (2.32) (sum over j outside the"
            + " cosine) instead of plane waves.")
    boolean printedForm;

    @Option(names = "--min-width", paramLabel = "N", description = "Smallest width of the error table (default 256).")
    int minWidth = 256;

    @Option(names = "--max-width", paramLabel = "N", description = "Largest width (default 16384; 2048 for relu depth"
            + " > 1).")
    Integer maxWidth;

    @Option(names = "--replicates", paramLabel = "R", description = "Networks per width (default 8).")
    int replicates = 8;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the network draws and points (default 1).")
    long seed = 1;

    @Override
    public Integer call() {
        if (dim < 1 || dim > 64) {
            throw new IllegalArgumentException("--dim must be in 1..64, got " + dim);
        }
        if (minWidth < 1) {
            throw new IllegalArgumentException("--min-width must be >= 1, got " + minWidth);
        }
        if (replicates < 1 || replicates > 1000) {
            throw new IllegalArgumentException("--replicates must be in 1..1000, got " + replicates);
        }
        Architecture architecture = architecture();
        int top = maxWidth != null ? maxWidth : (architecture instanceof ReluArchitecture r && r.depth() > 1
                ? 2048 : 16384);
        if (top < minWidth) {
            throw new IllegalArgumentException("--max-width must be >= --min-width (" + minWidth + "), got " + top);
        }
        MemoryBudget.require("--max-width " + top, bytesAtWidth(architecture, top));
        List<Integer> widths = new ArrayList<>();
        for (long w = minWidth; w <= top; w *= 2) {
            widths.add((int) w);
        }
        // at the largest width: validates it (memory of deep ReLU networks); the standard-parameterisation NTK depends on N
        Kernel frozen = FrozenKernels.of(architecture.withWidth(top));
        double[] points = points();
        List<ConvergenceStudy.Row> rows = new ConvergenceStudy(architecture, points, replicates, seed)
                .run(widths.stream().mapToInt(Integer::intValue).toArray());
        PowerLawFit fit = rows.size() >= 2 ? ConvergenceStudy.fit(rows) : null;
        if (common.json()) {
            common.out().println(Json.write(json(architecture, frozen, rows, fit)));
        } else {
            text(architecture, frozen, rows, fit, common.out());
        }
        return 0;
    }

    /**
     * Memory of one network of width n and its parameter Jacobians at the table's points: P = n(d + 2) parameters
     * (ReLU of depth L: nd + (L−1)n² + (L+1)n), 8 bytes each, about 11 copies (weights, the Jacobian at 5 points
     * and their contraction).
     */
    private static double bytesAtWidth(Architecture a, long n) {
        double d = a.inputDimension();
        double parameters = a instanceof ReluArchitecture r
                ? n * d + (r.depth() - 1.0) * n * n + (r.depth() + 1.0) * n : n * (d + 2);
        return 8 * 11 * parameters;
    }

    private Architecture architecture() {
        double sw = sigmaW != null ? sigmaW : ("relu".equals(arch) ? 1.4 : 1.0);
        return switch (arch == null ? "" : arch) {
            case "cosine" -> new CosineArchitecture(dim, 1, sigmaA, sw,
                    CosineArchitecture.normalisingAmplitude(dim, requirePositive("--sigma-w", sw)),
                    printedForm ? CosineForm.PRINTED : CosineForm.PLANE_WAVE,
                    parameterisation(Parameterisation.STANDARD), trained(TrainedLayers.LAST));
            case "gauss-net" -> new GaussNetArchitecture(dim, 1, sigmaA, sw, sigmaB,
                    GaussNetArchitecture.normalisingAmplitude(dim, requirePositive("--sigma-w", sw)),
                    parameterisation(Parameterisation.STANDARD), trained(TrainedLayers.LAST));
            case "relu" -> new ReluArchitecture(dim, depth, 1, sw, noBias ? 0 : sigmaB, !noBias,
                    parameterisation(Parameterisation.NTK), trained(TrainedLayers.ALL));
            default -> throw new IllegalArgumentException("--arch must be one of cosine, gauss-net, relu; got '" + arch
                    + "'");
        };
    }

    private static double requirePositive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
        return v;
    }

    private Parameterisation parameterisation(Parameterisation fallback) {
        if (parameterisation == null) {
            return fallback;
        }
        return switch (parameterisation) {
            case "ntk" -> Parameterisation.NTK;
            case "standard" -> Parameterisation.STANDARD;
            default -> throw new IllegalArgumentException("--parameterisation must be ntk or standard, got '"
                    + parameterisation + "'");
        };
    }

    private TrainedLayers trained(TrainedLayers fallback) {
        if (trained == null) {
            return fallback;
        }
        return switch (trained) {
            case "last" -> TrainedLayers.LAST;
            case "all" -> TrainedLayers.ALL;
            default -> throw new IllegalArgumentException("--trained must be last or all, got '" + trained + "'");
        };
    }

    /** Five points in [−0.6, 0.6]^d (deterministic in --seed). */
    private double[] points() {
        Well19937c rng = new Well19937c(seed ^ 0x5DEECE66DL);
        double[] p = new double[5 * dim];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.6 * (2 * rng.nextDouble() - 1);
        }
        return p;
    }

    /** Constants of the Gaussian kernels: name → value. */
    private static List<Object[]> constants(Architecture a) {
        List<Object[]> c = new ArrayList<>();
        if (a instanceof CosineArchitecture cos) {
            c.add(new Object[] {"A", "normalising amplitude √2 (σ_w/√(2πd))^(d/2) (corrected eq. 2.36)",
                cos.amplitude()});
            c.add(new Object[] {"A_printed", "eq. (2.36) as printed, 2^(1/4)(σ_w/√(2πd))^(d/4)",
                CosineArchitecture.printedAmplitude(cos.inputDimension(), cos.sigmaW())});
            c.add(new Object[] {"sigma", "kernel width √d/σ_w (eq. 2.37)", cos.kernelWidth()});
        } else if (a instanceof GaussNetArchitecture g) {
            c.add(new Object[] {"A", "normalising amplitude (σ_w/√(2πd))^(d/2)", g.amplitude()});
            c.add(new Object[] {"sigma", "kernel width √d/σ_w", g.kernelWidth()});
        }
        return c;
    }

    /** ∫Θ̄(x, x') d^dx' with the normalising amplitude (and the printed one for cosine); empty for ReLU. */
    private static List<Object[]> integrals(Architecture a) {
        List<Object[]> out = new ArrayList<>();
        double[] x = new double[a.inputDimension()];
        if (a.inputDimension() > 8) {
            return out;
        }
        if (a instanceof CosineArchitecture cos && cos.form() == CosineForm.PLANE_WAVE
                && cos.trained() == TrainedLayers.LAST && cos.parameterisation() == Parameterisation.STANDARD) {
            Kernel k = FrozenKernels.of(cos);
            out.add(new Object[] {"normalisation", "with the normalising A", LocalizedIntegral.overRd(x,
                    cos.kernelWidth(), y -> k.value(x, 0, y, 0))});
            Kernel printed = FrozenKernels.of(cos.withAmplitude(
                    CosineArchitecture.printedAmplitude(cos.inputDimension(), cos.sigmaW())));
            out.add(new Object[] {"normalisation_printed_A", "with A as printed in eq. (2.36)",
                LocalizedIntegral.overRd(x, cos.kernelWidth(), y -> printed.value(x, 0, y, 0))});
        } else if (a instanceof GaussNetArchitecture g && g.trained() == TrainedLayers.LAST
                && g.parameterisation() == Parameterisation.STANDARD) {
            Kernel k = FrozenKernels.of(g);
            out.add(new Object[] {"normalisation", "with the normalising A", LocalizedIntegral.overRd(x,
                    g.kernelWidth(), y -> k.value(x, 0, y, 0))});
        }
        return out;
    }

    private static String describe(Architecture a) {
        if (a instanceof CosineArchitecture c) {
            return String.format(Locale.ROOT, "cosine network (%s), d=%d, σ_a=%s, σ_w=%s, %s, %s parameterisation",
                    c.form() == CosineForm.PRINTED ? "printed eq. 2.32" : "plane waves", c.inputDimension(),
                    c.sigmaA(), c.sigmaW(), trainedText(c.trained()), c.parameterisation().name().toLowerCase(
                            Locale.ROOT));
        }
        if (a instanceof GaussNetArchitecture g) {
            return String.format(Locale.ROOT, "Gauss-net, d=%d, σ_a=%s, σ_w=%s, σ_b=%s, %s, %s parameterisation",
                    g.inputDimension(), g.sigmaA(), g.sigmaW(), g.sigmaB(), trainedText(g.trained()),
                    g.parameterisation().name().toLowerCase(Locale.ROOT));
        }
        ReluArchitecture r = (ReluArchitecture) a;
        return String.format(Locale.ROOT, "ReLU network, d=%d, depth %d, σ_w=%s, %s, %s, %s parameterisation",
                r.inputDimension(), r.depth(), r.sigmaW(), r.bias() ? "σ_b=" + r.sigmaB() : "no bias",
                trainedText(r.trained()), r.parameterisation().name().toLowerCase(Locale.ROOT));
    }

    private static String trainedText(TrainedLayers t) {
        return t == TrainedLayers.LAST ? "readout trained" : "all layers trained";
    }

    private void text(Architecture a, Kernel frozen, List<ConvergenceStudy.Row> rows, PowerLawFit fit,
                      PrintWriter out) {
        out.println("architecture: " + describe(a));
        for (Object[] c : constants(a)) {
            out.printf(Locale.ROOT, "  %-10s = %.12g   %s%n", c[0], c[2], c[1]);
        }
        List<Object[]> integrals = integrals(a);
        if (integrals.isEmpty()) {
            out.println("  normalisation: not computed (not a normalisable Gaussian here, or d > 8)");
        }
        for (Object[] i : integrals) {
            out.printf(Locale.ROOT, "  ∫Θ̄ d^dx' = %.12f   %s (deterministic quadrature)%n", i[2], i[1]);
        }
        out.printf(Locale.ROOT, "  Θ̄(x_0, x_0) = %.6g, Θ̄(x_0, x_1) = %.6g on the first two table points (N → ∞; for the"
                + " standard parameterisation at the largest width)%n",
                frozen.value(points(), 0, points(), 0), frozen.value(points(), 0, points(), dim));
        out.printf(Locale.ROOT, "empirical vs frozen NTK: relative Frobenius error, RMS over %d networks, 5 points in"
                + " [-0.6, 0.6]^%d%n", replicates, dim);
        out.println("  width        error     std.err");
        for (ConvergenceStudy.Row r : rows) {
            out.printf(Locale.ROOT, "  %6d   %.4e   %.1e%n", r.width(), r.rmsError(), r.standardError());
        }
        if (fit != null) {
            out.printf(Locale.ROOT, "fitted exponent of error vs width: %s (theory -1/2)%n", fit);
        }
    }

    private ObjectNode json(Architecture a, Kernel frozen, List<ConvergenceStudy.Row> rows, PowerLawFit fit) {
        ObjectNode root = Json.object();
        root.put("architecture", arch);
        root.put("description", describe(a));
        root.put("dim", dim);
        ObjectNode constants = root.putObject("constants");
        for (Object[] c : constants(a)) {
            Json.putNumber(constants, (String) c[0], (Double) c[2]);
        }
        ObjectNode norm = root.putObject("integrals");
        for (Object[] i : integrals(a)) {
            Json.putNumber(norm, (String) i[0], (Double) i[2]);
        }
        Json.putNumber(root, "kernel_x0_x0", frozen.value(points(), 0, points(), 0));
        ArrayNode table = root.putArray("errors");
        for (ConvergenceStudy.Row r : rows) {
            ObjectNode row = table.addObject();
            row.put("width", r.width());
            Json.putNumber(row, "relative_error", r.rmsError());
            Json.putNumber(row, "standard_error", r.standardError());
        }
        if (fit != null) {
            ObjectNode f = root.putObject("fit");
            Json.putNumber(f, "exponent", fit.exponent());
            Json.putNumber(f, "exponent_error", fit.exponentError());
        }
        return root;
    }
}
