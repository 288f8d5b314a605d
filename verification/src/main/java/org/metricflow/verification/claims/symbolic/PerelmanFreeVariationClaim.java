package org.metricflow.verification.claims.symbolic;

import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;

/**
 * The Euler–Lagrange metric gradient of F = ∫(R + |∇φ|²)e^{−φ}dV on a general 2D metric equals Perelman's formula
 * E^{ij} = e^{−φ}√g[−(R^{ij} + ∇^i∇^jφ) + ½g^{ij}(2Δφ − |∇φ|² + R)] and δF/δφ = −e^{−φ}√g(2Δφ − |∇φ|² + R)
 * (Perelman 2002, §1.1) — derived by the variation machinery, compared with the curvature formula component by component.
 */
final class PerelmanFreeVariationClaim implements Claim {

    @Override
    public String id() {
        return "symbolic.perelman-free-variation";
    }

    @Override
    public String equation() {
        return "eq. (2.41)";
    }

    @Override
    public String statement() {
        return "Euler-Lagrange variation of Perelman's F (general 2D metric + dilaton) equals Perelman's formula for "
                + "dF/dg_ij and dF/dphi (exact identity at random rational points)";
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Perelman.general(2);
        RiemannianGeometry g = p.geometry();
        Sym phi = p.dilaton();
        Sym mu = p.measureDensity();
        Sym bracket = g.laplacian(phi).times(Sym.of(2)).minus(g.gradientNormSquared(phi)).plus(g.scalar());
        SymmetricMatrix ricUp = g.raise(g.ricci());
        SymmetricMatrix hessUp = g.raise(g.hessian(phi));
        int wrong = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                Sym expected = mu.times(ricUp.get(i, j).plus(hessUp.get(i, j)).negate()
                        .plus(g.inverse().get(i, j).times(bracket).times(Sym.rational(1, 2))));
                wrong += Identities.mismatch(p.metricGradient().get(i, j), expected, mu, budget.seed() + i + j);
            }
        }
        wrong += Identities.mismatch(p.dilatonGradient(), mu.times(bracket).negate(), mu, budget.seed());
        return CheckResult.compare("number of components that differ (of 4)", wrong, 0, 0,
                "E^11, E^12, E^22 and dF/dphi; g_ij and g_ji varied together, result halved");
    }
}
