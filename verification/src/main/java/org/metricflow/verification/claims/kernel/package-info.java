/**
 * Checked claims about metric neural tangent kernels (paper §2.2–2.3, §3.2; survey seed §3.1): empirical → frozen
 * convergence, the cosine network's kernel and normalisation (eqs. (2.32)–(2.37)), the curved-space δ-sequence
 * (eqs. (2.26)–(2.29)), the rescaling trick (eq. (2.16)), the component structure (eqs. (2.19)–(2.23)), the ReLU NTK,
 * the Gaussian kernel of eq. (3.5), and the neural-network free scalar field. Registered by {@link
 * org.metricflow.verification.claims.kernel.KernelClaims}.
 */
package org.metricflow.verification.claims.kernel;
