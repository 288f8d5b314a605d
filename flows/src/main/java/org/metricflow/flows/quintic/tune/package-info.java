/**
 * Hyperparameter search for the quintic kernel flows (paper §3.2): CMA-ES (Hipparchus) over the learning rate, the
 * Gaussian width σ and the ReLU NTK's σ_w, σ_b — those that apply to the kernel — maximising the σ-loss gain on a
 * validation sample drawn independently of both the training and the test sample (the paper's Bayesian optimiser
 * over-fitted when it tuned on one data set). Runs that stop because g would become indefinite are scored as
 * failures with a finite penalty. Seeded: the same seed gives the same trials and the same result.
 */
package org.metricflow.flows.quintic.tune;
