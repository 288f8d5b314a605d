package org.metricflow.flows.network;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The functional derivative of L = ∫ l(jet of the fields) d^dx on a torus grid, computed numerically from the jet
 * gradient of the generated loss: δL/δf_k = Σ_α (−1)^{|α|} ∂^α(∂l/∂f_{k,α}), the sum over the jet slots α of field k
 * (each multi-index once, as in {@link JetSpace}), with spectral derivatives of the grid fields ∂l/∂f_{k,α}. The
 * local-flow prediction of gradient descent with a δ-function NTK (eq. (2.14), Ω̄ = 1) is v_k = −δL/δf_k. Independent of
 * the symbolic layer's Euler–Lagrange expressions, hence a second method for them. Exact to rounding when the
 * ∂l/∂f_{k,α} are trigonometric polynomials below the Nyquist wavenumber (spectrally accurate for smooth ones). Not
 * thread-safe (owns buffers).
 */
public final class EulerLagrange {

    private final JetSpace jets;
    private final JetLoss loss;
    private final SpectralJets spectral;
    private final int points;
    private final double[] cotangent;
    private final double[] planes;
    private final double[] derivatives;
    private final int[] orders;

    /**
     * @param loss generated loss and its jet gradient (contract of {@link JetLoss})
     * @param jets the fields and their jet order
     * @param grid the torus grid (its dimension must be the jets')
     */
    public EulerLagrange(CompiledFunction loss, JetSpace jets, TorusGrid grid) {
        if (grid.dimension() != jets.dimension()) {
            throw new IllegalArgumentException("fields on T^" + jets.dimension() + ", the grid is " + grid);
        }
        this.jets = jets;
        this.loss = new JetLoss(loss, jets);
        this.points = grid.points();
        List<String> slots = new ArrayList<>();
        for (int s = 0; s < jets.size(); s++) {
            slots.add("c" + s);
        }
        this.spectral = new SpectralJets(grid, new JetSpace(jets.dimension(), jets.order(), slots));
        this.cotangent = new double[points * jets.size()];
        this.planes = new double[points * jets.size()];
        this.derivatives = new double[points * jets.size() * jets.perField()];
        this.orders = jets.multiIndices().stream().mapToInt(a -> a.length).toArray();
    }

    /**
     * δL/δf at every grid point.
     *
     * @param fieldJets point-major jets of the fields at the grid points (not modified)
     * @param out       field-major δL/δf_k(x_p) at {@code out[k·N + p]} (modified)
     */
    public void derivative(double[] fieldJets, double[] out) {
        int size = jets.size();
        int perField = jets.perField();
        loss.evaluate(fieldJets, points, 1.0, cotangent);
        for (int p = 0; p < points; p++) {
            for (int s = 0; s < size; s++) {
                planes[s * points + p] = cotangent[p * size + s];
            }
        }
        spectral.jets(planes, derivatives);
        int pseudoSize = size * perField;
        for (int k = 0; k < jets.fields().size(); k++) {
            for (int p = 0; p < points; p++) {
                double v = 0;
                for (int s = 0; s < perField; s++) {
                    // pseudo-field (k, s) is ∂l/∂f_{k,α_s}; its own slot s holds ∂^{α_s} of it
                    double term = derivatives[p * pseudoSize + (k * perField + s) * perField + s];
                    v += orders[s] % 2 == 0 ? term : -term;
                }
                out[k * points + p] = v;
            }
        }
    }
}
