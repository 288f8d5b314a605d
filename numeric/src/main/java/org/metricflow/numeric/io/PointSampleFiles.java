package org.metricflow.numeric.io;

import static org.metricflow.numeric.io.ArrayLookup.ANY;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sample.Rejections;

/**
 * metricflow's {@code .npz} layout of a {@link PointSample} (N points, n+1 coordinates, dimension d, M terms):
 * <pre>
 * points          (N, 2(n+1)) float64    [Re u_0..Re u_n, Im u_0..Im u_n], u_patch = 1 (cymetric's X layout)
 * weights         (N,)        float64    w = |Ω|²/det g_FS = dμ_Ω/dvol_FS
 * omega           (N,)        complex128 f, Ω = f dx_1∧…∧dx_d in the point's chart
 * patch           (N,)        int64      chart: coordinate scaled to 1
 * eliminated      (N,)        int64      chart: coordinate solved for
 * line            (N,)        int64      random line of each point (non-decreasing)
 * fs_metric       (N, d, d)   complex128 g_{ab̄} of the restricted FS metric, (1/π)∂∂̄ ln|z|², point's chart
 * kappa           ()          float64    Vol_FS/Vol_Ω = 1/mean(w)
 * volume_fs       ()          float64    Vol_FS = deg/d!
 * monomials       (M, n+1)    int64      exponents of p
 * coefficients    (M,)        complex128 coefficients of p
 * format_version  ()          int64      1
 * </pre>
 * In NumPy: {@code d = np.load("s.npz"); z = d["points"][:, :5] + 1j*d["points"][:, 5:]}.
 */
public final class PointSampleFiles {

    /** Version written in {@code format_version}. */
    public static final long FORMAT_VERSION = 1;

    private PointSampleFiles() {
    }

    /** Writes the sample atomically (uncompressed). */
    public static void write(Path file, PointSample s) {
        Npz.write(file, arrays(s), false);
    }

    /** The arrays {@link #write} stores, in order (callers may add their own keys before writing). */
    public static Map<String, NpyArray> arrays(PointSample s) {
        int n = s.size();
        int n1 = s.coordinates();
        int d = s.dimension();
        HomogeneousPolynomial p = s.manifold().polynomial();
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("points", new NpyArray.Float64(new int[] {n, 2 * n1}, s.points()));
        m.put("weights", new NpyArray.Float64(new int[] {n}, s.weights()));
        m.put("omega", new NpyArray.Complex128(new int[] {n}, s.omega()));
        m.put("patch", NpyArray.ofInts(new int[] {n}, s.patch()));
        m.put("eliminated", NpyArray.ofInts(new int[] {n}, s.eliminated()));
        m.put("line", NpyArray.ofInts(new int[] {n}, s.line()));
        m.put("fs_metric", new NpyArray.Complex128(new int[] {n, d, d}, s.fsMetric()));
        m.put("kappa", new NpyArray.Float64(new int[0], new double[] {s.kappa()}));
        m.put("volume_fs", new NpyArray.Float64(new int[0], new double[] {s.manifold().volumeFubiniStudy()}));
        int terms = p.terms();
        long[] mono = new long[terms * n1];
        double[] coef = new double[2 * terms];
        for (int t = 0; t < terms; t++) {
            int[] e = p.exponents(t);
            for (int i = 0; i < n1; i++) {
                mono[t * n1 + i] = e[i];
            }
            coef[2 * t] = p.coefficient(t).getReal();
            coef[2 * t + 1] = p.coefficient(t).getImaginary();
        }
        m.put("monomials", new NpyArray.Int64(new int[] {terms, n1}, mono));
        m.put("coefficients", new NpyArray.Complex128(new int[] {terms}, coef));
        m.put("format_version", new NpyArray.Int64(new int[0], new long[] {FORMAT_VERSION}));
        return m;
    }

    /**
     * Reads a sample written by {@link #write}; checks shapes, the format version, and that every point lies on
     * the stored polynomial (|p(u)|/‖c‖₁ ≤ 1e-8).
     */
    public static PointSample read(Path file) {
        ArrayLookup a = new ArrayLookup(Npz.read(file), file);
        long version = a.int64("format_version").data()[0];
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException(file + ": format_version " + version + " is not supported (expected "
                    + FORMAT_VERSION + ")");
        }
        NpyArray.Int64 mono = a.int64("monomials", ANY, ANY);
        int terms = mono.shape()[0];
        int n1 = mono.shape()[1];
        NpyArray.Complex128 coef = a.complex128("coefficients", terms);
        int[][] ex = new int[terms][n1];
        Complex[] co = new Complex[terms];
        int[] monoInts = mono.toInts();
        for (int t = 0; t < terms; t++) {
            System.arraycopy(monoInts, t * n1, ex[t], 0, n1);
            co[t] = new Complex(coef.data()[2 * t], coef.data()[2 * t + 1]);
        }
        ProjectiveHypersurface x = new ProjectiveHypersurface(HomogeneousPolynomial.of(n1, ex, co),
                file.getFileName().toString());
        NpyArray.Float64 pts = a.float64("points", ANY, 2 * n1);
        int n = pts.shape()[0];
        int d = x.dimension();
        PointSample s = new PointSample(x, pts.data(), a.float64("weights", n).data(),
                a.complex128("omega", n).data(), a.int64("patch", n).toInts(), a.int64("eliminated", n).toInts(),
                a.complex128("fs_metric", n, d, d).data(), a.int64("line", n).toInts(), Rejections.none());
        requireOnSurface(s, file);
        return s;
    }

    static void requireOnSurface(PointSample s, Path file) {
        PointGeometry g = new PointGeometry(s.manifold());
        int n1 = s.coordinates();
        for (int k = 0; k < s.size(); k++) {
            g.load(s.points(), k * 2 * n1);
            if (!(g.residual() <= 1e-8)) {
                throw new IllegalArgumentException(file + ": point " + k + " does not lie on the polynomial of the "
                        + "file (|p|/|c| = " + g.residual() + ")");
            }
        }
    }
}
