package org.metricflow.flows.cy;

import org.metricflow.flows.time.FlowObserver;
import org.metricflow.flows.time.FlowSnapshot;
import org.metricflow.numeric.kahler.CpuTime;

/**
 * The epoch lines of a potential flow on the runner: the step map hands over each batch's loss and σ
 * ({@link #batch}), the accepted steps are averaged, and every {@code batches} steps the epoch is reported with its
 * CPU time and state. A rejected step's values are replaced by those of its retry.
 */
final class EpochMeans implements FlowObserver {

    /** Receives one finished epoch. */
    @FunctionalInterface
    interface Report {
        void epoch(int epoch, double loss, double sigma, double cpuSeconds, double[] state);
    }

    private final int batches;
    private final Report report;
    private long cpu0 = CpuTime.now();
    private boolean pending;
    private double pendingLoss;
    private double pendingSigma;
    private double lossSum;
    private double sigmaSum;
    private int count;

    EpochMeans(int batches, Report report) {
        this.batches = batches;
        this.report = report;
    }

    /** The loss and σ of the batch of the step being taken. */
    void batch(double loss, double sigma) {
        pending = true;
        pendingLoss = loss;
        pendingSigma = sigma;
    }

    @Override
    public void observe(FlowSnapshot snapshot) {
        if (!pending) {
            return;   // the start state
        }
        pending = false;
        lossSum += pendingLoss;
        sigmaSum += pendingSigma;
        count++;
        if (snapshot.step() % batches == 0) {
            report.epoch((int) (snapshot.step() / batches), lossSum / count, sigmaSum / count, CpuTime.since(cpu0),
                    snapshot.state());
            cpu0 = CpuTime.now();
            lossSum = 0;
            sigmaSum = 0;
            count = 0;
        }
    }
}
