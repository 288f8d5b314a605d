package org.metricflow.flows.quintic;

/**
 * The part of the σ-loss gradient that comes from κ's dependence on g. With W = Σ w_k, R_k = det g_k/|Ω_k|²,
 * κ = Σ w_k R_k/W and η_k = R_k/κ, the mean loss L = Σ w_k l(η_k)/W has (Jacobi: ∂R_j/∂g_j = R_j g_j^{-1})
 * ∂κ/∂g_j = w_j R_j g_j^{-1}/W and hence
 * <pre>  ∂L/∂g_j = (w_j/W) η_j g_j^{-1} [l'(η_j) − m],   m = Σ_k w_k l'(η_k) η_k / W.</pre>
 * The first term is the gradient with κ frozen; m is O(1), not O(1/N) (it collects N terms of size 1/N) — for the
 * squared loss m = 2 Var_w(η). With it, Σ_j w_j tr(g_j ∂L/∂g_j) = 0: the exact gradient has no component along the
 * global rescaling g → λg, to which σ is blind. m is computed from the generated l'(η) ({@link SigmaLoss#slopes},
 * symbolic derivative of l), not as tr(G_j g_j)/3 from the generated gradient G_j = l'(η_j) η_j g_j^{-1}: at the
 * worst-conditioned points of the common chart that trace cancels catastrophically.
 */
public final class KappaCoupling {

    private static final int C = HermitianComponents.COUNT;

    private KappaCoupling() {
    }

    /**
     * In place: grad_j ← grad_j − m c_j adj(g_j) (= −m η_j g_j^{-1}, c_j = 1/(κ|Ω_j|²)) for the n points.
     *
     * @param g       n × 9 metric components
     * @param c       n constants 1/(κ|Ω|²)
     * @param weights n weights w (any positive scale)
     * @param grad    n × 9 frozen-κ gradients l'(η)∇η, modified
     * @param loss    the loss density l
     * @return m
     */
    public static double correct(double[] g, double[] c, double[] weights, double[] grad, int n, SigmaLoss loss) {
        double m = frameDensity(g, c, weights, n, loss, null);
        double[] adj = new double[C];
        for (int k = 0; k < n; k++) {
            HermitianComponents.adjugate(g, k * C, adj, 0);
            for (int p = 0; p < C; p++) {
                grad[k * C + p] -= m * c[k] * adj[p];
            }
        }
        return m;
    }

    /**
     * The scalar of the exact gradient: ∂L/∂g_j = (w_j/W) s_j g_j^{-1} with s_j = η_j [l'(η_j) − m] (η_j = c_j det g_j).
     * Σ_j w_j s_j = 0 (σ is blind to g → λg).
     *
     * @param out n entries s_j, or null to compute only m
     * @return m
     */
    public static double frameDensity(double[] g, double[] c, double[] weights, int n, SigmaLoss loss, double[] out) {
        double[] eta = new double[n];
        for (int k = 0; k < n; k++) {
            eta[k] = c[k] * HermitianComponents.determinant(g, k * C);
        }
        double[] slope = new double[n];
        loss.slopes(eta, slope, n);
        double sw = 0;
        double swm = 0;
        for (int k = 0; k < n; k++) {
            sw += weights[k];
            swm += weights[k] * slope[k] * eta[k];
        }
        double m = swm / sw;
        if (out != null) {
            for (int k = 0; k < n; k++) {
                out[k] = eta[k] * (slope[k] - m);
            }
        }
        return m;
    }
}
