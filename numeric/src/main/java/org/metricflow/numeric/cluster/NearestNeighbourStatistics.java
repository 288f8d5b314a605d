package org.metricflow.numeric.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Gamma;
import org.hipparchus.stat.descriptive.StreamingStatistics;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;

/**
 * Nearest-neighbour and all-pairs statistics of the FS geodesic distance (eq. 3.2, range [0, π/2]) on a point
 * sample, the power-law fit of paper eq. (3.6), and the asymptotic law it should be compared with.
 *
 * <p>Asymptotics: for N points i.i.d. with the FS volume on X (real dimension D = 2d, Riemannian volume
 * Vol = π^d deg/d! for the metric of eq. 3.2), the mean distance to the nearest of the other N − 1 points is
 * Γ(1 + 1/D) (Vol/((N−1) V_D))^{1/D} (1 + o(1)), V_D = π^d/d! the unit-ball volume; hence
 * <b>μ(N) ≈ Γ(1 + 1/D) (deg/(N−1))^{1/D}</b> — for the quintic 1.213 N^{−1/6}. The paper's comparison of its fitted
 * prefactor with the mean distance 0.969 between random points of a unit 6-cube compares a nearest-neighbour
 * statistic with an all-pairs one ({@link #cubeAllPairsMean}).
 */
public final class NearestNeighbourStatistics {

    private NearestNeighbourStatistics() {
    }

    /**
     * Distance of each of the first {@code count} points to its nearest other point among them.
     *
     * @param points N × 2(n+1) (layout of {@link org.metricflow.numeric.manifold})
     */
    public static double[] nearestDistances(double[] points, int n1, int count, int threads) {
        if (count < 2 || (long) count * 2 * n1 > points.length) {
            throw new IllegalArgumentException("need 2 <= count <= " + points.length / (2 * n1) + ", got " + count);
        }
        double[] head = Arrays.copyOf(points, count * 2 * n1);
        FsNearestNeighbours index = FsNearestNeighbours.build(head, n1);
        double[] d = new double[count];
        index.nearest(head, new int[count], d, true, threads);
        return d;
    }

    /** Mean, spread and extremes of the nearest-neighbour distance among the first {@code count} points. */
    public static NearestNeighbourSummary summary(double[] points, int n1, int count, int threads) {
        StreamingStatistics s = new StreamingStatistics();
        for (double v : nearestDistances(points, n1, count, threads)) {
            s.addValue(v);
        }
        return new NearestNeighbourSummary(count, new MonteCarloEstimate(s.getMean(),
                s.getStandardDeviation() / Math.sqrt(count)), s.getMin(), s.getMax());
    }

    /** Summaries for several sample sizes (each ≤ the number of points). */
    public static List<NearestNeighbourSummary> scan(double[] points, int n1, int[] sizes, int threads) {
        List<NearestNeighbourSummary> out = new ArrayList<>();
        for (int n : sizes) {
            out.add(summary(points, n1, n, threads));
        }
        return out;
    }

    /** Least-squares fit ln μ = ln A + b ln N ({@link PowerLawFit#fit}), at least two sizes. */
    public static PowerLawFit fit(List<NearestNeighbourSummary> summaries) {
        if (summaries.size() < 2) {
            throw new IllegalArgumentException("a power-law fit needs >= 2 sample sizes, got " + summaries.size());
        }
        double[] n = new double[summaries.size()];
        double[] mean = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = summaries.get(i).points();
            mean[i] = summaries.get(i).mean().value();
        }
        return PowerLawFit.fit(n, mean);
    }

    /** The asymptotic mean nearest-neighbour distance Γ(1 + 1/D)(deg/(N−1))^{1/D}, D = 2 dim X. */
    public static double asymptoticMean(ProjectiveHypersurface x, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("need >= 2 points, got " + n);
        }
        double realDim = 2.0 * x.dimension();
        return Gamma.gamma(1 + 1 / realDim) * Math.pow(x.degree() / (double) (n - 1), 1 / realDim);
    }

    /**
     * Mean FS distance between two random points of the sample, from {@code pairs} random pairs on different
     * lines (independent points), with its standard error.
     */
    public static MonteCarloEstimate allPairsMean(double[] points, int[] line, int n1, int pairs,
                                                  RandomGenerator rng) {
        int n = line.length;
        if (n < 2 || line[0] == line[n - 1]) {
            throw new IllegalArgumentException("need points from at least two lines");
        }
        StreamingStatistics s = new StreamingStatistics();
        while (s.getN() < pairs) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            if (line[a] != line[b]) {
                s.addValue(FubiniStudy.distance(points, a * 2 * n1, points, b * 2 * n1, n1));
            }
        }
        return new MonteCarloEstimate(s.getMean(), s.getStandardDeviation() / Math.sqrt(pairs));
    }

    /** Mean Euclidean distance between two uniform points of the unit cube [0,1]^dim (≈ 0.9689 for dim 6). */
    public static MonteCarloEstimate cubeAllPairsMean(int dim, int pairs, RandomGenerator rng) {
        if (dim < 1 || pairs < 2) {
            throw new IllegalArgumentException("need dim >= 1 and pairs >= 2, got " + dim + ", " + pairs);
        }
        StreamingStatistics s = new StreamingStatistics();
        for (int p = 0; p < pairs; p++) {
            double d2 = 0;
            for (int i = 0; i < dim; i++) {
                double x = rng.nextDouble() - rng.nextDouble();
                d2 += x * x;
            }
            s.addValue(Math.sqrt(d2));
        }
        return new MonteCarloEstimate(s.getMean(), s.getStandardDeviation() / Math.sqrt(pairs));
    }
}
