package org.metricflow.numeric.manifold;

/**
 * Fubini–Study geodesic distance on P^n, paper eq. (3.2): d(z, z') = arccos(|⟨z, z'⟩| / (|z||z'|)) ∈ [0, π/2],
 * for the metric whose Kähler potential is ln|z|² (so the distance along a line has range π/2).
 *
 * <p>Computed stably for nearly identical points: with unit vectors u = z/|z| and v = z'/|z'| phase-aligned so that
 * ⟨u, v⟩ is real and non-negative, |u − v| = 2 sin(d/2), hence d = 2 asin(|u − v|/2). Unlike arccos of a number
 * near one (the paper's eq. (3.4) problem, an error of √ε), this has relative error O(machine epsilon) as d → 0,
 * so no threshold is needed. Points use the layout of {@link org.metricflow.numeric.manifold} (real parts, then
 * imaginary parts).
 */
public final class FubiniStudy {

    private FubiniStudy() {
    }

    /**
     * FS distance between the points stored at {@code a[aOff ..]} and {@code b[bOff ..]}, each 2·{@code n1} doubles
     * (n1 = n + 1 homogeneous coordinates). Neither needs to be normalised; both must be non-zero.
     */
    public static double distance(double[] a, int aOff, double[] b, int bOff, int n1) {
        double na = 0;
        double nb = 0;
        double re = 0; // ⟨a, b⟩ = Σ conj(a_i) b_i
        double im = 0;
        for (int i = 0; i < n1; i++) {
            double ar = a[aOff + i];
            double ai = a[aOff + n1 + i];
            double br = b[bOff + i];
            double bi = b[bOff + n1 + i];
            na += ar * ar + ai * ai;
            nb += br * br + bi * bi;
            re += ar * br + ai * bi;
            im += ar * bi - ai * br;
        }
        double abs = Math.hypot(re, im);
        if (!(na > 0) || !(nb > 0)) {
            throw new IllegalArgumentException("a point of projective space cannot be zero (|z|^2 = "
                    + Math.min(na, nb) + ")");
        }
        double sa = 1 / Math.sqrt(na);
        double sb = 1 / Math.sqrt(nb);
        // phase e^{-i arg⟨a,b⟩} applied to b makes ⟨u, v⟩ = |⟨a,b⟩|/(|a||b|) real and non-negative
        double pr = abs > 0 ? re / abs : 1;
        double pi = abs > 0 ? -im / abs : 0;
        double chord2 = 0;
        for (int i = 0; i < n1; i++) {
            double ur = a[aOff + i] * sa;
            double ui = a[aOff + n1 + i] * sa;
            double br = b[bOff + i] * sb;
            double bi = b[bOff + n1 + i] * sb;
            double vr = br * pr - bi * pi;
            double vi = br * pi + bi * pr;
            double dr = ur - vr;
            double di = ui - vi;
            chord2 += dr * dr + di * di;
        }
        return 2 * Math.asin(Math.min(1.0, 0.5 * Math.sqrt(chord2)));
    }

    /**
     * The paper's thresholded distance (§3.1, after eq. 3.4): {@link #distance} set to zero when it falls below
     * {@code threshold} (≥ 0). With this stable formula a threshold is not needed for accuracy; it remains available
     * to reproduce the paper's kernel, which it changes for pairs closer than the threshold.
     */
    public static double distance(double[] a, int aOff, double[] b, int bOff, int n1, double threshold) {
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("distance threshold must be >= 0, got " + threshold);
        }
        double d = distance(a, aOff, b, bOff, n1);
        return d < threshold ? 0 : d;
    }
}
