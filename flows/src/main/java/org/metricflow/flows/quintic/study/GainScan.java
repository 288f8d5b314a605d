package org.metricflow.flows.quintic.study;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.HeldOutSet;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.exact.ExactKernelFlow;
import org.metricflow.flows.quintic.exact.ExactPoint;
import org.metricflow.numeric.kernel.operator.DenseKernelOperator;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * Test gain against the number of training points (issue 10, paper Table 1 / Fig. 3): the frozen-kernel flow with
 * the squared loss in closed form ({@link ExactKernelFlow#auto}), its flow time — and for the Gaussian kernel its
 * width, from a list — chosen on a validation sample; σ_test on a third sample. The exact kernel is used while its
 * training and held-out matrices fit the dense budget; above that the kernel is block diagonal over
 * ⌈N/{@value OperatorOptions#POINTS_PER_CLUSTER}⌉ clusters (the paper's §3.1 clustering, test points join the cluster of
 * their nearest training point), evaluated by Lanczos.
 */
public final class GainScan {

    private GainScan() {
    }

    /**
     * The closed-form kernel options of a scan: squared loss, frame gradient; Gaussian with the true profile.
     *
     * @param base Table 1 options of the kernel (σ_w, σ_b of the ReLU NTK taken from it)
     */
    public static QuinticFlowOptions closedForm(QuinticFlowOptions base) {
        QuinticFlowOptions o = base.withLoss(SigmaLoss.SQUARED).withGradient(GradientForm.FRAME);
        return o.kernel() == QuinticKernel.GAUSSIAN
                ? o.withProfile(org.metricflow.numeric.kernel.DistanceProfile.GAUSSIAN) : o;
    }

    /** Clusters for N training points and M held-out points under a dense budget (1 while the exact kernel fits). */
    public static int clusters(int n, long heldOut, long denseBytes) {
        long entries = (long) n * n + heldOut * n;
        boolean fits = entries <= denseBytes / 8 && (long) n * n <= DenseKernelOperator.MAX_ENTRIES;
        return fits ? 1 : (n + OperatorOptions.POINTS_PER_CLUSTER - 1) / OperatorOptions.POINTS_PER_CLUSTER;
    }

    /**
     * One scan point.
     *
     * @param o          closed-form options ({@link #closedForm}); for the Gaussian kernel every width in
     *                   {@code sigmas} is run and the one with the smallest validation σ kept
     * @param sigmas     Gaussian widths to try (rad); ignored for the other kernels
     * @param requested  training points asked for (reported)
     */
    public static GainScanPoint run(QuinticFlowOptions o, double[] sigmas, int requested, PointSample train,
                                    PointSample validation, PointSample test, OperatorOptions ops, int threads) {
        long cpu0 = cpuNanos();
        double[] widths = o.kernel() == QuinticKernel.GAUSSIAN ? sigmas : new double[] {Double.NaN};
        Run best = null;
        for (double s : widths) {
            QuinticFlowOptions os = Double.isNaN(s) ? o : o.withSigma(s);
            Run r = Run.of(os, train, validation, test, ops, threads);
            if (best == null || r.validation < best.validation) {
                best = r;
            }
        }
        return new GainScanPoint(o.kernel().name().toLowerCase(Locale.ROOT), requested, best.train, best.clusters,
                best.spectrum, best.sigma, best.point.time().t(), best.trainGain, best.validationGain, best.testGain,
                best.testGainError, (cpuNanos() - cpu0) * 1e-9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One width: the closed form at the validation-chosen flow time. */
    private record Run(ExactPoint point, int train, int clusters, String spectrum, double sigma, double validation,
                       double trainGain, double validationGain, double testGain, double testGainError) {

        static Run of(QuinticFlowOptions o, PointSample trainSample, PointSample validationSample,
                      PointSample testSample, OperatorOptions ops, int threads) {
            QuinticKernelFlow flow = new QuinticKernelFlow(trainSample, testSample, o, ops, threads);
            List<HeldOutSet> held = List.of(flow.testSet(), flow.heldOut(validationSample));
            MonteCarloEstimate train0 = flow.sigmaTrain().sigma();
            MonteCarloEstimate test0 = held.get(0).values().sigma(null);
            MonteCarloEstimate val0 = held.get(1).values().sigma(null);
            ExactKernelFlow exact = new ExactKernelFlow(flow, held, ExactKernelFlow.Method.AUTO,
                    ExactKernelFlow.LANCZOS_STEPS);
            ExactPoint p = exact.auto(1, 0).best();
            MonteCarloEstimate test = p.sigmaHeld().get(0);
            double gain = test0.value() / test.value();
            double error = gain * Math.hypot(test0.standardError() / test0.value(),
                    test.standardError() / test.value());
            return new Run(p, flow.trainingSample().size(), flow.operators().clusters(), exact.spectrum().method(),
                    o.kernel() == QuinticKernel.GAUSSIAN ? o.sigma() : Double.NaN, p.sigmaHeld().get(1).value(),
                    train0.value() / p.sigmaTrain().value(), val0.value() / p.sigmaHeld().get(1).value(), gain,
                    error);
        }
    }
}
