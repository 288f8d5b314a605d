package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** δF/δg_ij and δF/δφ of Perelman's F: Euler–Lagrange vs Perelman's formula vs finite differences. */
final class PerelmanFirstVariation extends SymbolicClaim {

    PerelmanFirstVariation() {
        super("perelman-first-variation", "(2.41)", "The Euler-Lagrange derivatives of F = Int (R + |grad phi|^2)"
                + " e^{-phi} dV equal Perelman's first-variation formula (exact random-point test) and the finite-"
                + "difference derivative of F on a curved test metric on T^2 (periodic quadrature).");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the trace term g^ij (2 Lap phi - |grad phi|^2 + R)/2 dropped from Perelman's first-variation formula");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        RiemannianGeometry g = p.geometry();
        Sym phi = p.dilaton();
        Sym mu = p.measureDensity();
        Sym bracket = g.laplacian(phi).times(2).minus(g.gradientNormSquared(phi)).plus(g.scalar());
        SymmetricMatrix ricUp = g.raise(g.ricci());
        SymmetricMatrix hessUp = g.raise(g.hessian(phi));
        boolean formula = Fixtures.identical(p.dilatonGradient().divide(mu), bracket.negate(), budget);
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                Sym trace = g.inverse().get(i, j).times(bracket).times(Sym.rational(1, 2));
                Sym expected = ricUp.get(i, j).plus(hessUp.get(i, j)).negate()
                        .plus(budget.planted(trace, Sym.ZERO));
                formula &= Fixtures.identical(p.metricGradient().get(i, j).divide(mu), expected, budget);
            }
        }
        PeriodicQuadrature q = Fixtures.torus2d(budget);
        Map<String, Sym> fields = Fixtures.perelmanFields();
        Map<String, Sym> dir = Fixtures.perelmanDirection();
        double fd = q.derivativeAlong(p.functional().integrandJet(), fields, dir, 1e-3);
        double pairing = 0;
        for (String f : p.fields()) {
            Sym el;
            if (f.equals(Perelman.DILATON)) {
                el = p.dilatonGradient();
            } else {
                int i = f.charAt(1) - '1';
                int j = f.charAt(2) - '1';
                el = p.metricGradient().get(i, j).times(i == j ? 1 : 2);
            }
            pairing += Fixtures.pairing(q, el, p.chart(), p.fields(), dir.get(f), fields);
        }
        double rel = Fixtures.relative(fd, pairing);
        return CheckResult.compare("relative difference of dF/de (finite differences) and Int (dF/df) h",
                formula ? rel : Double.NaN, 0, 1e-6, String.format(Locale.ROOT, "dF/de = %.12g (4th-order central "
                        + "difference, h = 1e-3), Int E h = %.12g, grid %d^2; Perelman's formula %s", fd, pairing,
                        budget.scale(16, 24), formula ? "matches exactly" : "DOES NOT match"));
    }
}
