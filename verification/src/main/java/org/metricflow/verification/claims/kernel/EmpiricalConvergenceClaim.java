package org.metricflow.verification.claims.kernel;

import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.stream.Collectors;
import org.metricflow.numeric.kernel.FrozenKernels;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.study.ConvergenceStudy;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.nn.Architecture;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Eq. (2.9): the empirical NTK of width N converges to the analytic frozen kernel, with error O(N^{−1/2}). Measures the
 * fitted exponent of the mean relative Frobenius error against N (Hipparchus regression on log–log data).
 */
final class EmpiricalConvergenceClaim implements Claim {

    /** Allowed |α + 1/2|. */
    static final double TOLERANCE = 0.12;

    private final String name;
    private final String description;
    private final Architecture architecture;
    private final double[] points;
    private final int[] quickLog2;
    private final int[] fullLog2;

    EmpiricalConvergenceClaim(String name, String description, Architecture architecture, double[] points,
                              int[] quickLog2, int[] fullLog2) {
        this.name = name;
        this.description = description;
        this.architecture = architecture;
        this.points = points;
        this.quickLog2 = quickLog2;
        this.fullLog2 = fullLog2;
    }

    @Override
    public String id() {
        return "kernel.empirical-convergence." + name;
    }

    @Override
    public String equation() {
        return "eq. (2.9)";
    }

    @Override
    public String statement() {
        return "Empirical NTK of the " + description + " converges to the analytic frozen kernel with error ∝ N^(-1/2)"
                + " (fitted exponent of the RMS relative Frobenius error vs width).";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the reference kernel is the analytic frozen kernel times 1.1 (amplitude A^2 off by 10 %)");
    }

    @Override
    public CheckResult check(Budget budget) {
        int[] range = budget.quick() ? quickLog2 : fullLog2;
        int replicates = budget.scale(12, 32);
        ConvergenceStudy study = new ConvergenceStudy(architecture, points, replicates, budget.seed());
        Function<Architecture, Kernel> reference = a -> budget.mutated() ? new Scaled(FrozenKernels.of(a), 1.1)
                : FrozenKernels.of(a);
        List<ConvergenceStudy.Row> rows = study.run(reference, Points.powersOfTwo(range[0], range[1]));
        PowerLawFit fit = ConvergenceStudy.fit(rows);
        String table = rows.stream().map(r -> String.format(Locale.ROOT, "N=%d: %.3e ± %.1e", r.width(),
                r.rmsError(), r.standardError())).collect(Collectors.joining("; "));
        return CheckResult.compare("fitted exponent of relative NTK error vs width", fit.exponent(), -0.5, TOLERANCE,
                String.format(Locale.ROOT, "exponent %s (std. error of the fit); %d networks per width on %d points;"
                        + " %s", fit, replicates, points.length / architecture.inputDimension(), table));
    }

    /** {@code factor} times {@code kernel}: the planted wrong reference. */
    private record Scaled(Kernel kernel, double factor) implements Kernel {

        @Override
        public int inputDimension() {
            return kernel.inputDimension();
        }

        @Override
        public double value(double[] x, int xOff, double[] y, int yOff) {
            return factor * kernel.value(x, xOff, y, yOff);
        }
    }
}
