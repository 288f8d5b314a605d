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

/** The local NN loss (2.42) with the local flow (2.14): what it really produces. */
final class PerelmanLocalLoss extends SymbolicClaim {

    static final String CORRECTED = "with l = -F/Omega, the local flow (2.14) gives dg_ij/dt = dF/dg_ij = E^ij (a "
            + "density with upper indices; phi free), not Perelman's flow. (2.40) is reproduced by a local flow only "
            + "with the metric-dependent kernel Theta_ijkl(x,x') = 2 g_ik g_jl delta(x-x') / (e^{-phi} sqrt g) and "
            + "phi slaved to the fixed measure (dphi = g^ij dg_ij / 2)";

    PerelmanLocalLoss() {
        super("perelman-local-loss", "(2.42), (2.14)", "The velocity -Omega dl/dg_ij of the local flow with "
                + "l = -F/Omega is compared pointwise with -2(R_ij + D_i D_j phi) on the test metric; the corrected "
                + "kernel's velocity is compared exactly; linear growth rates at the flat metric are reported.");
    }

    @Override
    public CheckResult check(Budget budget) {
        Perelman p = Fixtures.perelman();
        Map<String, Sym> fields = Fixtures.perelmanFields();
        double paper = Fixtures.maxDifference(p.localNetworkVelocity(), p.curvatureFlowVelocity(), p.chart(), fields,
                0.3, 0.7);
        double corrected = Fixtures.maxDifference(p.flowVelocity(), p.curvatureFlowVelocity(), p.chart(), fields,
                0.3, 0.7);
        double scale = Math.abs(Fixtures.valueAt(p.curvatureFlowVelocity().get(0, 0), p.chart(), fields, 0.3, 0.7));
        Map<String, Sym> flat = new HashMap<>(Map.of("g11", Sym.ONE, "g12", Sym.ZERO, "g22", Sym.ONE));
        flat.put("phi", Sym.ZERO);
        List<Sym> nn = new ArrayList<>(p.localNetworkVelocity().independentComponents());
        nn.add(p.dilatonGradient());
        double growth = LinearisedSymbol.of(p.chart(), p.chart().coordinates(), p.fields(), nn, flat)
                .growthRate(1, 0.5);
        String detail = String.format(Locale.ROOT, "at (0.3, 0.7): max |E^ij - (-2)(R_ij + DD phi)| = %.4g "
                + "(|dg_11/dt| = %.4g); corrected kernel: %.3g; linear growth rate of the (2.42) flow (phi free, "
                + "dphi/dt = dF/dphi) at the flat metric, k = (1, 1/2): %.4f (unstable), Perelman's metric flow: "
                + "0 (gauge) and -|k|^2", paper, scale, corrected, growth);
        if (paper <= 1e-9 * scale) {
            return CheckResult.compare("max component difference", paper, 0, 1e-9 * scale, detail);
        }
        return CheckResult.erratum("max component difference, corrected kernel", corrected, 0, 1e-10 * scale,
                detail, CORRECTED);
    }
}
