package org.metricflow.verification.claims.symbolic;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The symbolic-layer claims. */
public final class SymbolicClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new PerelmanFreeVariationClaim(), new PerelmanFlowClaim(), new FubiniStudyEinsteinClaim());
    }
}
