package org.metricflow.numeric.kahler;

import java.nio.file.Path;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import org.hipparchus.util.CombinatoricsUtils;
import org.metricflow.numeric.io.ArrayLookup;
import org.metricflow.numeric.io.NpyArray;
import org.metricflow.numeric.io.Npz;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * A potential metric (algebraic, or algebraic plus network) and its values at a sample of points in one {@code .npz} file: every key of
 * {@link PointSampleFiles} (points, weights, omega, patch, eliminated, line, fs_metric, monomials, coefficients —
 * so the file is also a point sample), plus
 * <pre>
 * X          (N, 2(n+1)) float64     cymetric's point layout [Re z, Im z] (= points)
 * y          (N, 2)      float64     cymetric's [weight, |Ω|²], weight = w/d! (cymetric's point_weight)
 * g          (N, d, d)   complex128  g_{ab̄} in the point's chart (patch, eliminated), J = (i/2) g dx∧dx̄
 * det_g, eta (N)         float64     det g and η = det g/(κ|Ω|²)
 * kappa_g, sigma, sigma_err ()       κ of g and σ = Σ w|1 − η|/Σ w with its standard error (lines as units)
 * H          (N_k, N_k)  complex128  the Hermitian matrix of K = ln(s^† H s)/(kπ)
 * sections   (N_k, n+1)  int64       exponents of the monomial sections s_α;  k: () int64
 * </pre>
 * and, for a {@link NetworkMetric} (K = K_alg(H) + φ_θ), network_hidden (L) int64 (widths), network_activation ()
 * int64 (0 softplus, 1 tanh) and network_theta (P) float64 (layout of {@link PotentialNetwork}).
 */
public final class MetricFile {

    private MetricFile() {
    }

    /** Writes the metric evaluated on the sample (uncompressed, atomically). */
    public static void write(Path file, PotentialMetric potential, PointSample s, int threads) {
        AlgebraicMetric metric = potential.algebraic();
        MetricValues v = potential.values(s, threads);
        MongeAmpereEstimate e = org.metricflow.numeric.metric.MongeAmpere.of(s, v.det());
        int n = s.size();
        int n1 = s.coordinates();
        int d = s.dimension();
        double fact = CombinatoricsUtils.factorial(d);
        double[] y = new double[2 * n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = s.weights()[i] / fact;
            y[2 * i + 1] = s.omegaAbs2(i);
            eta[i] = v.det()[i] / s.omegaAbs2(i) / e.kappa().value();
        }
        Map<String, NpyArray> m = PointSampleFiles.arrays(s);
        m.put("X", new NpyArray.Float64(new int[] {n, 2 * n1}, s.points()));
        m.put("y", new NpyArray.Float64(new int[] {n, 2}, y));
        m.put("g", new NpyArray.Complex128(new int[] {n, d, d}, v.metric()));
        m.put("det_g", new NpyArray.Float64(new int[] {n}, v.det()));
        m.put("eta", new NpyArray.Float64(new int[] {n}, eta));
        m.put("kappa_g", scalar(e.kappa().value()));
        m.put("sigma", scalar(e.sigma().value()));
        m.put("sigma_err", scalar(e.sigma().standardError()));
        int nk = metric.basis().size();
        m.put("H", new NpyArray.Complex128(new int[] {nk, nk}, metric.h().data));
        long[] ex = new long[nk * n1];
        for (int a = 0; a < nk; a++) {
            int[] e1 = metric.basis().exponents(a);
            for (int i = 0; i < n1; i++) {
                ex[a * n1 + i] = e1[i];
            }
        }
        m.put("sections", new NpyArray.Int64(new int[] {nk, n1}, ex));
        m.put("k", new NpyArray.Int64(new int[0], new long[] {metric.k()}));
        if (potential instanceof NetworkMetric net) {
            int[] hidden = net.network().hidden();
            long[] widths = new long[hidden.length];
            for (int i = 0; i < hidden.length; i++) {
                widths[i] = hidden[i];
            }
            m.put("network_hidden", new NpyArray.Int64(new int[] {hidden.length}, widths));
            m.put("network_activation", new NpyArray.Int64(new int[0],
                    new long[] {net.network().activation().ordinal()}));
            m.put("network_theta", new NpyArray.Float64(new int[] {net.theta().length}, net.theta()));
        }
        Npz.write(file, m, false);
    }

    private static NpyArray.Float64 scalar(double x) {
        return new NpyArray.Float64(new int[0], new double[] {x});
    }

    /** Whether the .npz file holds a saved metric (keys H and k), not only a point sample. */
    public static boolean holdsMetric(Path file) {
        Map<String, NpyArray> m = Npz.read(file);
        return m.containsKey("H") && m.containsKey("k");
    }

    /**
     * The metric stored in a file written by {@link #write}, on the file's hypersurface: a {@link NetworkMetric}
     * when the file has the network keys, else the {@link AlgebraicMetric}.
     *
     * @throws IllegalArgumentException when a key is missing, the stored sections are not the monomial basis of
     *                                  degree k of the stored polynomial, or the network keys are inconsistent
     */
    public static PotentialMetric read(Path file) {
        PointSample s = PointSampleFiles.read(file);
        ArrayLookup a = new ArrayLookup(Npz.read(file), file);
        int k = (int) a.int64("k").data()[0];
        MonomialBasis basis = MonomialBasis.of(s.manifold(), k);
        int nk = basis.size();
        int[] ex = a.int64("sections", nk, s.coordinates()).toInts();
        for (int i = 0; i < nk; i++) {
            int[] e = basis.exponents(i);
            for (int j = 0; j < e.length; j++) {
                if (e[j] != ex[i * e.length + j]) {
                    throw new IllegalArgumentException(file + ": section " + i + " is not the monomial basis of degree "
                            + k + " of the stored polynomial");
                }
            }
        }
        ZMatrixRMaj h = new ZMatrixRMaj(nk, nk);
        System.arraycopy(a.complex128("H", nk, nk).data(), 0, h.data, 0, h.data.length);
        AlgebraicMetric alg = new AlgebraicMetric(s.manifold(), basis, h);
        if (!a.has("network_theta")) {
            return alg;
        }
        int[] hidden = a.int64("network_hidden", ArrayLookup.ANY).toInts();
        long act = a.int64("network_activation").data()[0];
        if (act < 0 || act >= Activation.values().length) {
            throw new IllegalArgumentException(file + ": network_activation " + act + " is not 0 (softplus) or 1 "
                    + "(tanh)");
        }
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(s.coordinates()), hidden,
                Activation.values()[(int) act], s.dimension());
        return new NetworkMetric(alg, net, a.float64("network_theta", net.parameters()).data());
    }
}
