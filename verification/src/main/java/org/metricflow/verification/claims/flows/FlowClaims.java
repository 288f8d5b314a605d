package org.metricflow.verification.claims.flows;

import java.util.List;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims about metric flows on tori. */
public final class FlowClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        ClassicalFlows catalogue = ClassicalFlows.load();
        return List.of(
                new KernelNormalisationClaim(),
                new KernelLocalLimitClaim(),
                new PeriodicNetworkKernelClaim(),
                new FlatFixedPointClaim(catalogue),
                new RicciConformalDecayClaim(catalogue),
                new RicciBenchmarkClaim(catalogue),
                new KahlerRicciDecayClaim(catalogue),
                new CalabiDecayClaim(catalogue),
                new MongeAmpereDecayClaim(catalogue),
                new PerelmanEntropyClaim(catalogue),
                new PerelmanMeasureClaim(catalogue),
                new RicciLocalNetworkFlowClaim(catalogue, NetworkFamilySource::load),
                new RicciNaturalNetworkFlowClaim(catalogue, NetworkFamilySource::load),
                new RicciNaturalTrajectoryClaim(catalogue, NetworkFamilySource::load));
    }
}
