package org.metricflow.verification.claims.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.variation.LinearisedSymbol;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** Linear stability of (2.40) about the flat metric. */
final class PerelmanLinearStability extends SymbolicClaim {

    PerelmanLinearStability() {
        super("perelman-linear-stability", "(2.40)", "The symbol of dg/dt = -2(Ric + DD phi) linearised about "
                + "(delta, phi = 0) with phi frozen has eigenvalues -|k|^2 and 0 (diffeomorphism directions): no "
                + "growing mode, checked on a set of wave vectors in 2D.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the dilaton not frozen: Perelman's dphi/dt = -Lap phi - R (a backward heat equation) linearised with the metric");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        Map<String, Sym> flat = new HashMap<>(Map.of("g11", Sym.ONE, "g12", Sym.ZERO, "g22", Sym.ONE));
        flat.put("phi", Sym.ZERO);
        List<Sym> frozen = new ArrayList<>(p.curvatureFlowVelocity().independentComponents());
        frozen.add(budget.planted(Sym.ZERO, p.perelmanDilatonVelocity()));
        LinearisedSymbol metric = LinearisedSymbol.of(p.chart(), p.chart().coordinates(), p.fields(), frozen, flat);
        List<Sym> coupled = new ArrayList<>(p.curvatureFlowVelocity().independentComponents());
        coupled.add(p.perelmanDilatonVelocity());
        LinearisedSymbol full = LinearisedSymbol.of(p.chart(), p.chart().coordinates(), p.fields(), coupled, flat);
        double max = Double.NEGATIVE_INFINITY;
        double minNonzero = Double.POSITIVE_INFINITY;
        for (double[] k : new double[][] {{1, 0}, {0, 2}, {1, 0.5}, {3, -2}}) {
            double rate = metric.growthRate(k);
            max = Math.max(max, rate);
            double k2 = k[0] * k[0] + k[1] * k[1];
            minNonzero = Math.min(minNonzero, -java.util.Arrays.stream(metric.eigenvalues(k))
                    .mapToDouble(c -> c.getReal()).min().orElse(0) / k2);
        }
        return CheckResult.compare("largest real part of the symbol's eigenvalues (phi frozen)", max, 0, 1e-9,
                String.format(Locale.ROOT, "most negative eigenvalue / |k|^2 = %.6f (expected 1); with "
                        + "dphi/dt = -Laplacian phi - R coupled, the growth rate at k = (1, 1/2) is %.4f = +|k|^2: "
                        + "phi solves a backward heat equation (Perelman runs it backwards in time)", minNonzero,
                        full.growthRate(1, 0.5)));
    }
}
