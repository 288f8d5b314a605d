package org.metricflow.numeric.kahler;

import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * ∂_a∂̄_b φ_θ(f(z)) of a {@link PotentialNetwork} on {@link ProjectorFeatures} for a block of sample points, each in
 * its own chart (a = local coordinates of the chart), and the reverse-mode derivative in θ. A per-thread workspace.
 */
final class NetworkJets {

    static final int BLOCK = 256;

    private final PointGeometry geo;
    private final ProjectorFeatures features;
    private final PotentialNetwork.Workspace ws;
    private final double[] hessian;
    private final int comps;

    NetworkJets(PointSample s, PotentialNetwork network) {
        this.geo = new PointGeometry(s.manifold());
        this.features = new ProjectorFeatures(s.coordinates(), s.dimension());
        this.ws = network.workspace(BLOCK);
        this.hessian = new double[BLOCK * 2 * s.dimension() * s.dimension()];
        this.comps = features.components();
    }

    /**
     * Computes ∂∂̄φ at the points {@code indices[from .. to-1]} (or from .. to-1 when {@code indices} is null) of
     * the sample; point j of the block at {@link #hessian()}{@code [j·2d² ..]}.
     */
    void forward(PointSample s, int[] indices, int from, int to, double[] theta) {
        int n1 = s.coordinates();
        double[] in = ws.input(to - from);
        int stride = ws.stride();
        for (int j = 0; j < to - from; j++) {
            int i = indices == null ? from + j : indices[from + j];
            geo.load(s.points(), i * 2 * n1, s.chart(i));
            features.load(geo, in, j * comps, stride);
        }
        ws.forward(theta, hessian);
    }

    /** ∂_a∂̄_b φ of the last {@link #forward} block (complex, interleaved, row-major per point). */
    double[] hessian() {
        return hessian;
    }

    /** Adds d/dθ of Σ_j Re Σ_ab conj(Λ_j,ab) ∂_a∂̄_b φ_j to {@code grad} (after {@link #forward}, same θ). */
    void backward(double[] theta, double[] adjoint, double[] grad) {
        ws.backward(theta, adjoint, grad);
    }
}
