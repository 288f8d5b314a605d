package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;

/**
 * A scalar kernel Θ(x, x') on points with {@link #inputDimension()} real coordinates; for a metric kernel of the
 * form δ_pq Θ(x, x') (eq. (2.21)) this is Θ.
 */
public interface Kernel {

    /** Number of real coordinates per point. */
    int inputDimension();

    /** Θ(x, y) for x = {@code x[xOff ..]}, y = {@code y[yOff ..]}. */
    double value(double[] x, int xOff, double[] y, int yOff);

    /** The nx × ny matrix {@code out[a·ny + b]} = Θ(x_a, y_b) for flat point arrays. */
    default void matrix(double[] xs, double[] ys, double[] out) {
        int d = inputDimension();
        int nx = Inputs.requirePoints("xs", xs, d);
        int ny = Inputs.requirePoints("ys", ys, d);
        Inputs.requireSlice("out", out, 0, nx * ny);
        for (int a = 0; a < nx; a++) {
            for (int b = 0; b < ny; b++) {
                out[a * ny + b] = value(xs, a * d, ys, b * d);
            }
        }
    }
}
