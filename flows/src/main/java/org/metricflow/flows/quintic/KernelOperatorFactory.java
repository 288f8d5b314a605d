package org.metricflow.flows.quintic;

import org.metricflow.numeric.kernel.DeltaKernelOperator;
import org.metricflow.numeric.kernel.FubiniStudyKernel;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.KernelOperator;
import org.metricflow.numeric.kernel.KernelOperators;
import org.metricflow.numeric.kernel.ReluNtk;
import org.metricflow.numeric.nn.ReluArchitecture;

/**
 * Training and prediction operators of a {@link QuinticFlowOptions} on points of P^n stored as 2(n+1) reals. The
 * weights passed in are w_k/mean(w); continuous kernels get w_k/(N mean(w)) (the 1/N of the Monte Carlo integral),
 * the Delta kernel gets w_k (it is the discrete δ of the sampling measure, see the package documentation).
 */
final class KernelOperatorFactory {

    private KernelOperatorFactory() {
    }

    /** The kernel function (null for Delta). */
    static Kernel kernel(QuinticFlowOptions o, int homogeneousCoordinates) {
        return switch (o.kernel()) {
            case RELU -> ReluNtk.of(ReluArchitecture.ntk(2 * homogeneousCoordinates, 1, 1, o.sigmaW(), o.sigmaB(),
                    true));
            case GAUSSIAN -> new FubiniStudyKernel(homogeneousCoordinates, o.profile(), o.sigma());
            case DELTA -> null;
        };
    }

    static KernelOperator training(QuinticFlowOptions o, int n1, double[] points, double[] meanOneWeights) {
        if (o.kernel() == QuinticKernel.DELTA) {
            return new DeltaKernelOperator(DeltaKernelOperator.Metric.FUBINI_STUDY, 2 * n1, null, points,
                    meanOneWeights);
        }
        return KernelOperators.training(kernel(o, n1), points, perPoint(meanOneWeights));
    }

    static KernelOperator prediction(QuinticFlowOptions o, int n1, double[] testPoints, double[] points,
                                     double[] meanOneWeights) {
        if (o.kernel() == QuinticKernel.DELTA) {
            return new DeltaKernelOperator(DeltaKernelOperator.Metric.FUBINI_STUDY, 2 * n1, testPoints, points,
                    meanOneWeights);
        }
        return KernelOperators.prediction(kernel(o, n1), testPoints, points, perPoint(meanOneWeights));
    }

    private static double[] perPoint(double[] w) {
        double[] out = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = w[k] / w.length;
        }
        return out;
    }
}
