package org.metricflow.symbolic.variation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;

/**
 * The symbol of a flow linearised about a background: for ∂_t f_A = V_A[f] and a background f⁰ (a fixed point, e.g.
 * the flat metric), insert f_B = f⁰_B + ε a_B e^{i k·x} and read off
 * d/dε V_A |_{ε=0} = Σ_B M_AB(k) a_B e^{i k·x}. For constant-coefficient linearisations M(k) is a matrix of
 * polynomials in the wave vector k; the flow is linearly stable at k when every eigenvalue of M(k) has real part
 * ≤ 0 (zero modes are gauge directions or conserved quantities).
 */
public final class LinearisedSymbol {

    private final List<Sym> waveVector;
    private final Sym[][] matrix;

    private LinearisedSymbol(List<Sym> waveVector, Sym[][] matrix) {
        this.waveVector = waveVector;
        this.matrix = matrix;
    }

    /**
     * Linearises {@code velocities} (function form on {@code chart}, one per field of {@code fields}) about
     * {@code background}.
     *
     * @param realCoordinates the torus coordinates x^j as expressions in the chart coordinates (the chart
     *                        coordinates themselves for a real chart; see {@link PeriodicQuadrature#realCoordinate})
     * @param background      explicit background value of every field (constants or functions of the coordinates)
     */
    public static LinearisedSymbol of(Chart chart, List<Sym> realCoordinates, List<String> fields,
                                      List<Sym> velocities, Map<String, Sym> background) {
        if (velocities.size() != fields.size()) {
            throw new IllegalArgumentException(fields.size() + " fields but " + velocities.size() + " velocities");
        }
        for (String f : fields) {
            if (!background.containsKey(f)) {
                throw new IllegalArgumentException("no background value for field '" + f + "'");
            }
        }
        List<Sym> k = new ArrayList<>();
        List<Sym> phaseTerms = new ArrayList<>();
        for (int j = 0; j < realCoordinates.size(); j++) {
            k.add(Sym.symbol("k" + (j + 1)));
            phaseTerms.add(k.get(j).times(realCoordinates.get(j)));
        }
        Sym wave = Sym.parse("I").times(Sym.sum(phaseTerms)).exp();
        Sym eps = Sym.symbol("linEpsilon");
        List<Sym> amplitudes = new ArrayList<>();
        Map<String, Sym> perturbed = new HashMap<>();
        for (String f : fields) {
            Sym a = Sym.symbol("linAmp" + f);
            amplitudes.add(a);
            perturbed.put(f, background.get(f).plus(eps.times(a).times(wave)));
        }
        Sym[][] m = new Sym[fields.size()][fields.size()];
        for (int r = 0; r < fields.size(); r++) {
            Sym v = JetVariables.substituteFields(velocities.get(r), chart.coordinates(), perturbed);
            Sym lin = v.d(eps).replace(eps, Sym.ZERO).divide(wave);
            lin = Simplification.RATIONAL.apply(lin);
            for (int c = 0; c < fields.size(); c++) {
                m[r][c] = Simplification.RATIONAL.apply(lin.d(amplitudes.get(c)));
            }
        }
        return new LinearisedSymbol(k, m);
    }

    /** M_AB(k). */
    public Sym entry(int a, int b) {
        return matrix[a][b];
    }

    public int size() {
        return matrix.length;
    }

    /** The eigenvalues of M(k) at a numeric wave vector. */
    public Complex[] eigenvalues(double... k) {
        if (k.length != waveVector.size()) {
            throw new IllegalArgumentException("wave vector needs " + waveVector.size() + " components, got "
                    + k.length);
        }
        int n = size();
        Complex[] args = new Complex[k.length];
        for (int j = 0; j < k.length; j++) {
            args[j] = new Complex(k[j]);
        }
        // M = A + iB is represented by the real matrix [[A, −B], [B, A]], whose eigenvalues are those of M and of
        // its conjugate: the same real parts.
        RealMatrix real = MatrixUtils.createRealMatrix(2 * n, 2 * n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Complex v = NumericFunction.of(matrix[r][c], waveVector).value(args);
                real.setEntry(r, c, v.getReal());
                real.setEntry(n + r, n + c, v.getReal());
                real.setEntry(r, n + c, -v.getImaginary());
                real.setEntry(n + r, c, v.getImaginary());
            }
        }
        return new EigenDecompositionNonSymmetric(real).getEigenvalues();
    }

    /** The largest real part of the eigenvalues of M(k): the linear growth rate of the mode e^{i k·x}. */
    public double growthRate(double... k) {
        double max = Double.NEGATIVE_INFINITY;
        for (Complex c : eigenvalues(k)) {
            max = Math.max(max, c.getReal());
        }
        return max;
    }
}
