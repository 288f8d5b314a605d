package org.metricflow.verification.claims.symbolic;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims of the symbolic layer: Perelman's functional (§2.4) and the Kähler flows of Appendix B. */
public final class SymbolicClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new PerelmanFirstVariation(), new PerelmanGradientFlow(), new PerelmanDilatonEvolution(),
                new PerelmanRicciFlowEquivalence(), new PerelmanLocalLoss(), new PerelmanLossNeedsConstantOmega(),
                new PerelmanLinearStability(), new PerelmanVanishesOnKahlerClass(),
                new KahlerRicciForm(), new KahlerRicciFlow(), new KahlerPotentialCorrection(), new CalabiVariation(),
                new CalabiFlow(), new UltraLocalVariation(), new EntropyGivesCalabiFlow(), new UltraLocalFlow(),
                new TwoDerivativeVariation(), new TwoDerivativeFlow(), new KahlerTorusVelocities());
    }
}
