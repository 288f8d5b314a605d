package org.metricflow.flows.cy;

/**
 * The mini-batch schedule of a potential flow: epochs over the training points, Adam step size decayed per epoch.
 *
 * @param epochs       passes over the training points
 * @param batch        points per step
 * @param learningRate Adam step size in the first epoch
 * @param decay        factor of the step size per epoch (1: constant; &lt; 1 damps the mini-batch noise floor)
 * @param seed         order of the mini-batches
 * @param threads      worker threads
 */
public record EpochOptions(int epochs, int batch, double learningRate, double decay, long seed, int threads) {
    public EpochOptions {
        if (epochs < 0 || batch < 1 || !(learningRate > 0) || !(decay > 0 && decay <= 1) || threads < 1) {
            throw new IllegalArgumentException("need epochs >= 0, batch >= 1, learning rate > 0, decay in (0, 1], "
                    + "threads >= 1; got " + epochs + ", " + batch + ", " + learningRate + ", " + decay + ", "
                    + threads);
        }
    }
}
