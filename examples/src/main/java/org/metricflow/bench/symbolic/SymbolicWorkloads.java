package org.metricflow.bench.symbolic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymjaNumeric;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.cas.ZeroTest;
import org.metricflow.symbolic.functionals.ReferenceDerivations;
import org.metricflow.symbolic.geometry.Chart;

/**
 * The derivations of the benchmark, as the symbolic layer performs them ({@link ReferenceDerivations}, each
 * from scratch): (a) R of diag(a,b,c)(x,y,z) without simplification and with the default rational normal form, (b) R
 * of the 2D conformal metric e^{2u}δ, (c) the Euler–Lagrange equations of Perelman's (R + |∇φ|²)e^{−φ}√g for the 2D
 * conformal metric, end to end. Each result is checked against an independent hand-derived reference (not timed).
 */
public final class SymbolicWorkloads {

    private SymbolicWorkloads() {
    }

    /** A workload from its parts. */
    public record Workload(String name, String peerLabel, Supplier<Sym[]> body, Function<Sym[], String> checker)
            implements SymbolicWorkload {

        @Override
        public Sym[] run() {
            return body.get();
        }

        @Override
        public String check(Sym[] result) {
            return checker.apply(result);
        }
    }

    /** (a) without simplification, (a) with, (b), (c). */
    public static List<SymbolicWorkload> defaults() {
        return List.of(
                new Workload("(a) R diag(a,b,c)(x,y,z), no simplification", "3a R(diag(a,b,c)) simplify=None",
                        () -> new Sym[] {ReferenceDerivations.diagonalScalarCurvature3d(Simplification.NONE)},
                        SymbolicWorkloads::checkSphere3),
                new Workload("(a) R diag(a,b,c)(x,y,z), rational normal form", "3a R(diag(a,b,c)) simplify=final",
                        () -> new Sym[] {ReferenceDerivations.diagonalScalarCurvature3d(Simplification.RATIONAL)},
                        SymbolicWorkloads::checkSphere3),
                new Workload("(b) R of e^(2u) delta (2D)", "3b R(e^(2u) delta) simplify=None",
                        () -> new Sym[] {ReferenceDerivations.conformalScalarCurvature2d(Simplification.NONE)},
                        SymbolicWorkloads::checkConformal),
                new Workload("(c) Perelman Euler-Lagrange, 2D conformal, end to end",
                        "3c end-to-end: R from scratch (simplified) + euler_equations + simplify",
                        SymbolicWorkloads::perelmanEulerLagrange, SymbolicWorkloads::checkPerelman));
    }

    private static Sym[] perelmanEulerLagrange() {
        Map<String, Sym> el = ReferenceDerivations.perelmanEulerLagrangeConformal2d(Simplification.RATIONAL);
        return new Sym[] {el.get("u"), el.get("phi")};
    }

    private static String checkSphere3(Sym[] result) {
        // unit S^3: a = 1, b = sin^2 x, c = sin^2 x sin^2 y has R = 6
        Sym r = JetVariables.substituteFields(result[0], Chart.of("x", "y", "z").coordinates(), Map.of("a", Sym.ONE, "b", Sym.parse("Sin(x)^2"),
                "c", Sym.parse("Sin(x)^2*Sin(y)^2")));
        double[] value = new double[1];
        new SymjaNumeric(List.of(r), Variables.of(List.of("x", "y", "z"))).evaluate(new double[] {0.7, 1.1, 0.3},
                value);
        return verdict("R(S^3) = " + String.format(Locale.ROOT, "%.12f", value[0]), Math.abs(value[0] - 6) < 1e-9);
    }

    private static String checkConformal(Sym[] result) {
        Sym expected = Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),{x,2}) + D(u(x,y),{y,2}))");
        return verdict("R + 2e^(-2u) Lap u = 0", vanishes(result[0].minus(expected)));
    }

    private static String checkPerelman(Sym[] result) {
        Sym eu = Sym.parse("-2*D(E^(-phi(x,y)),{x,2}) - 2*D(E^(-phi(x,y)),{y,2})");
        Sym ephi = Sym.parse("E^(-phi(x,y))*(2*(D(u(x,y),{x,2}) + D(u(x,y),{y,2})) + D(phi(x,y),x)^2"
                + " + D(phi(x,y),y)^2 - 2*(D(phi(x,y),{x,2}) + D(phi(x,y),{y,2})))");
        return verdict("E_u, E_phi = hand-derived", vanishes(result[0].minus(eu)) && vanishes(result[1].minus(ephi)));
    }

    private static boolean vanishes(Sym e) {
        return ZeroTest.vanishes(e, new Well19937c(11), 2);
    }

    private static String verdict(String what, boolean ok) {
        return what + (ok ? " ok" : " FAILED");
    }
}
