package org.metricflow.flows.cy;

import java.util.Arrays;
import java.util.function.Function;
import org.metricflow.flows.PointMetric;
import org.metricflow.numeric.kahler.PotentialMetric;
import org.metricflow.numeric.sample.PointSample;

/**
 * The metric a potential-flow state represents, at a fixed subsample of the training points, for the runner's guards:
 * g_{ab̄} = A + iB (d × d, each point in its own chart) read out as the real 2d × 2d form [[A, −B], [B, A]], without
 * the evaluation's own positivity test, so an indefinite g reaches the guard as such (it reports the smallest
 * eigenvalue and the point).
 */
final class SamplePointMetric implements PointMetric {

    /** Training points the guards look at: enough to catch an indefinite g early, cheap next to a batch. */
    static final int POINTS = 256;

    private final PointSample points;
    private final Function<double[], PotentialMetric> decode;
    private final int threads;

    /**
     * @param train   training points (the first {@value #POINTS} are read out)
     * @param decode  the metric of a state
     * @param threads worker threads
     */
    SamplePointMetric(PointSample train, Function<double[], PotentialMetric> decode, int threads) {
        this.points = train.head(Math.min(POINTS, train.size()));
        this.decode = decode;
        this.threads = threads;
    }

    /** Size and a hash of the points and weights of a sample, for checkpoint fingerprints. */
    static String fingerprint(PointSample s) {
        return s.size() + "#" + Integer.toHexString(31 * Arrays.hashCode(s.points()) + Arrays.hashCode(s.weights()));
    }

    @Override
    public int points() {
        return points.size();
    }

    @Override
    public int size() {
        return 2 * points.dimension();
    }

    @Override
    public void metrics(double[] state, double[] out) {
        int d = points.dimension();
        int r = 2 * d;
        double[] g = decode.apply(state).metricUnchecked(points, threads);
        for (int p = 0; p < points.size(); p++) {
            int in = p * 2 * d * d;
            int o = p * r * r;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double re = g[in + 2 * (a * d + b)];
                    double im = g[in + 2 * (a * d + b) + 1];
                    out[o + a * r + b] = re;
                    out[o + (d + a) * r + d + b] = re;
                    out[o + a * r + d + b] = -im;
                    out[o + (d + a) * r + b] = im;
                }
            }
        }
    }

    @Override
    public double[] coordinates(int point) {
        int n = 2 * points.coordinates();
        return Arrays.copyOfRange(points.points(), point * n, (point + 1) * n);
    }
}
