package org.metricflow.verification.claims.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.JetExpression;
import org.metricflow.symbolic.variation.PeriodicQuadrature;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** Eq. (2.40): dg_ij/dt = δF/δg_ij = −2(R_ij + ∇_i∇_jφ) — factor, index position and constraint. */
final class PerelmanGradientFlow extends SymbolicClaim {

    static final String CORRECTED = "dg_ij/dt = 2 g_ik g_jl (dF/dg_kl)|_{e^{-phi}dV fixed} / (e^{-phi} sqrt g) = "
            + "-2(R_ij + D_i D_j phi): gradient ascent of F for <a,b> = 1/2 Int a_ij b_kl g^ik g^jl e^{-phi} dV with "
            + "dphi/dt = -Laplacian phi - R; the free derivative dF/dg_ij = e^{-phi} sqrt g [-(R^ij + D^i D^j phi) "
            + "+ g^ij (2 Laplacian phi - |grad phi|^2 + R)/2] has upper indices and is not -2(R_ij + D_i D_j phi)";

    PerelmanGradientFlow() {
        super("perelman-gradient-flow", "(2.40)", "dg_ij/dt = dF/dg_ij = -2(R_ij + D_i D_j phi): the Euler-Lagrange"
                + " route (constrained gradient, indices lowered, density removed, factor 2) is compared with the "
                + "curvature route exactly, and dF/dt along the flow with 2 Int |Ric + DD phi|^2 e^{-phi} dV by "
                + "finite differences on T^2; the literal dF/dg_ij is compared pointwise.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the literal dF/dg_ij (upper indices, density, no factor 2) run as the flow direction");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        SymmetricMatrix curvature = p.curvatureFlowVelocity();
        boolean routesAgree = true;
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                routesAgree &= Fixtures.identical(p.flowVelocity().get(i, j), curvature.get(i, j), budget);
            }
        }
        Map<String, Sym> fields = Fixtures.perelmanFields();
        double literal = Fixtures.maxDifference(p.metricGradient(), curvature, p.chart(), fields, 0.3, 0.7);
        double scale = Math.abs(Fixtures.valueAt(curvature.get(0, 0), p.chart(), fields, 0.3, 0.7));
        // monotonicity: dF/de along (v, v_phi) equals (1/2) Int v_ij v^ij e^{-phi} dV
        List<Sym> coords = p.chart().coordinates();
        SymmetricMatrix flow = budget.planted(curvature, p.metricGradient());
        Map<String, Sym> dir = new HashMap<>();
        dir.put("g11", JetVariables.substituteFields(flow.get(0, 0), coords, fields));
        dir.put("g12", JetVariables.substituteFields(flow.get(0, 1), coords, fields));
        dir.put("g22", JetVariables.substituteFields(flow.get(1, 1), coords, fields));
        dir.put("phi", JetVariables.substituteFields(p.perelmanDilatonVelocity(), coords, fields));
        PeriodicQuadrature q = Fixtures.torus2d(budget);
        double dF = q.derivativeAlong(p.functional().integrandJet(), fields, dir, 1e-4);
        Sym rate = curvature.contract(p.geometry().raise(curvature)).times(p.measureDensity())
                .times(Sym.rational(1, 2));
        double expected = q.integrate(JetExpression.of(rate, p.chart(), p.fields()), fields);
        double rel = Fixtures.relative(dF, expected);
        double tolerance = budget.quick() ? 1e-5 : 1e-6; // quadrature error of the 16^2 / 24^2 grid
        String detail = String.format(Locale.ROOT, "EL route == curvature route: %s; dF/dt = %.10g vs "
                        + "2 Int|Ric+DDphi|^2 e^{-phi}dV = %.10g (grid %d^2); the literal dF/dg_11 differs from "
                        + "-2(R_11 + D_1D_1 phi) by %.3g at (0.3, 0.7) (|value| %.3g)", routesAgree, dF, expected,
                budget.scale(16, 24), literal, scale);
        if (literal <= 1e-9 * scale) {
            return CheckResult.compare("relative difference of dF/dt and its prediction", rel, 0, tolerance, detail);
        }
        return CheckResult.erratum("relative difference of dF/dt and its prediction (corrected form)",
                routesAgree ? rel : Double.NaN, 0, tolerance, detail, CORRECTED);
    }
}
