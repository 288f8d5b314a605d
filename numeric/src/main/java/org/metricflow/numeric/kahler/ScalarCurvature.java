package org.metricflow.numeric.kahler;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.hipparchus.stat.descriptive.moment.Variance;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * The scalar curvature of Donaldson's algebraic metric g = ∂∂̄K, K = (1/kπ) ln(s^† H s), on X, exactly (analytic
 * jets, no finite differences): the sections' holomorphic Taylor coefficients along X to second order in each
 * point's own chart ({@link LocalSectionJets}), their Gram matrix under H (one EJML product per block of points) and
 * the bidegree-(2, 2) series of ln ψ ({@link PotentialSeries}), which hold every derivative of K up to ∂²∂̄². For a
 * {@link NetworkMetric} the series of φ_θ ({@link NetworkSeries}) is added before the same curvature code runs.
 *
 * <p>Convention: R = g^{ab̄}R_{ab̄}, R_{ab̄} = −∂_a∂̄_b ln det g (the Kähler scalar curvature of
 * symbolic.functionals.Calabi, half the Riemannian scalar curvature of ds² = 2g_{ab̄}dz^a dz̄^b). For the
 * Fubini–Study metric (1/π)∂∂̄ ln|z|² on CP^n, R = n(n+1)π; on a smooth conic in CP² (≅ CP¹ with twice the area)
 * R = π; for the Ricci-flat metric on a Calabi–Yau R = 0, and ∫R dvol_g = 0 for every Kähler metric on a
 * Calabi–Yau. Cost per point O(N_k² L + N_k L²) with L = 1 + d + d(d+1)/2 jet rows (10 on the quintic) against
 * d + 2 for g alone.
 */
public final class ScalarCurvature {

    static final int BLOCK = 128;

    private ScalarCurvature() {
    }

    /**
     * det g and R at every point of the sample.
     *
     * @throws IllegalArgumentException naming the first point where g is not positive definite
     */
    public static CurvatureValues values(AlgebraicMetric metric, PointSample s, int threads) {
        return values(metric, null, null, s, threads);
    }

    /**
     * det g and R of g = g_alg + ∂∂̄φ_θ ({@link NetworkMetric}) at every point of the sample: the series of φ
     * ({@link NetworkSeries}) is added to that of K_alg, and the same code turns the sum into (det g, R).
     *
     * @throws IllegalArgumentException naming the first point where g is not positive definite
     */
    public static CurvatureValues values(NetworkMetric metric, PointSample s, int threads) {
        return values(metric.base(), metric.network(), metric.theta(), s, threads);
    }

    private static CurvatureValues values(AlgebraicMetric metric, PotentialNetwork network, double[] theta,
            PointSample s, int threads) {
        if (s.coordinates() != metric.basis().coordinates()) {
            throw new IllegalArgumentException("the sample has " + s.coordinates() + " coordinates, the metric "
                    + metric.basis().coordinates());
        }
        int n = s.size();
        double[] det = new double[n];
        double[] scalar = new double[n];
        ZMatrixRMaj ft = metric.factorTransposed();
        int blocks = (n + BLOCK - 1) / BLOCK;
        Parallel.forEachChunk(blocks, threads, c -> {
            Block block = new Block(metric.manifold(), metric.basis());
            NetworkSeries phi = network == null ? null : new NetworkSeries(metric.manifold(), network, BLOCK);
            int from = c * BLOCK;
            int to = Math.min(n, from + BLOCK);
            if (phi != null) {
                phi.forward(s, null, from, to, theta);
            }
            block.evaluate(s, null, from, to, ft, phi);
            for (int i = from; i < to; i++) {
                if (!block.valid(i - from)) {
                    throw new IllegalArgumentException("the " + (phi == null ? "algebraic" : "network")
                            + " metric is not positive definite at point " + i
                            + " (det g = " + block.det(i - from) + ")");
                }
                det[i] = block.det(i - from);
                scalar[i] = block.scalar(i - from);
            }
        });
        return new CurvatureValues(det, scalar);
    }

