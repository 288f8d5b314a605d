package org.metricflow.numeric.kernel;

/**
 * A symmetric kernel (Θ(x, y) = Θ(y, x)) that evaluates a row segment Θ(x_a, y_b), b0 ≤ b < b1, at once on
 * pre-processed points: the seam between kernels and the matrix-free {@link KernelOperator}s. Any {@link Kernel} can
 * be used through {@link #of(Kernel)}; kernels with a fast row (e.g. {@link FubiniStudyKernel}) implement it directly.
 */
public interface TiledKernel extends Kernel {

    /** Pre-processes a flat array of points ({@link #inputDimension()} values each); validates them. */
    PreparedPoints prepare(double[] points);

    /** Doubles of scratch space {@link #row} needs per entry of the segment. */
    int scratchPerEntry();

    /**
     * Writes Θ(x_a, y_b) for b0 ≤ b < b1 to {@code out[0 .. b1−b0)}, using {@code scratch} (length ≥
     * (b1 − b0)·{@link #scratchPerEntry()}); no allocation.
     */
    void row(PreparedPoints xs, int a, PreparedPoints ys, int b0, int b1, double[] out, double[] scratch);

    /** The kernel itself if it is tiled, otherwise an adapter evaluating {@link Kernel#value} entry by entry. */
    static TiledKernel of(Kernel kernel) {
        if (kernel instanceof TiledKernel t) {
            return t;
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        return new PointwiseTiledKernel(kernel);
    }
}
