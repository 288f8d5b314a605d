package org.metricflow.numeric.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.FubiniStudy;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class FsNearestNeighboursTest {

    static PointSample sample(ProjectiveHypersurface x, int n, long seed) {
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed)).sample(n);
    }

    /** Same answers as brute force with the stable FS distance (quintic: 3,000 → 2,000; cubic: 500 → 5,000). */
    @Test
    void agreesWithBruteForce() {
        for (int[] c : new int[][] {{5, 2000, 3000}, {3, 5000, 500}}) {
            ProjectiveHypersurface x = ProjectiveHypersurface.fermat(c[0]);
            PointSample train = sample(x, c[1], 1);
            PointSample test = sample(x, c[2], 2);
            FsNearestNeighbours index = FsNearestNeighbours.build(train.points(), c[0]);
            int[] idx = new int[c[2]];
            double[] dist = new double[c[2]];
            index.nearest(test.points(), idx, dist, false, 2);
            int n1 = c[0];
            for (int q = 0; q < c[2]; q++) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < c[1]; k++) {
                    best = Math.min(best, FubiniStudy.distance(test.points(), q * 2 * n1, train.points(), k * 2 * n1,
                            n1));
                }
                assertThat(dist[q]).isCloseTo(best, within(1e-12));
                assertThat(FubiniStudy.distance(test.points(), q * 2 * n1, train.points(), idx[q] * 2 * n1, n1))
                        .isEqualTo(dist[q]);
            }
        }
    }

    @Test
    void excludingSelfFindsTheNearestOtherPoint() {
        PointSample s = sample(ProjectiveHypersurface.fermatQuintic(), 1500, 4);
        FsNearestNeighbours index = FsNearestNeighbours.build(s.points(), 5);
        int[] idx = new int[1500];
        double[] dist = new double[1500];
        index.nearest(s.points(), idx, dist, true, 1);
        for (int q = 0; q < 1500; q += 7) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 1500; k++) {
                if (k != q) {
                    best = Math.min(best, FubiniStudy.distance(s.points(), q * 10, s.points(), k * 10, 5));
                }
            }
            assertThat(idx[q]).isNotEqualTo(q);
            assertThat(dist[q]).isCloseTo(best, within(1e-12));
        }
        assertThat(index.nearest(s.points())).containsExactly(java.util.stream.IntStream.range(0, 1500).toArray());
    }

    /**
     * The documented contract, evaluated independently by brute force: normalise in double, s(k) = |⟨q̂, x̂_k⟩|² with
     * the coordinates summed in order, the largest s wins and the lowest index among exactly equal values.
     */
    static int[] bruteForce(double[] train, double[] test, int n1, boolean excludeSelf) {
        int nt = train.length / (2 * n1);
        int nq = test.length / (2 * n1);
        int[] out = new int[nq];
        for (int q = 0; q < nq; q++) {
            double[] u = unit(test, q, n1);
            double bestS = -1;
            for (int k = 0; k < nt; k++) {
                double[] v = unit(train, k, n1);
                double re = 0;
                double im = 0;
                for (int j = 0; j < n1; j++) {
                    re += u[j] * v[j] + u[n1 + j] * v[n1 + j];
                    im += u[j] * v[n1 + j] - u[n1 + j] * v[j];
                }
                double s = re * re + im * im;
                if (s > bestS && !(excludeSelf && k == q)) {
                    bestS = s;
                    out[q] = k;
                }
            }
        }
        return out;
    }

    private static double[] unit(double[] p, int k, int n1) {
        double[] u = Arrays.copyOfRange(p, k * 2 * n1, (k + 1) * 2 * n1);
        double s = 0;
        for (double x : u) {
            s += x * x;
        }
        double inv = 1 / Math.sqrt(s);
        for (int i = 0; i < u.length; i++) {
            u[i] *= inv;
        }
        return u;
    }

    static double[] gaussianPoints(RandomGenerator rng, int n, int n1) {
        double[] p = new double[n * 2 * n1];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextGaussian();
        }
        return p;
    }

    /** Index-exact agreement with {@link #bruteForce} in P^0 .. P^6 (every loop shape of the float kernel). */
    @Test
    void equalsBruteForceIndexByIndexInEveryDimension() {
        RandomGenerator rng = new Well19937c(345);
        for (int n1 = 1; n1 <= 7; n1++) {
            double[] train = gaussianPoints(rng, 700, n1);
            double[] test = gaussianPoints(rng, 1300, n1);
            int[] got = new int[1300];
            FsNearestNeighbours.build(train, n1).nearest(test, got, null, false, 2);
            assertThat(got).as("n+1 = %d", n1).containsExactly(bruteForce(train, test, n1, false));
        }
    }

    /**
     * Near-ties the float scan cannot resolve: around each query, 6 points (in different tiles, each multiplied by a
     * random phase e^{iφ}) at the same FS distance t up to relative changes of 1e-9..1e-12 in t; the nearest of them
     * (t(1 − 2e-10)) has an exact duplicate elsewhere (equal similarity: the lower index must win). Background:
     * 3,000 random points.
     */
    @Test
    void resolvesNearTiesAndPhaseCopiesLikeDoublePrecisionBruteForce() {
        RandomGenerator rng = new Well19937c(7);
        int n1 = 5;
        int queries = 40;
        double[] test = gaussianPoints(rng, queries, n1);
        double[] train = gaussianPoints(rng, 3000, n1);
        int[] slots = {11, 400, 901, 1500, 2222, 2999};
        for (int q = 0; q < queries; q++) {
            double[] u = unit(test, q, n1);
            double[] w = unit(gaussianPoints(rng, 1, n1), 0, n1);  // direction orthogonalised against u below
            double re = 0;
            double im = 0;
            for (int j = 0; j < n1; j++) {
                re += u[j] * w[j] + u[n1 + j] * w[n1 + j];
                im += u[j] * w[n1 + j] - u[n1 + j] * w[j];
            }
            for (int j = 0; j < n1; j++) {  // w -= ⟨u, w⟩ u
                double ur = u[j];
                double ui = u[n1 + j];
                w[j] -= re * ur - im * ui;
                w[n1 + j] -= re * ui + im * ur;
            }
            w = unit(w, 0, n1);
            double angle = 0.05 + 0.3 * rng.nextDouble();
            for (int m = 0; m < slots.length; m++) {
                double t = angle * (1 + (m == 5 ? -2e-10 : 1e-9 * Math.pow(10, -(m % 4)) * (m % 2 == 0 ? 1 : -1)));
                double phase = 2 * Math.PI * rng.nextDouble();
                int k = (slots[m] + 13 * q) % 3000;
                for (int j = 0; j < n1; j++) {
                    double zr = Math.cos(t) * u[j] + Math.sin(t) * w[j];
                    double zi = Math.cos(t) * u[n1 + j] + Math.sin(t) * w[n1 + j];
                    train[k * 2 * n1 + j] = Math.cos(phase) * zr - Math.sin(phase) * zi;
                    train[k * 2 * n1 + n1 + j] = Math.sin(phase) * zr + Math.cos(phase) * zi;
                }
            }
            int first = (slots[5] + 13 * q) % 3000;
            int copy = (first + 1500) % 3000;
            System.arraycopy(train, first * 2 * n1, train, copy * 2 * n1, 2 * n1);
        }
        int[] expected = bruteForce(train, test, n1, false);
        for (int threads = 1; threads <= 2; threads++) {
            int[] got = new int[queries];
            FsNearestNeighbours.build(train, n1).nearest(test, got, null, false, threads);
            assertThat(got).containsExactly(expected);
        }
    }

    /** Each query's answer depends on nothing but the query: thread count and block boundaries do not matter. */
    @Test
    void resultDoesNotDependOnThreadsOrBlocks() {
        PointSample train = sample(ProjectiveHypersurface.fermatQuintic(), 2000, 5);
        PointSample test = sample(ProjectiveHypersurface.fermatQuintic(), FsNearestNeighbours.BLOCK + 300, 6);
        FsNearestNeighbours index = FsNearestNeighbours.build(train.points(), 5);
        int[] two = new int[test.size()];
        index.nearest(test.points(), two, null, false, 2);
        int[] one = new int[test.size()];
        index.nearest(test.points(), one, null, false, 1);
        assertThat(one).containsExactly(two);
        int[] single = new int[1];
        for (int q = 0; q < test.size(); q += 97) {
            index.nearest(Arrays.copyOfRange(test.points(), q * 10, q * 10 + 10), single, null, false, 1);
            assertThat(single[0]).isEqualTo(two[q]);
        }
        assertThat(two).containsExactly(bruteForce(train.points(), test.points(), 5, false));
    }

    /**
     * The float error bound behind the filter: |s_f − s| ≤ δ/2 for unit vectors with components of very different
     * magnitudes (10^0 .. 10^−6), where the relative input roundings do not cancel; 20,000 pairs per dimension.
     */
    @Test
    void floatSimilarityErrorStaysWithinHalfTheFilterMargin() {
        RandomGenerator rng = new Well19937c(11);
        for (int n1 : new int[] {2, 5, 7}) {
            int pairs = 20_000;
            double worst = 0;
            float[][] q = new float[2 * n1][1];
            float[] x = new float[2 * n1];
            float[] re = new float[1];
            float[] im = new float[1];
            float[] max = new float[1];
            for (int p = 0; p < pairs; p++) {
                double[] a = scaledUnit(rng, n1);
                double[] b = p % 2 == 0 ? scaledUnit(rng, n1) : a.clone();
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n1; j++) {
                    sr += a[2 * j] * b[2 * j] + a[2 * j + 1] * b[2 * j + 1];
                    si += a[2 * j] * b[2 * j + 1] - a[2 * j + 1] * b[2 * j];
                    q[2 * j][0] = (float) a[2 * j];
                    q[2 * j + 1][0] = (float) a[2 * j + 1];
                    x[2 * j] = (float) b[2 * j];
                    x[2 * j + 1] = (float) b[2 * j + 1];
                }
                max[0] = -1;
                FloatSimilarityKernel.foldMax(q, 1, x, 0, re, im, max, -1);
                worst = Math.max(worst, Math.abs(max[0] - (sr * sr + si * si)));
            }
            assertThat(worst).as("n+1 = %d", n1).isLessThan(FsNearestNeighbours.filterMargin(n1) / 2)
                    .isGreaterThan(1e-9);
        }
    }

    /** A unit vector (interleaved re, im) whose components span six orders of magnitude. */
    private static double[] scaledUnit(RandomGenerator rng, int n1) {
        double[] v = new double[2 * n1];
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian() * Math.pow(10, -6 * rng.nextDouble());
            s += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= Math.sqrt(s);
        }
        return v;
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> FsNearestNeighbours.build(new double[7], 5)).hasMessageContaining("N x 2(n+1)");
        assertThatThrownBy(() -> FsNearestNeighbours.build(new double[10], 5)).hasMessageContaining("point 0 is zero");
        FsNearestNeighbours index = FsNearestNeighbours.build(new double[] {1, 0, 0, 0, 0, 0}, 3);
        assertThatThrownBy(() -> index.nearest(new double[5])).hasMessageContaining("N x 6 values");
    }
}
