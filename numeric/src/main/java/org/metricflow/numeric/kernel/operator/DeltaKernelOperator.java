package org.metricflow.numeric.kernel.operator;

import org.metricflow.numeric.Parallel;
import java.util.Objects;
import org.metricflow.numeric.cluster.FsNearestNeighbours;
import org.metricflow.numeric.Inputs;

/**
 * The Delta kernel of §3.2: the update at a row point y_a is the (weighted) field at its nearest training point,
 * out[a·m + p] = w_{b(a)} v[b(a)·m + p], b(a) = argmin_b dist(y_a, x_b) (ties: smallest index), i.e. Θ(y, x_b) =
 * 1 if x_b is the nearest training point of y and 0 otherwise. On the training set itself (rows = columns) it is the
 * discrete δ_{x,x'} of eq. (2.13), out = w v. Nearest points by exhaustive search (exact), multithreaded.
 */
public final class DeltaKernelOperator implements KernelOperator {

    /** Distance used to find the nearest training point. */
    public enum Metric {
        /** Fubini–Study distance on P^n (eq. (3.2)); points [Re z, Im z]: maximises |⟨u, v⟩|². */
        FUBINI_STUDY,
        /** Euclidean distance on R^d. */
        EUCLIDEAN
    }

    private final int columns;
    private final int[] nearest;
    private final double[] weights;

    /**
     * @param metric         the distance
     * @param pointDimension real coordinates per point (2(n+1) for P^n)
     * @param rowPoints      flat row (test) points, or null for the training operator
     * @param trainPoints    flat training points
     * @param weights        w_b per training point, or null for all ones
     */
    public DeltaKernelOperator(Metric metric, int pointDimension, double[] rowPoints, double[] trainPoints,
                               double[] weights) {
        Objects.requireNonNull(metric, "metric");
        Inputs.requireRange("pointDimension", pointDimension, 1, 1 << 16);
        if (metric == Metric.FUBINI_STUDY && pointDimension % 2 != 0) {
            throw new IllegalArgumentException("Fubini–Study points have an even number of reals, got "
                    + pointDimension);
        }
        this.columns = Inputs.requirePoints("trainPoints", trainPoints, pointDimension);
        this.weights = Fields.weights(weights, columns);
        if (rowPoints == null) {
            nearest = new int[columns];
            for (int a = 0; a < columns; a++) {
                nearest[a] = a;
            }
        } else {
            nearest = metric == Metric.FUBINI_STUDY
                    ? nearestFubiniStudy(rowPoints, trainPoints, pointDimension / 2)
                    : nearestEuclidean(rowPoints, trainPoints, pointDimension);
        }
    }

    /** Index of the nearest training point of each row point (a copy). */
    public int[] nearest() {
        return nearest.clone();
    }

    @Override
    public int rows() {
        return nearest.length;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public void apply(double[] v, int components, double[] out) {
        KernelOperator.checkApply(this, v, components, out);
        for (int a = 0; a < nearest.length; a++) {
            int b = nearest[a];
            double w = weights == null ? 1.0 : weights[b];
            for (int p = 0; p < components; p++) {
                out[a * components + p] = w * v[b * components + p];
            }
        }
    }

    /** Exact FS nearest training point of each row (largest cos², lowest index on ties; {@link FsNearestNeighbours}). */
    private static int[] nearestFubiniStudy(double[] rowPoints, double[] trainPoints, int n1) {
        return FsNearestNeighbours.build(trainPoints, n1).nearest(rowPoints);
    }

    private static int[] nearestEuclidean(double[] rowPoints, double[] trainPoints, int d) {
        int n = Inputs.requirePoints("rowPoints", rowPoints, d);
        int nt = trainPoints.length / d;
        int[] best = new int[n];
        int threads = Parallel.defaultThreads();
        Parallel.run(threads, t -> {
            for (int a = t; a < n; a += threads) {
                double bestD2 = Double.POSITIVE_INFINITY;
                int arg = 0;
                for (int b = 0; b < nt; b++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        double diff = rowPoints[a * d + k] - trainPoints[b * d + k];
                        s += diff * diff;
                    }
                    if (s < bestD2) {
                        bestD2 = s;
                        arg = b;
                    }
                }
                best[a] = arg;
            }
        });
        return best;
    }
}
