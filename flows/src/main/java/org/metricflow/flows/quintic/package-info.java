/**
 * Discrete kernel metric flows on a Calabi–Yau point cloud (paper §3, the Fermat quintic): the metric at each
 * training point is a Hermitian d×d matrix in one common chart, initialised to the restricted Fubini–Study metric,
 * and a step is dg(x) = −lr (1/N) Σ_{x'} Θ(x, x') w(x') ∇l(x') with the σ-loss density l = |1 − η| (B.11) or the
 * smooth surrogate (η − 1)², η = det g/(κ|Ω|²), w = dμ_Ω/dvol_FS normalised to mean 1 — in the form chosen by
 * {@link GradientForm}: by default the frame form g(x) Σ_{x'} Θ(x, x') w(x') η'(l'(η') − m)/N, a descent direction
 * (derivation in {@link QuinticKernelFlow}).
 *
 * <p><b>Hermitian convention.</b> g is stored as 9 reals (d = 3) {@code [g11, g22, g33, Re g12, Im g12, Re g13,
 * Im g13, Re g23, Im g23]} ({@link HermitianComponents}); an update in these reals keeps g Hermitian by
 * construction. ∇l is the gradient for the Frobenius inner product ⟨A, B⟩ = tr(AB) on Hermitian matrices: the
 * diagonal entries get ∂l/∂g_aa, the real and imaginary parts of off-diagonal entries get half the partial
 * derivative with respect to that real number, so that as a matrix ∇η = η g^{-1} (Jacobi's formula
 * ∂η/∂g_{ab̄} = η (g^{-1})_{b̄a}). The partial derivatives come from generated code ({@link LossDensity}).
 *
 * <p><b>Kernel normalisation.</b> The sum is the Monte Carlo form of ∫ Θ(x, x') ∇l(x') dμ_Ω(x')/∫dμ_Ω, hence the
 * 1/N; the Delta kernel is the discrete δ of that measure (N δ_{xx'}), so its step is −lr w(x) ∇l(x) on the
 * training set and −lr w(b) ∇l(b) at the nearest training point b of a test point.
 *
 * <p><b>Kernel storage.</b> The kernel is frozen, so its training and prediction matrices are formed once when they fit
 * a memory budget and applied by matrix products, else recomputed matrix-free every step; above 20,000 training points
 * (or on request) the kernel is cut to blocks over the paper's batched clusters ({@link OperatorOptions},
 * {@link FlowOperators}). The flow is a {@link org.metricflow.flows.StepFlow} run by {@code flows.time.FlowRunner}
 * (guards, observers, checkpoints that resume bit for bit); the hyperparameter search is in the subpackage
 * {@code tune}.
 */
package org.metricflow.flows.quintic;
