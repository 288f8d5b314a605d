package org.metricflow.flows.network;

import org.metricflow.flows.JetBinding;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A field-dependent pointwise kernel K(x) acting on a field-space vector at every grid point, u(x) ↦ K(x) u(x): the
 * preconditioner of the natural-gradient update (docs/ricci-nn-flow.md). K comes from generated code (e.g. the
 * natural kernel of Perelman's flow, {@code symbolic.functionals.NaturalKernel}, via
 * {@link org.metricflow.flows.classic.ClassicalFlows#naturalKernel}); its inputs are jet variables bound by name,
 * its n² outputs are K_rc at r·n + c with n the number of fields. Not thread-safe (owns buffers).
 */
public final class PointwiseKernel {

    private final JetBinding binding;
    private final int fields;
    private double[] scratch = new double[0];
    private double[] values = new double[0];
    private final double[] column;

    /**
     * @throws IllegalArgumentException when the function does not have (number of fields)² outputs or reads a
     *                                  variable that is not a jet variable of {@code jets}
     */
    public PointwiseKernel(CompiledFunction kernel, JetSpace jets) {
        this.fields = jets.fields().size();
        if (kernel.outputs() != fields * fields) {
            throw new IllegalArgumentException("a kernel on " + fields + " fields " + jets.fields() + " needs "
                    + fields * fields + " outputs, got " + kernel.outputs());
        }
        this.binding = new JetBinding(kernel, jets);
        this.column = new double[fields];
    }

    /**
     * Replaces u by K u at every point.
     *
     * @param jets  point-major jets of the fields at the {@code count} points (not modified)
     * @param u     field-major vector, u_k(x_p) at {@code u[k·count + p]} (modified)
     * @param count number of points
     */
    public void apply(double[] jets, double[] u, int count) {
        int no = fields * fields;
        if (values.length < count * no) {
            values = new double[count * no];
            scratch = new double[binding.scratchSize(count)];
        }
        binding.evaluate(jets, scratch, values, 0, count);
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < fields; k++) {
                column[k] = u[k * count + p];
            }
            int base = p * no;
            for (int r = 0; r < fields; r++) {
                double s = 0;
                for (int c = 0; c < fields; c++) {
                    s += values[base + r * fields + c] * column[c];
                }
                u[r * count + p] = s;
            }
        }
    }
}
