package org.metricflow.flows.quintic;

import java.util.Arrays;
import java.util.function.Function;
import org.metricflow.flows.PointMetric;

/**
 * The Hermitian 3×3 metrics of a point-cloud flow state, one per sample point (training points, then test points),
 * read out in their real 6×6 form ({@link HermitianComponents#realForm}) for the runner's guards; a violation names
 * the point's index and its real ambient coordinates.
 */
public final class HermitianPointMetric implements PointMetric {

    private static final int C = HermitianComponents.COUNT;

    private final double[] coordinates;
    private final int dim;
    private final Function<double[], double[]> components;

    /**
     * @param coordinates real ambient coordinates of the points, {@code dim} per point (training, then test)
     * @param components  the 9 components per point of the metric a state represents
     */
    public HermitianPointMetric(double[] coordinates, int dim, Function<double[], double[]> components) {
        this.coordinates = coordinates;
        this.dim = dim;
        this.components = components;
    }

    @Override
    public int points() {
        return coordinates.length / dim;
    }

    @Override
    public int size() {
        return 6;
    }

    @Override
    public void metrics(double[] state, double[] out) {
        double[] g = components.apply(state);
        for (int k = 0; k < g.length / C; k++) {
            HermitianComponents.realForm(g, k * C, out, 36 * k);
        }
    }

    @Override
    public double[] coordinates(int point) {
        return Arrays.copyOfRange(coordinates, point * dim, (point + 1) * dim);
    }

    /** Real ambient coordinates of two samples, one after the other. */
    public static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
