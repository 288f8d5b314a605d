package org.metricflow.verification.claims.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.LocalFunctional;
import org.metricflow.symbolic.variation.Measure;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** φ's evolution ∂_tφ = −Δφ − R keeps e^{−φ}dV fixed under (2.40). */
final class PerelmanDilatonEvolution extends SymbolicClaim {

    PerelmanDilatonEvolution() {
        super("perelman-dilaton-evolution", "(2.40)", "With dg_ij/dt = -2(R_ij + D_i D_j phi), dphi/dt = "
                + "-Laplacian phi - R is the evolution that keeps e^{-phi} dV fixed: exact identity with "
                + "g^ij v_ij / 2, and d/dt Int e^{-phi} dV = 0 by finite differences on T^2.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the dilaton velocity -Lap phi - R with its sign reversed in the mass derivative");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        SymmetricMatrix v = p.curvatureFlowVelocity();
        boolean identity = Fixtures.identical(p.dilatonVelocity(v), p.perelmanDilatonVelocity(), budget);
        Map<String, Sym> fields = Fixtures.perelmanFields();
        List<Sym> coords = p.chart().coordinates();
        Map<String, Sym> dir = new HashMap<>();
        dir.put("g11", JetVariables.substituteFields(v.get(0, 0), coords, fields));
        dir.put("g12", JetVariables.substituteFields(v.get(0, 1), coords, fields));
        dir.put("g22", JetVariables.substituteFields(v.get(1, 1), coords, fields));
        dir.put("phi", JetVariables.substituteFields(p.perelmanDilatonVelocity(), coords, fields));
        LocalFunctional mass = new LocalFunctional("mass", p.chart(), p.fields(), Sym.ONE,
                Measure.weighted(p.geometry(), p.dilaton()));
        if (budget.mutated()) {
            dir.put("phi", JetVariables.substituteFields(p.perelmanDilatonVelocity().times(-1), coords, fields));
        }
        double dMass = Fixtures.torus2d(budget).derivativeAlong(mass.integrandJet(), fields, dir, 1e-4);
        double dMetricOnly = Fixtures.torus2d(budget).derivativeAlong(mass.integrandJet(), fields,
                Map.of("g11", dir.get("g11"), "g12", dir.get("g12"), "g22", dir.get("g22")), 1e-4);
        return CheckResult.compare("d/dt Int e^{-phi} dV", identity ? dMass : Double.NaN, 0, 1e-9,
                String.format(Locale.ROOT, "exact identity dphi/dt = g^ij v_ij/2: %s; without the dilaton "
                        + "evolution the mass would change at rate %.4g", identity, dMetricOnly));
    }
}
