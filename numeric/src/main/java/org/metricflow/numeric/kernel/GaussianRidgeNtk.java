package org.metricflow.numeric.kernel;

import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.TrainedLayers;

/**
 * The frozen tangent kernel shared by the one-hidden-layer ridge networks whose readout kernel is a Gaussian in
 * x − x' ({@link CosineNtk} in plane-wave form, {@link GaussNetNtk}): with G = exp(−σ_w²|x − x'|²/(2d)) and
 * P = prefactor · (σ_a² under NTK parameterisation, else 1),
 * Θ̄ = P G for readout training; P G [1 + σ_a²(1 + x·x')] (standard) or P G [c + σ_w² x·x'/d] (NTK) for all layers,
 * where c is the NTK hidden-layer constant (2 for the cosine network, 1 + σ_b² for the Gauss-net).
 */
final class GaussianRidgeNtk {

    private GaussianRidgeNtk() {
    }

    static double value(double[] x, int xOff, double[] y, int yOff, int d, double prefactor, double sigmaA,
                        double sigmaW, double ntkConstant, Parameterisation parameterisation, TrainedLayers trained) {
        double r2 = 0;
        double xy = 0;
        for (int j = 0; j < d; j++) {
            double xj = x[xOff + j];
            double yj = y[yOff + j];
            r2 += (xj - yj) * (xj - yj);
            xy += xj * yj;
        }
        boolean ntk = parameterisation == Parameterisation.NTK;
        double sa2 = sigmaA * sigmaA;
        double base = prefactor * (ntk ? sa2 : 1.0) * Math.exp(-sigmaW * sigmaW * r2 / (2.0 * d));
        if (trained == TrainedLayers.LAST) {
            return base;
        }
        return ntk
                ? base * (ntkConstant + sigmaW * sigmaW * xy / d)
                : base * (1.0 + sa2 * (1.0 + xy));
    }
}
