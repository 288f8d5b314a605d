package org.metricflow.numeric.kahler;

import java.util.Objects;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.HermitianDeterminant;
import org.metricflow.numeric.sample.PointSample;

/**
 * The Kähler metric of K = K_alg(H) + φ_θ(f(z)): Donaldson's algebraic potential plus a {@link PotentialNetwork}
 * on the {@link ProjectorFeatures} f of z (functions on P^n, so ∂∂̄φ is a global exact (1,1)-form and the Kähler
 * class stays that of g_FS). g = g_alg + ∂∂̄φ in each point's own chart, both exact; positive definiteness is
 * checked at every point (Sylvester), never assumed.
 *
 * @param base    the algebraic metric
 * @param network the network's shape
 * @param theta   its parameters (not copied: do not modify)
 */
public record NetworkMetric(AlgebraicMetric base, PotentialNetwork network, double[] theta)
        implements PotentialMetric {

    public NetworkMetric {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(network, "network");
        if (theta.length != network.parameters()) {
            throw new IllegalArgumentException("the network has " + network.parameters() + " parameters, got "
                    + theta.length);
        }
        if (network.inputs() != ProjectorFeatures.count(base.manifold().coordinates())
                || network.dimension() != base.manifold().dimension()) {
            throw new IllegalArgumentException("the network's shape does not fit " + base.manifold().name());
        }
    }

    @Override
    public ProjectiveHypersurface manifold() {
        return base.manifold();
    }

    @Override
    public AlgebraicMetric algebraic() {
        return base;
    }

    @Override
    public CurvatureValues curvature(PointSample s, int threads) {
        return ScalarCurvature.values(this, s, threads);
    }

    @Override
    public MetricValues values(PointSample s, int threads) {
        return compute(s, threads, true);
    }

    @Override
    public double[] metricUnchecked(PointSample s, int threads) {
        return compute(s, threads, false).metric();
    }

    private MetricValues compute(PointSample s, int threads, boolean check) {
        MetricValues alg = base.values(s, threads);
        int n = s.size();
        int g2 = 2 * s.dimension() * s.dimension();
        double[] metric = alg.metric();
        double[] det = alg.det();
        int blocks = (n + NetworkJets.BLOCK - 1) / NetworkJets.BLOCK;
        Parallel.forEachChunk(blocks, threads, c -> {
            NetworkJets jets = new NetworkJets(s, network);
            PositiveDefinite pd = new PositiveDefinite(s.dimension());
            HermitianDeterminant hd = new HermitianDeterminant(s.dimension());
            int from = c * NetworkJets.BLOCK;
            int to = Math.min(n, from + NetworkJets.BLOCK);
            jets.forward(s, null, from, to, theta);
            int i = add(jets.hessian(), from, to, metric, g2, pd);
            if (check && i >= 0) {
                throw new IllegalArgumentException("the network metric is not positive definite at point " + i);
            }
            for (int j = from; j < to; j++) {
                det[j] = hd.det(metric, j * g2);
            }
        });
        return new MetricValues(det, metric);
    }

    /**
     * Adds ∂∂̄φ of points {@code from .. to-1} (block-relative in {@code hessian}) to {@code metric} (indexed by
     * from .. to-1) and tests positivity.
     *
     * @return the first block index (from-based) where g is not positive definite, or −1
     */
    static int add(double[] hessian, int from, int to, double[] metric, int g2, PositiveDefinite pd) {
        int bad = -1;
        for (int j = from; j < to; j++) {
            int off = (j - from) * g2;
            for (int t = 0; t < g2; t++) {
                metric[j * g2 + t] += hessian[off + t];
            }
            if (bad < 0 && !pd.test(metric, j * g2)) {
                bad = j;
            }
        }
        return bad;
    }
}
