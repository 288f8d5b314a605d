package org.metricflow.verification.claims.quintic;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims of the quintic kernel flows. */
public final class QuinticClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new LossGradientClaim(), new KappaGradientClaim(), new DeltaGeneralisationClaim(),
                new FrameGradientClaim(), new ExactFlowClaim(), new FrozenKernelGainClaim(), new ReluNtkGainClaim());
    }
}
