package org.metricflow.flows.quintic;

/**
 * The metrics of a kernel flow after some steps, 9 real components per point ({@link HermitianComponents}) in the
 * common chart (copies).
 *
 * @param step  number of completed steps
 * @param train training metrics, N × 9
 * @param test  test metrics, M × 9
 */
public record FlowState(int step, double[] train, double[] test) {

    public FlowState {
        if (step < 0 || train.length % HermitianComponents.COUNT != 0 || test.length % HermitianComponents.COUNT != 0) {
            throw new IllegalArgumentException("invalid flow state: step " + step + ", lengths " + train.length + ", "
                    + test.length);
        }
        train = train.clone();
        test = test.clone();
    }

    @Override
    public double[] train() {
        return train.clone();
    }

    @Override
    public double[] test() {
        return test.clone();
    }
}
