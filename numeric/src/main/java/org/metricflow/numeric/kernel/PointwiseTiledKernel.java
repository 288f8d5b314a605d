package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;

/** Adapter: a {@link TiledKernel} that calls {@link Kernel#value} for each entry on a copy of the raw points. */
final class PointwiseTiledKernel implements TiledKernel {

    private final Kernel kernel;

    PointwiseTiledKernel(Kernel kernel) {
        this.kernel = kernel;
    }

    private record Raw(double[] points, int size) implements PreparedPoints {
    }

    @Override
    public int inputDimension() {
        return kernel.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        return kernel.value(x, xOff, y, yOff);
    }

    @Override
    public PreparedPoints prepare(double[] points) {
        int n = Inputs.requirePoints("points", points, kernel.inputDimension());
        return new Raw(points.clone(), n);
    }

    @Override
    public int scratchPerEntry() {
        return 0;
    }

    @Override
    public void row(PreparedPoints xs, int a, PreparedPoints ys, int tile, double[] out, double[] scratch) {
        double[] x = ((Raw) xs).points();
        double[] y = ((Raw) ys).points();
        int d = kernel.inputDimension();
        int b0 = tile * TILE;
        int len = TiledKernel.tileLength(ys, tile);
        for (int j = 0; j < len; j++) {
            out[j] = kernel.value(x, a * d, y, (b0 + j) * d);
        }
    }
}
