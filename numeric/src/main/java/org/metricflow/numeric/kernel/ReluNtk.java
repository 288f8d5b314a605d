package org.metricflow.numeric.kernel;

import java.util.Objects;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;

/**
 * Infinite-width NNGP and NTK of a {@link ReluArchitecture} of any depth, by the recursion neural-tangents uses
 * (Dense: K ← σ_w² K + σ_b²; ReLU: K ← T(K), Θ ← Ṫ(K) Θ). The input kernel is x·x'/d. For the dense layer of fan-in n:
 * <ul>
 *   <li>NTK parameterisation: Θ ← K_new + σ_w² Θ (K_new after the affine map);</li>
 *   <li>standard parameterisation: Θ ← n K_in + σ_w² Θ + 1[bias], with K_in the layer's input kernel before the
 *       affine map (so the first layer contributes x·x' + 1) — the standard-parameterisation NTK grows with the
 *       width N, which enters here.</li>
 * </ul>
 * With only the readout trained, Θ is the readout's own term: the output NNGP (NTK) or N·T^L + 1[bias] (standard).
 * Without bias, σ_b is ignored.
 *
 * @param architecture the architecture (width used only by the standard parameterisation)
 * @param output       which kernel {@link #value} returns
 * @param expectations how the ReLU layer expectations are computed (closed form or quadrature)
 */
public record ReluNtk(ReluArchitecture architecture, Output output, ReluExpectations expectations) implements Kernel {

    /** Which infinite-width kernel. */
    public enum Output {
        /** The neural tangent kernel Θ̄. */
        NTK,
        /** The NNGP kernel K = E[f(x) f(x')] at initialisation. */
        NNGP
    }

    public ReluNtk {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(expectations, "expectations");
    }

    /** The NTK with the closed-form expectations. */
    public static ReluNtk of(ReluArchitecture architecture) {
        return new ReluNtk(architecture, Output.NTK, ReluExpectations.CLOSED_FORM);
    }

    /** The same kernel computed with other layer expectations. */
    public ReluNtk withExpectations(ReluExpectations e) {
        return new ReluNtk(architecture, output, e);
    }

    /** The other output kernel. */
    public ReluNtk withOutput(Output o) {
        return new ReluNtk(architecture, o, expectations);
    }

    @Override
    public int inputDimension() {
        return architecture.inputDimension();
    }

    @Override
    public double value(double[] x, int xOff, double[] y, int yOff) {
        ReluArchitecture a = architecture;
        int d = a.inputDimension();
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int j = 0; j < d; j++) {
            double xj = x[xOff + j];
            double yj = y[yOff + j];
            xx += xj * xj;
            xy += xj * yj;
            yy += yj * yj;
        }
        boolean ntk = a.parameterisation() == Parameterisation.NTK;
        boolean all = a.trained() == TrainedLayers.ALL;
        double sw2 = a.sigmaW() * a.sigmaW();
        double sb2 = a.bias() ? a.sigmaB() * a.sigmaB() : 0.0;
        double one = a.bias() ? 1.0 : 0.0;
        // first dense layer: input kernel x·x'/d
        double k11 = sw2 * xx / d + sb2;
        double k12 = sw2 * xy / d + sb2;
        double k22 = sw2 * yy / d + sb2;
        double theta = ntk ? k12 : xy + one;
        double[] tt = new double[2];
        double readout = 0;
        for (int l = 1; l <= a.depth(); l++) {
            expectations.compute(k11, k12, k22, tt);
            double t12 = tt[0];
            theta *= tt[1];
            double newK12 = sw2 * t12 + sb2;
            k11 = sw2 * 0.5 * k11 + sb2; // E[relu(u)²] = k11/2
            k22 = sw2 * 0.5 * k22 + sb2;
            k12 = newK12;
            double own = ntk ? newK12 : a.width() * t12 + one;
            theta = own + sw2 * theta;
            readout = own;
        }
        if (output == Output.NNGP) {
            return k12;
        }
        return all ? theta : readout;
    }
}
