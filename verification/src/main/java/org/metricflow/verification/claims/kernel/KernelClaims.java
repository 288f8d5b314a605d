package org.metricflow.verification.claims.kernel;

import java.util.List;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.GaussNetArchitecture;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The claims about metric neural tangent kernels (issue 3). */
public final class KernelClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        double[] pts3 = Points.box(5, 3, 0.6, 20240101L);
        return List.of(
                new EmpiricalConvergenceClaim("cosine", "cosine network (readout trained, eq. (2.33))",
                        CosineArchitecture.normalised(3, 1, 2.0), pts3, new int[] {8, 12}, new int[] {10, 14}),
                new EmpiricalConvergenceClaim("cosine-all-layers", "cosine network with all layers trained (NTK"
                        + " parameterisation)", CosineArchitecture.normalised(3, 1, 2.0)
                        .withTrained(TrainedLayers.ALL).withParameterisation(Parameterisation.NTK), pts3,
                        new int[] {8, 12}, new int[] {10, 14}),
                new EmpiricalConvergenceClaim("gauss-net", "Gauss-net (readout trained)",
                        GaussNetArchitecture.normalised(3, 1, 1.5, 0.3), pts3, new int[] {8, 12}, new int[] {10, 14}),
                new EmpiricalConvergenceClaim("relu-depth2", "ReLU network of depth 2 (NTK parameterisation, all"
                        + " layers)", ReluArchitecture.ntk(3, 2, 1, 1.4, 0.3, true), pts3, new int[] {7, 10},
                        new int[] {8, 12}),
                new CosineArchitectureClaim(),
                new CosineNormalisationClaim(),
                new DeltaSequenceClaim(),
                new ComponentStructureClaim(),
                new ReluNtkClaim(),
                new GaussianKernelClaim(),
                new FreeFieldClaim());
    }
}