    /**
     * ⟨|R|⟩ and ⟨R⟩ over dvol_g (Monte Carlo with the sample's weights: dvol_g ∝ w det g/|Ω|²), errors by the delta
     * method for a ratio with influence functions summed per random line (as in
     * {@link org.metricflow.numeric.metric.MongeAmpere}).
     */
    public static CurvatureEstimate estimate(PointSample s, CurvatureValues v) {
        int n = s.size();
        double[] w = s.weights();
        double[] mass = new double[n];
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            mass[i] = w[i] * v.det()[i] / s.omegaAbs2(i);
            abs[i] = Math.abs(v.scalar()[i]);
        }
        return new CurvatureEstimate(ratio(mass, abs, s.line()), ratio(mass, v.scalar(), s.line()));
    }

    /** Σ m f / Σ m with the per-line delta-method error. */
    static MonteCarloEstimate ratio(double[] mass, double[] f, int[] line) {
        int n = mass.length;
        double sm = 0;
        double smf = 0;
        int lines = 0;
        for (int i = 0; i < n; i++) {
            sm += mass[i];
            smf += mass[i] * f[i];
            if (i == 0 || line[i] != line[i - 1]) {
                lines++;
            }
        }
        double mean = smf / sm;
        double[] psi = new double[lines];
        int l = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || line[i] != line[i - 1]) {
                l++;
            }
            psi[l] += mass[i] * (f[i] - mean);
        }
        double perLine = sm / lines;
        for (int j = 0; j < lines; j++) {
            psi[j] /= perLine;
        }
        double se = lines > 1 ? Math.sqrt(new Variance().evaluate(psi) / lines) : Double.NaN;
        return new MonteCarloEstimate(mean, se);
    }

    /** One block of points: jets, Gram matrices, series; a per-thread workspace. */
    static final class Block {

        private final MonomialBasis basis;
        private final LocalSectionJets jets;
        private final PotentialSeries series;
        private final PointGeometry geo;
        private final ZMatrixRMaj y;
        private final double[] gram;
        private final double[] det = new double[BLOCK];
        private final double[] scalar = new double[BLOCK];
        private final double[] psi = new double[BLOCK];
        private final boolean[] valid = new boolean[BLOCK];
        private final double scale;

        Block(ProjectiveHypersurface x, MonomialBasis basis) {
            this.basis = basis;
            this.jets = new LocalSectionJets(basis, x.polynomial(), BLOCK);
            this.series = new PotentialSeries(x.dimension());
            this.geo = new PointGeometry(x);
            this.y = new ZMatrixRMaj(1, 1);
            int rows = jets.rows();
            this.gram = new double[BLOCK * 2 * rows * rows];
            this.scale = 1 / (basis.degree() * Math.PI);
        }

        /**
         * Evaluates points {@code from .. to-1} of the sample (or of {@code indices} into it when not null) for
         * H = F^† F given F^T.
         */
        void evaluate(PointSample s, int[] indices, int from, int to, ZMatrixRMaj ft) {
            evaluate(s, indices, from, to, ft, null);
        }

        /** As {@link #evaluate(PointSample, int[], int, int, ZMatrixRMaj)}, adding the series of φ when not null. */
        void evaluate(PointSample s, int[] indices, int from, int to, ZMatrixRMaj ft, NetworkSeries phi) {
            int count = to - from;
            int n1 = s.coordinates();
            jets.reshape(count);
            for (int j = 0; j < count; j++) {
                int i = indices == null ? from + j : indices[from + j];
                geo.load(s.points(), i * 2 * n1, s.chart(i));
                jets.load(geo, j);
            }
            ZMatrixRMaj dt = jets.jets();
            y.reshape(dt.numRows, dt.numCols);
            CommonOps_ZDRM.mult(dt, ft, y);
            int rows = jets.rows();
            SectionJets.hermitianGram(y.data, rows, count, basis.size(), gram);
            int mm = 2 * rows * rows;
            for (int j = 0; j < count; j++) {
                valid[j] = series.potential(gram, j * mm, scale);
                if (phi != null) {
                    series.add(phi.phi(), j * phi.length());
                }
                valid[j] = valid[j] && series.curvature();
                det[j] = series.det();
                scalar[j] = series.scalar();
                psi[j] = gram[j * mm];
            }
        }

        boolean valid(int j) {
            return valid[j];
        }

        double det(int j) {
            return det[j];
        }

        double scalar(int j) {
            return scalar[j];
        }

        /** ψ = s^† H s at block point j. */
        double psi(int j) {
            return psi[j];
        }

        /** The loaded jets (row j·rows holds s of block point j). */
        ZMatrixRMaj jets() {
            return jets.jets();
        }

        int rows() {
            return jets.rows();
        }
    }
}
