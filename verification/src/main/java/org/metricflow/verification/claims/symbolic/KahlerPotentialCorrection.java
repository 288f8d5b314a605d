package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.6): g = g₀ + (i/2π) ∂∂̄φ = ∂∂̄(K₀ + (i/2π)φ). */
final class KahlerPotentialCorrection extends SymbolicClaim {

    static final String CORRECTED = "J = J_0 + (i/2pi) ddbar phi as forms with J = (i/2) g_ab dz^dzbar gives the "
            + "components g_ab = g0_ab + (1/pi) d_a dbar_b phi = d_a dbar_b (K_0 + phi/pi), real phi; (B.19)-(B.21) "
            + "use g = g0 + ddbar phi, which this code adopts";

    KahlerPotentialCorrection() {
        super("kahler-potential-correction", "(B.6)", "A Hermitian metric has real diagonal components: "
                + "g_11bar = 1 + (i/2pi) ddbar phi (printed) vs 1 + ddbar phi / pi for a real test phi on T^2.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the corrected metric keeps the printed factor i: g = 1 + (i/2pi) ddbar phi");
    }

    @Override
    public CheckResult check(Budget budget) {
        KahlerPotentialSetting s = Fixtures.kahler();
        Sym ddbar = s.potential().d(s.chart().z(0)).d(s.chart().zbar(0));
        double printedImag = Fixtures.kahlerValueAt(Sym.ONE.plus(ddbar.times(Sym.parse("I/(2*Pi)"))),
                Fixtures.kahlerPotential(), 0.4, 1.3).getImaginary();
        Sym correctedFactor = budget.planted(Sym.parse("1/Pi"), Sym.parse("I/(2*Pi)"));
        double correctedImag = Fixtures.kahlerValueAt(Sym.ONE.plus(ddbar.times(correctedFactor)),
                Fixtures.kahlerPotential(), 0.4, 1.3).getImaginary();
        String detail = String.format(Locale.ROOT, "Im g_11bar at (0.4, 1.3): printed %.6g, corrected %.3g",
                printedImag, correctedImag);
        if (Math.abs(printedImag) < 1e-12) {
            return CheckResult.compare("|Im g_11bar| (printed)", Math.abs(printedImag), 0, 1e-12, detail);
        }
        return CheckResult.erratum("|Im g_11bar| (corrected)", Math.abs(correctedImag), 0, 1e-12, detail, CORRECTED);
    }
}
