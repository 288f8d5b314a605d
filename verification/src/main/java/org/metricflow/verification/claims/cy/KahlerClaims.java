package org.metricflow.verification.claims.cy;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims about Kähler metrics from Donaldson's global potential (docs/cy-metrics.md). */
public final class KahlerClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new FubiniStudyKappaClaim(), new BalancedIdentityClaim(), new CubicFlatClaim(),
                new CubicCalabiFlowClaim(), new NetworkCurvatureIntegralClaim());
    }
}
