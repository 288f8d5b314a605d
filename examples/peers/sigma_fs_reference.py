#!/usr/bin/env python3
"""Reference value of the sigma-loss of the restricted Fubini-Study metric on the Fermat quintic
(claim cy.quintic-sigma-fs), computed independently of the Java sampler.

Route: NumPy implementation of the line-intersection sampler (a random line p + t q, p, q uniform on S^9 in C^5,
meets X in 5 points; the points are distributed with the FS volume of X restricted to the line measure, and the
weight |Omega|^2 / det g_FS makes them Omega-distributed), batched companion-matrix roots, the max-|z| patch,
Omega = 1/(dQ/dz_j) with j = argmax |dQ/dz_j| off the patch, and the pulled-back FS metric.

  sigma = E_w[|1 - eta|] / E_w[1],  eta = (det g / |Omega|^2) * Vol_Omega / Vol_g     (eq. B.11)

Error model: sigma and kappa are estimated from all points (ratio estimator, bias O(1/N)); the standard error is
the jackknife over independent batches (each with its own seed), which includes kappa's fluctuation.

Usage: python3 sigma_fs_reference.py [batches] [points_per_batch] [seed]   (default 40 1000000 1)
Prints one line per batch and the final "sigma_FS = value +- se".
"""
import sys
from math import comb

import numpy as np

BINOM = np.array([comb(5, k) for k in range(6)], dtype=np.float64)


def sphere_points(rng, n):
    x = rng.standard_normal((n, 10))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.view(np.complex128)


def quintic_points(n, rng):
    nl = n // 5 + 1
    p, q = sphere_points(rng, nl), sphere_points(rng, nl)
    k = np.arange(6)
    c = BINOM * np.einsum('lik->lk', p[:, :, None] ** (5 - k) * q[:, :, None] ** k)
    a = c[:, :5] / c[:, 5:6]
    companion = np.zeros((nl, 5, 5), dtype=np.complex128)
    companion[:, 1:, :4] = np.eye(4)
    companion[:, :, 4] = -a
    t = np.linalg.eigvals(companion)
    z = (p[:, None, :] + t[:, :, None] * q[:, None, :]).reshape(-1, 5)
    imax = np.argmax(np.abs(z), axis=1)
    return z / z[np.arange(len(z)), imax][:, None], imax


def sigma_of_batch(n, rng):
    z, patch = quintic_points(n, rng)
    m = len(z)
    idx = np.arange(m)
    dq = 5.0 * z ** 4
    off = np.ones((m, 5), dtype=bool)
    off[idx, patch] = False
    jel = np.argmax(np.abs(dq) * off, axis=1)
    keep = off.copy()
    keep[idx, jel] = False
    local = np.nonzero(keep)[1].reshape(m, 3)
    jac = np.zeros((m, 3, 5), dtype=np.complex128)
    a = np.arange(3)
    jac[idx[:, None], a[None, :], local] = 1.0
    jac[idx[:, None], a[None, :], jel[:, None]] = -np.take_along_axis(dq, local, 1) / dq[idx, jel][:, None]
    omega2 = 1.0 / np.abs(dq[idx, jel]) ** 2
    r2 = np.einsum('ni,ni->n', z, z.conj()).real
    v = np.einsum('nai,ni->na', jac, z.conj())
    jj = jac @ jac.conj().transpose(0, 2, 1)
    g = (jj / r2[:, None, None] - v[:, :, None] * v.conj()[:, None, :] / (r2 ** 2)[:, None, None]) / np.pi
    det = np.linalg.det(g).real
    ratio = det / omega2
    return ratio, 1.0 / ratio


def sigma(ratio, w):
    """sigma = E_w|1 - eta| / E_w 1 with eta = ratio / kappa, kappa = E_w ratio / E_w 1 (eq. B.11)."""
    kappa = np.sum(ratio * w) / np.sum(w)
    return np.sum(np.abs(1.0 - ratio / kappa) * w) / np.sum(w)


def main():
    batches = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    ratios, weights = [], []
    for b in range(batches):
        rng = np.random.default_rng([seed, b])
        parts = [sigma_of_batch(100_000, rng) for _ in range(max(1, per // 100_000))]
        ratios.append(np.concatenate([p[0] for p in parts]))
        weights.append(np.concatenate([p[1] for p in parts]))
        print(f"batch {b}: {len(ratios[-1])} points, sigma = {sigma(ratios[-1], weights[-1]):.6f}", flush=True)
    r, w = np.concatenate(ratios), np.concatenate(weights)
    value = sigma(r, w)
    # jackknife over the independent batches: kappa and sigma re-estimated without batch b
    sizes = np.cumsum([0] + [len(x) for x in ratios])
    leave_out = []
    for b in range(batches):
        mask = np.ones(len(r), dtype=bool)
        mask[sizes[b]:sizes[b + 1]] = False
        leave_out.append(sigma(r[mask], w[mask]))
    leave_out = np.array(leave_out)
    se = np.sqrt((batches - 1) / batches * np.sum((leave_out - leave_out.mean()) ** 2))
    print(f"sigma_FS = {value:.7f} +- {se:.7f} (jackknife SE over {batches} batches, {len(r)} points, seed {seed})")


if __name__ == "__main__":
    main()
