package org.metricflow.numeric.manifold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.complex.Complex;

/**
 * A homogeneous polynomial p(z_0, …, z_n) = Σ_m c_m Π_i z_i^{e_{m,i}} with complex coefficients, immutable.
 *
 * <p>Terms with equal exponents are combined and zero coefficients dropped; what remains must be non-empty
 * (the zero polynomial defines no hypersurface) and every term must have the same total degree ≥ 1.
 * Evaluation goes through a per-thread {@link PolynomialEvaluator}.
 */
public final class HomogeneousPolynomial {

    private final int coordinates;
    private final int degree;
    private final int[][] exponents;
    private final double[] re;
    private final double[] im;

    private HomogeneousPolynomial(int coordinates, int degree, int[][] exponents, double[] re, double[] im) {
        this.coordinates = coordinates;
        this.degree = degree;
        this.exponents = exponents;
        this.re = re;
        this.im = im;
    }

    /**
     * The polynomial Σ_m coefficients[m] · Π_i z_i^{exponents[m][i]}.
     *
     * @param coordinates number n+1 of homogeneous coordinates (≥ 1)
     * @param exponents   one row of {@code coordinates} non-negative exponents per term
     * @param coefficients one complex coefficient per term
     * @throws IllegalArgumentException for mismatched lengths, negative exponents, non-finite coefficients, terms of
     *                                  different degree, degree ≤ 0, or the zero polynomial
     */
    public static HomogeneousPolynomial of(int coordinates, int[][] exponents, Complex[] coefficients) {
        if (coordinates < 1) {
            throw new IllegalArgumentException("number of coordinates must be >= 1, got " + coordinates);
        }
        Objects.requireNonNull(exponents, "exponents");
        Objects.requireNonNull(coefficients, "coefficients");
        if (exponents.length != coefficients.length) {
            throw new IllegalArgumentException("got " + exponents.length + " monomials but " + coefficients.length
                    + " coefficients");
        }
        Map<List<Integer>, double[]> combined = new LinkedHashMap<>();
        for (int m = 0; m < exponents.length; m++) {
            int[] e = exponents[m];
            if (e == null || e.length != coordinates) {
                throw new IllegalArgumentException("monomial " + m + " has " + (e == null ? 0 : e.length)
                        + " exponents; the polynomial has " + coordinates + " coordinates");
            }
            Complex c = coefficients[m];
            if (c == null || !Double.isFinite(c.getReal()) || !Double.isFinite(c.getImaginary())) {
                throw new IllegalArgumentException("coefficient " + m + " must be a finite complex number, got " + c);
            }
            List<Integer> key = new ArrayList<>(coordinates);
            for (int i = 0; i < coordinates; i++) {
                if (e[i] < 0) {
                    throw new IllegalArgumentException("monomial " + m + " has a negative exponent " + e[i]
                            + " of z" + i);
                }
                key.add(e[i]);
            }
            double[] acc = combined.computeIfAbsent(key, k -> new double[2]);
            acc[0] += c.getReal();
            acc[1] += c.getImaginary();
        }
        combined.values().removeIf(c -> c[0] == 0 && c[1] == 0);
        if (combined.isEmpty()) {
            throw new IllegalArgumentException("the zero polynomial defines no hypersurface");
        }
        int size = combined.size();
        int[][] ex = new int[size][];
        double[] cr = new double[size];
        double[] ci = new double[size];
        int degree = -1;
        int m = 0;
        for (Map.Entry<List<Integer>, double[]> en : combined.entrySet()) {
            ex[m] = en.getKey().stream().mapToInt(Integer::intValue).toArray();
            int deg = Arrays.stream(ex[m]).sum();
            if (degree < 0) {
                degree = deg;
            } else if (deg != degree) {
                throw new IllegalArgumentException("the polynomial is not homogeneous: a term of degree " + degree
                        + " and a term of degree " + deg + " (" + monomialText(ex[m]) + ")");
            }
            cr[m] = en.getValue()[0];
            ci[m] = en.getValue()[1];
            m++;
        }
        if (degree <= 0) {
            throw new IllegalArgumentException("the polynomial must have degree >= 1, got degree " + degree);
        }
        return new HomogeneousPolynomial(coordinates, degree, ex, cr, ci);
    }

    /**
     * Parses text such as {@code "z0^5 + z1^5 + z2^5 + z3^5 + z4^5 - 5*psi*z0*z1*z2*z3*z4"}; see
     * {@link PolynomialParser} for the grammar.
     *
     * @param coordinates number of homogeneous coordinates, or 0 to take the largest index used plus one
     * @param parameters  values of named parameters (e.g. {@code psi}); may be empty
     */
    public static HomogeneousPolynomial parse(String text, int coordinates, Map<String, Complex> parameters) {
        return PolynomialParser.parse(text, coordinates, parameters);
    }

    /** A complex constant written in the polynomial grammar, e.g. {@code 0.5-0.2*i} or {@code (1+i)/2}. */
    public static Complex parseConstant(String text, Map<String, Complex> parameters) {
        return PolynomialParser.parseConstant(text, parameters);
    }

    /** Number n+1 of homogeneous coordinates. */
    public int coordinates() {
        return coordinates;
    }

    /** Total degree of every term. */
    public int degree() {
        return degree;
    }

    /** Number of (combined, non-zero) terms. */
    public int terms() {
        return exponents.length;
    }

    /** Exponents of term {@code m} (a copy). */
    public int[] exponents(int m) {
        return exponents[m].clone();
    }

    /** Coefficient of term {@code m}. */
    public Complex coefficient(int m) {
        return new Complex(re[m], im[m]);
    }

    /** A new evaluator (workspace for one thread). */
    public PolynomialEvaluator evaluator() {
        return new PolynomialEvaluator(coordinates, degree, exponents, re, im);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < exponents.length; m++) {
            if (m > 0) {
                sb.append(" + ");
            }
            sb.append('(').append(re[m]);
            sb.append(im[m] < 0 ? "-" : "+").append(Math.abs(im[m])).append("*i)");
            sb.append('*').append(monomialText(exponents[m]));
        }
        return sb.toString();
    }

    private static String monomialText(int[] e) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < e.length; i++) {
            if (e[i] == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append('z').append(i);
            if (e[i] > 1) {
                sb.append('^').append(e[i]);
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }
}
