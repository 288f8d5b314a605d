package org.metricflow.bench.symbolic;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymjaNumeric;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The derivations of the benchmark, implemented minimally on {@link Sym} with {@link HandCurvature} and
 * {@link JetForms}: (a) R of diag(a,b,c)(x,y,z) without and with simplification ({@link #simplified}), (b) R of the 2D conformal metric
 * e^{2u}δ, (c) the Euler–Lagrange equations of Perelman's (R + |∇φ|²)e^{−φ}√g for the 2D conformal metric, end to end.
 *
 * <p>Merge hook: when the symbolic layer's geometry and variation API lands, {@link #defaults()} should build the
 * same derivations through it.
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
                        () -> new Sym[] {diagonal3d().scalar()}, SymbolicWorkloads::checkSphere3),
                new Workload("(a) R diag(a,b,c)(x,y,z), simplified", "3a R(diag(a,b,c)) simplify=final",
                        () -> new Sym[] {simplified(diagonal3d().scalar())}, SymbolicWorkloads::checkSphere3),
                new Workload("(b) R of e^(2u) delta (2D)", "3b R(e^(2u) delta) simplify=None",
                        () -> new Sym[] {conformal2d().scalar()}, SymbolicWorkloads::checkConformal),
                new Workload("(c) Perelman Euler-Lagrange, 2D conformal, end to end",
                        "3c end-to-end: R from scratch (simplified) + euler_equations + simplify",
                        SymbolicWorkloads::perelmanEulerLagrange, SymbolicWorkloads::checkPerelman));
    }

    private static final List<String> XYZ = List.of("x", "y", "z");
    private static final List<String> XY = List.of("x", "y");

    // Symja's user symbols belong to the engine of the thread that parsed them, and every timed run has its own
    // thread: jet forms are built per run, never shared in static fields.
    private static JetForms jets3d() {
        return new JetForms(new JetSpace(3, 2, List.of("a", "b", "c")), XYZ);
    }

    private static JetForms jets2d() {
        return new JetForms(new JetSpace(2, 2, List.of("u", "phi")), XY);
    }

    static HandCurvature diagonal3d() {
        Sym[][] g = new Sym[3][3];
        String[] f = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = i == j ? Sym.parse(f[i] + "(x,y,z)") : Sym.ZERO;
            }
        }
        return new HandCurvature(g, HandCurvature.diagonalInverse(g), coords(XYZ));
    }

    static HandCurvature conformal2d() {
        Sym e2u = Sym.parse("E^(2*u(x,y))");
        Sym[][] g = {{e2u, Sym.ZERO}, {Sym.ZERO, e2u}};
        return new HandCurvature(g, HandCurvature.diagonalInverse(g), coords(XY));
    }

    /**
     * Symja's Simplify after Expand: the same result size as Simplify alone (R of diag(a,b,c): 557 leaves either way,
     * from 1057; E_u, E_φ: 42 and 57 leaves from 199 and 132) in a third of the time (measured 140 vs 440 ms and 75
     * vs 190 ms of CPU).
     */
    static Sym simplified(Sym e) {
        return e.expand().simplify();
    }

    private static Sym[] coords(List<String> names) {
        return names.stream().map(Sym::symbol).toArray(Sym[]::new);
    }

    /** R from scratch (simplified), L = (R + g^{ij}φ_iφ_j)e^{−φ}√det g, E_u and E_φ, each {@link #simplified}. */
    static Sym[] perelmanEulerLagrange() {
        HandCurvature geometry = conformal2d();
        Sym r = simplified(geometry.scalar());
        JetForms jets = jets2d();
        Sym phi = jets.function("phi");
        Sym e2u = Sym.parse("E^(2*u(x,y))");
        Sym grad2 = phi.d(jets.coordinate(0)).pow(2).plus(phi.d(jets.coordinate(1)).pow(2)).divide(e2u);
        // √det g = √(e^{4u}) = e^{2u} for real u (SymPy gets this from real=True; Symja's Sqrt stays complex-safe)
        Sym sqrtDet = e2u;
        Sym density = r.plus(grad2).times(Sym.parse("E^(-phi(x,y))")).times(sqrtDet);
        return new Sym[] {simplified(jets.eulerLagrange(density, "u")), simplified(jets.eulerLagrange(density, "phi"))};
    }

    private static String checkSphere3(Sym[] result) {
        // unit S^3: a = 1, b = sin^2 x, c = sin^2 x sin^2 y has R = 6
        Sym r = jets3d().substituteFields(result[0], List.of(Sym.ONE, Sym.parse("Sin(x)^2"),
                Sym.parse("Sin(x)^2*Sin(y)^2")));
        double[] value = new double[1];
        new SymjaNumeric(List.of(r), Variables.of(XYZ)).evaluate(new double[] {0.7, 1.1, 0.3}, value);
        return verdict("R(S^3) = " + String.format("%.12f", value[0]), Math.abs(value[0] - 6) < 1e-9);
    }

    private static String checkConformal(Sym[] result) {
        Sym expected = Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),{x,2}) + D(u(x,y),{y,2}))");
        return verdict("R + 2e^(-2u) Lap u = 0", result[0].minus(expected).simplify().isZero());
    }

    private static String checkPerelman(Sym[] result) {
        Sym eu = Sym.parse("-2*D(E^(-phi(x,y)),{x,2}) - 2*D(E^(-phi(x,y)),{y,2})");
        Sym ephi = Sym.parse("E^(-phi(x,y))*(2*(D(u(x,y),{x,2}) + D(u(x,y),{y,2})) + D(phi(x,y),x)^2"
                + " + D(phi(x,y),y)^2 - 2*(D(phi(x,y),{x,2}) + D(phi(x,y),{y,2})))");
        boolean ok = result[0].minus(eu).simplify().isZero() && result[1].minus(ephi).simplify().isZero();
        return verdict("E_u, E_phi = hand-derived", ok);
    }

    private static String verdict(String what, boolean ok) {
        return what + (ok ? " ok" : " FAILED");
    }
}
