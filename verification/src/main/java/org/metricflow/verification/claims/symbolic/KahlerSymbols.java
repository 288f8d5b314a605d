package org.metricflow.verification.claims.symbolic;

import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.symbolic.variation.LinearisedSymbol;

/** Linear growth rates of potential flows at the flat torus (one complex dimension). */
final class KahlerSymbols {

    private KahlerSymbols() {
    }

    /** Growth rate of the mode e^{i k x} (k along x) of dφ/dt = velocity linearised at φ = 0. */
    static double growthRate(Sym velocity, double k) {
        KahlerPotentialSetting s = Fixtures.kahler();
        return LinearisedSymbol.of(s.complexifiedChart(), s.realCoordinates(), s.fields(), List.of(velocity),
                Map.of("phi", Sym.ZERO)).growthRate(k, 0);
    }
}
