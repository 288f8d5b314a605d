package org.metricflow.flows.quintic.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.quintic.FlowState;
import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.sampling.NormalProjection;
import org.metricflow.numeric.sample.PointSample;

/**
 * The noise study of Fig. 3 (left): train the kernel flow once on a sample, then evaluate the σ gain on noised
 * copies of the training points, as a function of their mean FS distance to the originals. Each noise level s draws
 * y = u + s·ξ (ξ standard Gaussian in each of the 2(n+1) real coordinates of the patch-normalised point u) and
 * evaluates it twice: {@link NoiseMode#AMBIENT off X} as the paper did, and {@link NoiseMode#PROJECTED projected back
 * onto X} along the normal. All noised copies form one test set of the flow, so they receive the kernel's prediction
 * Θ(y, x') from the same training run, and s = 0 reproduces the training gain exactly. The flow runs with
 * {@link PositivityPolicy#CLIP} so that an off-X point whose predicted metric would be indefinite cannot stop the
 * training (clipped points are counted in {@link QuinticFlowResult#clippedTotal()}).
 */
public final class NoiseStudy {

    private static final int C = HermitianComponents.COUNT;

    private NoiseStudy() {
    }

    /** Runs the study on {@code train} (a sample of a Calabi–Yau threefold). */
    public static NoiseStudyResult run(PointSample train, QuinticFlowOptions options, NoiseStudyOptions study,
                                       int threads) {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(study, "study");
        ProjectiveHypersurface x = train.manifold();
        int n1 = x.coordinates();
        int n = train.size();
        double[] noise = study.noise();
        NormalProjection projection = new NormalProjection(x);
        List<Block> blocks = new ArrayList<>();
        PointSample test = null;
        for (NoiseMode mode : NoiseMode.values()) {
            for (int i = 0; i < noise.length; i++) {
                double[] noised = noised(train.points(), noise[i], rng(study.seed(), i));
                boolean[] ok = new boolean[n];
                Arrays.fill(ok, true);
                if (mode == NoiseMode.PROJECTED) {
                    for (int k = 0; k < n; k++) {
                        ok[k] = projection.project(noised, k * 2 * n1, noised, k * 2 * n1);
                    }
                }
                OffManifoldSample s = valid(x, noised, ok, train.line());
                blocks.add(new Block(mode, noise[i], test == null ? 0 : test.size(), s.source()));
                test = test == null ? s.sample() : OffManifoldSample.concatenate(test, s.sample());
            }
        }
        QuinticKernelFlow flow = new QuinticKernelFlow(train, test, options.withPositivity(PositivityPolicy.CLIP),
                threads);
        FlowState before = flow.state();
        QuinticFlowResult result = flow.run(study.steps(), null);
        FlowState after = flow.state();
        return new NoiseStudyResult(result, rows(flow, blocks, test, train, before, after, threads));
    }

    /** The noised copy u + s·ξ of every point (s = 0: an exact copy). */
    static double[] noised(double[] points, double s, RandomGenerator rng) {
        double[] out = points.clone();
        if (s > 0) {
            for (int k = 0; k < out.length; k++) {
                out[k] += s * rng.nextGaussian();
            }
        }
        return out;
    }

    private static RandomGenerator rng(long seed, int level) {
        return new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, level});
    }

    /** The points with {@code ok} set and valid geometry; source indices refer to all points. */
    private static OffManifoldSample valid(ProjectiveHypersurface x, double[] points, boolean[] ok, int[] line) {
        int n1 = x.coordinates();
        int[] idx = new int[ok.length];
        int m = 0;
        for (int k = 0; k < ok.length; k++) {
            if (ok[k]) {
                idx[m++] = k;
            }
        }
        double[] pts = new double[m * 2 * n1];
        int[] ln = new int[m];
        for (int j = 0; j < m; j++) {
            System.arraycopy(points, idx[j] * 2 * n1, pts, j * 2 * n1, 2 * n1);
            ln[j] = line[idx[j]];
        }
        OffManifoldSample s = OffManifoldSample.of(x, pts, ln);
        int[] src = new int[s.source().length];
        for (int j = 0; j < src.length; j++) {
            src[j] = idx[s.source()[j]];
        }
        return new OffManifoldSample(s.sample(), src);
    }

    private static List<NoiseRow> rows(QuinticKernelFlow flow, List<Block> blocks, PointSample test,
                                       PointSample train, FlowState before, FlowState after, int threads) {
        int n1 = train.coordinates();
        int[] kept = flow.chart().kept()[1];
        PointSample used = flow.testSample();
        double[] omega = CommonChartMetrics.of(used, flow.chart().chart(), threads).omega();
        double volume = train.manifold().volumeFubiniStudy();
        List<NoiseRow> rows = new ArrayList<>();
        int j = 0;
        for (Block b : blocks) {
            int end = b.offset + b.source.length;
            int from = j;
            while (j < kept.length && kept[j] < end) {
                j++;
            }
            int m = j - from;
            if (m == 0) {
                throw new IllegalArgumentException("no noised point at noise " + b.noise + " (" + b.mode
                        + ") has valid geometry in the common chart; lower the noise");
            }
            double[] w = new double[m];
            double[] o2 = new double[m];
            double[] det0 = new double[m];
            double[] det1 = new double[m];
            int[] line = new int[m];
            double dist = 0;
            for (int q = 0; q < m; q++) {
                int t = from + q;
                w[q] = used.weights()[t];
                o2[q] = omega[2 * t] * omega[2 * t] + omega[2 * t + 1] * omega[2 * t + 1];
                det0[q] = HermitianComponents.determinant(before.test(), t * C);
                det1[q] = HermitianComponents.determinant(after.test(), t * C);
                line[q] = used.line()[t];
                int origin = b.source[kept[t] - b.offset];
                dist += FubiniStudy.distance(test.points(), kept[t] * 2 * n1, train.points(), origin * 2 * n1, n1);
            }
            rows.add(new NoiseRow(b.mode, b.noise, m, train.size() - m, dist / m,
                    MongeAmpere.estimate(volume, w, det0, o2, line).sigma(),
                    MongeAmpere.estimate(volume, w, det1, o2, line).sigma()));
        }
        return rows;
    }

    /** The noised copies of one mode and level: their offset in the test set and their training-point indices. */
    private record Block(NoiseMode mode, double noise, int offset, int[] source) {
    }
}
