package org.metricflow.symbolic.variation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.complex.Complex;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;

/**
 * Integrals of local expressions over the flat torus [0, 2π)^d by the periodic trapezoid rule (exponentially
 * accurate for smooth periodic integrands), with the fields given as explicit periodic functions. This is the
 * numerical side of the checks: F[f + ε h] by quadrature, d/dε by Richardson-extrapolated central differences,
 * compared with ∫ (δF/δf) h.
 *
 * <p>With {@link Embedding#REAL} the chart coordinates are the torus coordinates. With {@link Embedding#COMPLEX}
 * the chart is a complexified Kähler chart (z^1…z^n, z̄^1…z̄^n) on the torus T^{2n} with z^a = x^a + i y^a,
 * z̄^a = x^a − i y^a; the fields are written in z, z̄ (use {@link #realCoordinate(int)}), jets are complex, and the
 * integral is the real part of ∫ … d^{2n}x (the imaginary part is rounding).
 */
public final class PeriodicQuadrature {

    /** How chart coordinates sit on the torus. */
    public enum Embedding {
        /** Chart coordinate i is torus coordinate i. */
        REAL,
        /** Chart (z, z̄) of complex dimension n on T^{2n}: z^a = x^a + i y^a. */
        COMPLEX
    }

    private final Chart chart;
    private final Embedding embedding;
    private final int points;
    private final int dimension;
    private final int total;

    /**
     * @param chart              the chart (2n coordinates for {@link Embedding#COMPLEX})
     * @param embedding          how the chart sits on the torus
     * @param pointsPerDimension grid points per torus dimension, 4 … 256
     */
    public PeriodicQuadrature(Chart chart, Embedding embedding, int pointsPerDimension) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.embedding = Objects.requireNonNull(embedding, "embedding");
        if (pointsPerDimension < 4 || pointsPerDimension > 256) {
            throw new IllegalArgumentException("pointsPerDimension must be in 4..256, got " + pointsPerDimension);
        }
        if (embedding == Embedding.COMPLEX && chart.dimension() % 2 != 0) {
            throw new IllegalArgumentException("a complexified chart has an even number of coordinates, got "
                    + chart.coordinates());
        }
        this.points = pointsPerDimension;
        this.dimension = chart.dimension();
        this.total = (int) Math.pow(points, dimension);
    }

    /**
     * The k-th torus coordinate as an expression in the chart coordinates: the coordinate itself for
     * {@link Embedding#REAL}; x^a = (z^a + z̄^a)/2 for k = a &lt; n and y^a = (z^a − z̄^a)/(2i) for k = n + a.
     */
    public Sym realCoordinate(int k) {
        if (embedding == Embedding.REAL) {
            return chart.coordinate(k);
        }
        int n = dimension / 2;
        int a = k % n;
        Sym z = chart.coordinate(a);
        Sym zb = chart.coordinate(n + a);
        return k < n ? z.plus(zb).times(Sym.rational(1, 2)) : z.minus(zb).divide(Sym.parse("2*I"));
    }

    /** ∫ e(jets of {@code fields}) d^d x over the torus. */
    public double integrate(JetExpression e, Map<String, Sym> fields) {
        return integrate(e, fields, Map.of(), 0);
    }

    /** ∫ e(jets of fields + ε·direction) d^d x; fields missing from {@code direction} are not varied. */
    public double integrate(JetExpression e, Map<String, Sym> fields, Map<String, Sym> direction, double epsilon) {
        Sampled base = sample(e, fields);
        Sampled dir = sample(e, direction);
        NumericFunction f = e.numeric(chart);
        int vars = e.variables().size();
        double weight = Math.pow(2 * Math.PI / points, dimension);
        double sum = 0;
        if (embedding == Embedding.REAL) {
            double[] args = new double[dimension + vars];
            for (int p = 0; p < total; p++) {
                double[] x = point(p);
                System.arraycopy(x, 0, args, 0, dimension);
                for (int v = 0; v < vars; v++) {
                    args[dimension + v] = base.real[v][p] + epsilon * dir.real[v][p];
                }
                sum += f.value(args);
            }
        } else {
            Complex[] args = new Complex[dimension + vars];
            for (int p = 0; p < total; p++) {
                Complex[] z = complexPoint(p);
                System.arraycopy(z, 0, args, 0, dimension);
                for (int v = 0; v < vars; v++) {
                    args[dimension + v] = base.complex[v][p].add(dir.complex[v][p].multiply(epsilon));
                }
                sum += f.value(args).getReal();
            }
        }
        return sum * weight;
    }

    /**
     * d/dε ∫ e(fields + ε·direction) at ε = 0, by the fourth-order central difference with step {@code h}
     * (error O(h⁴) + O(rounding/h)).
     */
    public double derivativeAlong(JetExpression e, Map<String, Sym> fields, Map<String, Sym> direction, double h) {
        double f1 = integrate(e, fields, direction, h) - integrate(e, fields, direction, -h);
        double f2 = integrate(e, fields, direction, 2 * h) - integrate(e, fields, direction, -2 * h);
        return (8 * f1 - f2) / (12 * h);
    }

    /** Jet values of the explicit fields at every grid point, for the variables of {@code e}. */
    private Sampled sample(JetExpression e, Map<String, Sym> explicit) {
        List<String> vars = e.variables();
        Sampled s = new Sampled(vars.size(), total, embedding == Embedding.COMPLEX);
        List<Sym> coords = chart.coordinates();
        for (int v = 0; v < vars.size(); v++) {
            String field = vars.get(v).contains("_d") ? vars.get(v).substring(0, vars.get(v).indexOf("_d"))
                    : vars.get(v);
            if (!explicit.containsKey(field)) {
                continue; // not given: zero (e.g. a field not varied)
            }
            Sym value = JetVariables.substituteFields(JetVariables.toFunctions(JetExpression.symbolOf(vars.get(v)),
                    coords, List.of(field)), coords, Map.of(field, explicit.get(field)));
            NumericFunction nf = NumericFunction.of(value, coords);
            for (int p = 0; p < total; p++) {
                if (s.real != null) {
                    s.real[v][p] = nf.value(point(p));
                } else {
                    s.complex[v][p] = nf.value(complexPoint(p));
                }
            }
        }
        return s;
    }

    /** Values per (variable, point); zero where a field is not given. */
    private static final class Sampled {
        final double[][] real;
        final Complex[][] complex;

        Sampled(int vars, int total, boolean isComplex) {
            if (isComplex) {
                real = null;
                complex = new Complex[vars][total];
                for (Complex[] row : complex) {
                    java.util.Arrays.fill(row, Complex.ZERO);
                }
            } else {
                real = new double[vars][total];
                complex = null;
            }
        }
    }

    private double[] point(int p) {
        double[] x = new double[dimension];
        int rest = p;
        for (int k = 0; k < dimension; k++) {
            x[k] = 2 * Math.PI * (rest % points) / points;
            rest /= points;
        }
        return x;
    }

    private Complex[] complexPoint(int p) {
        double[] t = point(p);
        int n = dimension / 2;
        Complex[] z = new Complex[dimension];
        for (int a = 0; a < n; a++) {
            z[a] = new Complex(t[a], t[n + a]);
            z[n + a] = new Complex(t[a], -t[n + a]);
        }
        return z;
    }
}
