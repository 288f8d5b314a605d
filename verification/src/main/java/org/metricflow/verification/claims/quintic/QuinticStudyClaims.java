package org.metricflow.verification.claims.quintic;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims of the §3 studies (Fig. 3 and the finite-width comparison, {@code flows.quintic.study}). */
public final class QuinticStudyClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new NoiseProjectionClaim(), new NoiseZeroClaim(), new GainExtrapolationClaim(),
                new LazyLimitClaim());
    }
}
