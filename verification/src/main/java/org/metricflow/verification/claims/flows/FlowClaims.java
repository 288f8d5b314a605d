package org.metricflow.verification.claims.flows;

import java.util.List;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.network.CosineNetworkFamily;
import org.metricflow.flows.network.FourierFields;
import org.metricflow.flows.network.NetworkFamily;
import org.metricflow.flows.network.NetworkFamilySource;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims about metric flows on tori. */
public final class FlowClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        ClassicalFlows catalogue = ClassicalFlows.load();
        return List.of(
                new KernelNormalisationClaim(),
                new PeriodicNetworkKernelClaim(),
                new RicciConformalDecayClaim(catalogue),
                new RicciBenchmarkClaim(catalogue),
                new KahlerRicciDecayClaim(catalogue),
                new CalabiDecayClaim(catalogue),
                new MongeAmpereDecayClaim(catalogue),
                new PerelmanEntropyClaim(catalogue),
                new RicciLocalNetworkFlowClaim(catalogue, NetworkFamilySource::load),
                new RicciNaturalNetworkFlowClaim(catalogue, FlowClaims::readoutAndPhases),
                new RicciNaturalTrajectoryClaim(catalogue, FlowClaims::readoutAndPhases));
    }

    /** Cosine networks with readout and phases trained (twice the parameters of eq. (2.33), the same frozen NTK). */
    private static NetworkFamily readoutAndPhases(JetSpace jets, InitialFields initial) {
        return new CosineNetworkFamily(FourierFields.interpolate(initial, jets), TrainedLayers.ALL);
    }
}
