package org.metricflow.verification.claims.cy;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims about Calabi–Yau point clouds. */
public final class CalabiYauClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new SampleValidityClaim(), new FermatOmegaVolumeClaim(3), new FermatOmegaVolumeClaim(4),
                new CubicSigmaClaim(), new QuinticOmegaOverFsClaim(), new QuinticSigmaClaim(),
                new ChartIndependenceClaim(), new OmegaMeasureSignClaim(), new SmallAngleClaim(),
                new NearestNeighbourLawClaim(), new ClusterMergeRuleClaim());
    }
}
