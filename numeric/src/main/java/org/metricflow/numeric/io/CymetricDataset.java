package org.metricflow.numeric.io;

import static org.metricflow.numeric.io.ArrayLookup.ANY;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.util.CombinatoricsUtils;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sample.Rejections;

/**
 * cymetric's {@code dataset.npz} ({@code cymetric.pointgen.nphelper.prepare_dataset}) for one hypersurface with
 * n+1 coordinates and dimension d:
 * <pre>
 * X_train        (N_train, 2(n+1)) float64    [Re z, Im z], largest coordinate scaled to 1
 * y_train        (N_train, 2)      float64    [weight, |Ω|²], weight = |Ω|²/(d!·det g_FS) (cymetric's point_weight)
 * X_val, y_val   (N_val, …)                   the same for the validation split (the last 10% by default)
 * val_pullbacks  (N_val, d, n+1)   complex128 J_{ai} = ∂z_i/∂x_a (optional on reading)
 * </pre>
 * cymetric's weight is metricflow's w divided by d! (its Levi-Civita contraction gives d!·det g); metricflow's
 * FS metric uses the same (1/π) normalisation, so κ agrees.
 *
 * @param coordinates  n+1
 * @param dimension    d
 * @param xTrain       training points, row-major
 * @param yTrain       training targets
 * @param xVal         validation points
 * @param yVal         validation targets
 * @param valPullbacks validation pullbacks (interleaved complex), or an empty array when absent
 */
