package org.metricflow.symbolic.geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

/**
 * Checks that a metric typed by a user can be a Riemannian metric before anything is derived from it: its
 * determinant does not vanish identically (decided by exact evaluation at random rational points, {@link ZeroTest}),
 * and it is positive definite somewhere in the box (0.1, 1)^k of its symbols (tested at {@value #POINTS} random
 * points; metrics with fields such as u(x,y) cannot be evaluated and are not tested). A fixed seed makes the verdict
 * reproducible.
 */
public final class MetricChecks {

    /** Random points at which positive definiteness is tested. */
    public static final int POINTS = 8;

    private MetricChecks() {
    }

    /**
     * Rejects a determinant that vanishes identically.
     *
     * @param what names the metric in the message, e.g. "--metric"
     * @throws IllegalArgumentException when det ≡ 0
     */
    public static void requireNondegenerate(Sym determinant, String what) {
        if (determinant.isZero() || ZeroTest.vanishes(determinant, new Well19937c(20240101), 3)) {
            throw new IllegalArgumentException(what + " is degenerate: its determinant vanishes identically (det g = "
                    + determinant.toInputForm() + ")");
        }
    }

    /**
     * Rejects a symmetric matrix that is positive definite at none of {@value #POINTS} random points of (0.1, 1)^k
     * (k = number of {@code symbols}); does nothing when the components do not evaluate to numbers.
     *
     * @throws IllegalArgumentException naming one point and the smallest eigenvalue there
     */
    public static void requirePositiveDefiniteSomewhere(SymmetricMatrix g, List<String> symbols, String what) {
        RandomGenerator rng = new Well19937c(20240102);
        int n = g.dimension();
        String firstPoint = null;
        for (int p = 0; p < POINTS; p++) {
            Map<Sym, Sym> values = new HashMap<>();
            StringJoiner at = new StringJoiner(", ");
            for (String s : symbols) {
                long q = 1000;
                long num = 100 + rng.nextInt(900);
                values.put(Sym.symbol(s), Sym.rational(num, q));
                at.add(s + "=" + String.format(Locale.ROOT, "%.3f", num / (double) q));
            }
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    Sym v = g.get(i, j).substitute(values);
                    double x = v.symbolNames().isEmpty() ? numeric(v) : Double.NaN;
                    if (!Double.isFinite(x)) {
                        return; // fields or unknown functions: not decidable here
                    }
                    m[i][j] = m[j][i] = x;
                }
            }
            String defect = defect(m);
            if (defect == null) {
                return;
            }
            if (firstPoint == null) {
                firstPoint = at + ": " + defect;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is not positive definite at any of %d "
                + "random points in (0.1, 1)^%d (at %s): not a Riemannian metric", what, POINTS, symbols.size(),
                firstPoint));
    }

    /**
     * Null for a positive definite matrix, else what is wrong: a diagonal entry ≤ 0, or the smallest eigenvalue of
     * the matrix scaled to unit diagonal (D^−½ m D^−½, so entries of very different sizes do not lose the small ones).
     */
    private static String defect(double[][] m) {
        int n = m.length;
        for (int i = 0; i < n; i++) {
            if (!(m[i][i] > 0)) {
                return String.format(Locale.ROOT, "g_%d%d = %.4g", i + 1, i + 1, m[i][i]);
            }
        }
        double[][] scaled = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scaled[i][j] = m[i][j] / (Math.sqrt(m[i][i]) * Math.sqrt(m[j][j]));
            }
        }
        double min = Double.POSITIVE_INFINITY;
        for (double e : new EigenDecompositionSymmetric(new Array2DRowRealMatrix(scaled, false)).getEigenvalues()) {
            min = Math.min(min, e);
        }
        return min > 0 ? null : String.format(Locale.ROOT, "the unit-diagonal scaled metric has eigenvalue %.4g", min);
    }

    private static double numeric(Sym constant) {
        try {
            return constant.toDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
