package org.metricflow.numeric.kernel.study;

import org.metricflow.numeric.PowerLawFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.metricflow.numeric.kernel.EmpiricalNtk;
import org.metricflow.numeric.kernel.FrozenKernels;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.nn.Architecture;
import org.metricflow.numeric.Inputs;

/**
 * Empirical → frozen: the relative Frobenius distance ‖Θ_N − Θ̄‖/‖Θ̄‖ between the empirical NTK of freshly initialised
 * width-N networks and the analytic frozen kernel ({@link FrozenKernels}) on a fixed point set, as a root mean square
 * over independent draws (more stable than the mean of a heavy-tailed positive quantity); it decays as O(N^{−1/2})
 * (law of large numbers over the hidden units).
 *
 * @param architecture the architecture (its width is replaced by each width studied)
 * @param points       flat points, inputDimension values each
 * @param replicates   independent networks per width (≥ 1)
 * @param seed         base seed; network r at width N uses Well19937c(seed + 7919·N + r)
 */
public record ConvergenceStudy(Architecture architecture, double[] points, int replicates, long seed) {

    /** RMS relative error at one width and its standard error (delta method) over the replicates. */
    public record Row(int width, double rmsError, double standardError) {
    }

    public ConvergenceStudy {
        Objects.requireNonNull(architecture, "architecture");
        Inputs.requirePoints("points", points, architecture.inputDimension());
        Inputs.requireRange("replicates", replicates, 1, 100_000);
        points = points.clone();
    }

    /** One row per width, in the given order. */
    public List<Row> run(int... widths) {
        return run(FrozenKernels::of, widths);
    }

    /**
     * As {@link #run(int...)}, measured against {@code reference}'s kernel for each width's architecture instead of
     * the analytic frozen kernel (e.g. a deliberately wrong kernel, which the error must then fail to approach).
     */
    public List<Row> run(Function<Architecture, Kernel> reference, int... widths) {
        List<Row> rows = new ArrayList<>();
        for (int width : widths) {
            Architecture a = architecture.withWidth(width);
            Kernel frozen = reference.apply(a);
            StreamingStatistics squares = new StreamingStatistics();
            for (int r = 0; r < replicates; r++) {
                var net = a.initialise(1, new Well19937c(seed + 7919L * width + r));
                double e = EmpiricalNtk.of(net, points, points).relativeDistance(frozen, points, points);
                squares.addValue(e * e);
            }
            double rms = Math.sqrt(squares.getMean());
            double se = replicates > 1 ? squares.getStandardDeviation() / Math.sqrt(replicates) / (2 * rms) : 0.0;
            rows.add(new Row(width, rms, se));
        }
        return rows;
    }

    /** Power-law fit of the RMS error against width. */
    public static PowerLawFit fit(List<Row> rows) {
        double[] x = rows.stream().mapToDouble(Row::width).toArray();
        double[] y = rows.stream().mapToDouble(Row::rmsError).toArray();
        return PowerLawFit.fit(x, y);
    }
}