public record CymetricDataset(int coordinates, int dimension, double[] xTrain, double[] yTrain, double[] xVal,
                              double[] yVal, double[] valPullbacks) {

    public CymetricDataset {
        int nt = yTrain.length / 2;
        int nv = yVal.length / 2;
        if (yTrain.length % 2 != 0 || yVal.length % 2 != 0 || xTrain.length != nt * 2 * coordinates
                || xVal.length != nv * 2 * coordinates
                || (valPullbacks.length != 0 && valPullbacks.length != nv * 2 * dimension * coordinates)) {
            throw new IllegalArgumentException("inconsistent cymetric dataset: X_train " + xTrain.length + ", y_train "
                    + yTrain.length + ", X_val " + xVal.length + ", y_val " + yVal.length + ", val_pullbacks "
                    + valPullbacks.length + " values for " + coordinates + " coordinates");
        }
    }

    /** Splits a sample like cymetric: the first ⌊(1 − valSplit)·N⌋ points train, the rest validate. */
    public static CymetricDataset of(PointSample s, double valSplit) {
        if (!(valSplit >= 0 && valSplit < 1)) {
            throw new IllegalArgumentException("valSplit must be in [0, 1), got " + valSplit);
        }
        int n = s.size();
        int n1 = s.coordinates();
        int d = s.dimension();
        int t = (int) ((1 - valSplit) * n);
        double fact = CombinatoricsUtils.factorial(d);
        double[] y = new double[2 * n];
        for (int k = 0; k < n; k++) {
            y[2 * k] = s.weights()[k] / fact;
            y[2 * k + 1] = s.omegaAbs2(k);
        }
        double[] pb = new double[(n - t) * 2 * d * n1];
        PointGeometry g = new PointGeometry(s.manifold());
        for (int k = t; k < n; k++) {
            g.load(s.points(), k * 2 * n1, s.chart(k));
            int base = (k - t) * 2 * d * n1;
            for (int a = 0; a < d; a++) {
                pb[base + 2 * (a * n1 + g.localCoordinate(a))] = 1;
                pb[base + 2 * (a * n1 + g.eliminated())] = g.pullbackRe(a);
                pb[base + 2 * (a * n1 + g.eliminated()) + 1] = g.pullbackIm(a);
            }
        }
        double[] pts = s.points();
        return new CymetricDataset(n1, d, Arrays.copyOf(pts, t * 2 * n1), Arrays.copyOf(y, 2 * t),
                Arrays.copyOfRange(pts, t * 2 * n1, n * 2 * n1), Arrays.copyOfRange(y, 2 * t, 2 * n), pb);
    }

    /** Writes {@code dataset.npz} in cymetric's layout (deflated, like {@code np.savez_compressed}). */
    public void write(Path file) {
        int nt = yTrain.length / 2;
        int nv = yVal.length / 2;
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("X_train", new NpyArray.Float64(new int[] {nt, 2 * coordinates}, xTrain));
        m.put("y_train", new NpyArray.Float64(new int[] {nt, 2}, yTrain));
        m.put("X_val", new NpyArray.Float64(new int[] {nv, 2 * coordinates}, xVal));
        m.put("y_val", new NpyArray.Float64(new int[] {nv, 2}, yVal));
        if (valPullbacks.length > 0) {
            m.put("val_pullbacks", new NpyArray.Complex128(new int[] {nv, dimension, coordinates}, valPullbacks));
        }
        Npz.write(file, m, true);
    }

    /**
     * Reads cymetric's {@code dataset.npz} for a hypersurface with {@code coordinates} homogeneous coordinates
     * (the dimension is n − 1).
     */
    public static CymetricDataset read(Path file, int coordinates) {
        ArrayLookup a = new ArrayLookup(Npz.read(file), file);
        NpyArray.Float64 xt = a.float64("X_train", ANY, 2 * coordinates);
        NpyArray.Float64 xv = a.float64("X_val", ANY, 2 * coordinates);
        int nt = xt.shape()[0];
        int nv = xv.shape()[0];
        int d = coordinates - 2;
        double[] pb = a.has("val_pullbacks") ? a.complex128("val_pullbacks", nv, d, coordinates).data()
                : new double[0];
        return new CymetricDataset(coordinates, d, xt.data(), a.float64("y_train", nt, 2).data(), xv.data(),
                a.float64("y_val", nv, 2).data(), pb);
    }

    /**
     * The training and validation points as one {@link PointSample} of {@code x}, with Ω, charts, FS metric and
     * weights recomputed here (each point its own line). Checks that the points lie on X, that the file's |Ω|²
     * matches (1e-6 relative) and that its weights are proportional to ours (cymetric may rescale them, e.g.
     * {@code normalize_to_vol_j}).
     */
    public PointSample toPointSample(ProjectiveHypersurface x, Path source) {
        if (x.coordinates() != coordinates) {
            throw new IllegalArgumentException(source + " has " + coordinates + " coordinates but " + x.name()
                    + " has " + x.coordinates());
        }
        int nt = yTrain.length / 2;
        int n = nt + yVal.length / 2;
        int n1 = coordinates;
        int d = dimension;
        double[] pts = new double[n * 2 * n1];
        System.arraycopy(xTrain, 0, pts, 0, xTrain.length);
        System.arraycopy(xVal, 0, pts, xTrain.length, xVal.length);
        double[] w = new double[n];
        double[] om = new double[2 * n];
        int[] patch = new int[n];
        int[] elim = new int[n];
        double[] metric = new double[n * 2 * d * d];
        int[] line = new int[n];
        PointGeometry g = new PointGeometry(x);
        double firstRatio = Double.NaN;
        for (int k = 0; k < n; k++) {
            if (!g.load(pts, k * 2 * n1) || !(g.residual() <= 1e-8)) {
                throw new IllegalArgumentException(source + ": point " + k + " is not a smooth point of " + x.name()
                        + " (|p|/|c| = " + g.residual() + ")");
            }
            double[] y = k < nt ? yTrain : yVal;
            int row = k < nt ? k : k - nt;
            double theirOmega2 = y[2 * row + 1];
            if (Math.abs(theirOmega2 / g.omegaAbs2() - 1) > 1e-6) {
                throw new IllegalArgumentException(source + ": |Omega|^2 of point " + k + " is " + theirOmega2
                        + " in the file but " + g.omegaAbs2() + " for " + x.name());
            }
            double ratio = y[2 * row] / g.weight();
            if (k == 0) {
                firstRatio = ratio;
            } else if (Math.abs(ratio / firstRatio - 1) > 1e-6) {
                throw new IllegalArgumentException(source + ": the weights in the file are not proportional to "
                        + "|Omega|^2/det g_FS (point " + k + ")");
            }
            w[k] = g.weight();
            om[2 * k] = g.omegaRe();
            om[2 * k + 1] = g.omegaIm();
            patch[k] = g.patch();
            elim[k] = g.eliminated();
            g.metric(metric, k * 2 * d * d);
            line[k] = k;
        }
        return new PointSample(x, pts, w, om, patch, elim, metric, line, Rejections.none());
    }

    @Override
    public String toString() {
        return "CymetricDataset[" + yTrain.length / 2 + " train + " + yVal.length / 2 + " val points]";
    }
}
