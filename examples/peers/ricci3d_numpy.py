"""Straightforward NumPy peer of `metricflow bench flow`: the Ricci-flow velocity -2 Ric of a metric on the
flat torus T^3 = R^3/(2 pi Z)^3 on an n^3 grid, with spectral derivatives (numpy.fft.rfftn/irfftn) and the
curvature by numpy.einsum (Christoffel symbols and their derivatives from first and second derivatives of g).

Usage: python3 ricci3d_numpy.py N REPEATS
Prints one JSON line per measurement: {"what": ..., "seconds": median seconds per evaluation, "points": n^3}.
Checks itself first against the closed form of Ric for a conformally flat metric g = e^{2u} delta in 3D:
Ric_ij = -(d_i d_j u - d_i u d_j u) - (Laplacian u + |grad u|^2) delta_ij.
"""
import json
import sys
import time

import numpy as np


def wavenumbers(n):
    k = np.fft.fftfreq(n, 1.0 / n)
    kr = np.fft.rfftfreq(n, 1.0 / n)
    odd = k.copy()
    odd[n // 2] = 0.0          # Nyquist: odd derivatives vanish (symmetric interpolant)
    oddr = kr.copy()
    oddr[-1] = 0.0
    return k, kr, odd, oddr


def jets(g, n):
    """g: (6, n, n, n) components g11 g12 g13 g22 g23 g33 -> values, first (3,6,...), second (3,3,6,...)."""
    k, kr, odd, oddr = wavenumbers(n)
    ik = [1j * odd[:, None, None], 1j * odd[None, :, None], 1j * oddr[None, None, :]]
    kk = [k[:, None, None], k[None, :, None], kr[None, None, :]]
    spec = np.fft.rfftn(g, axes=(1, 2, 3))
    first = np.empty((3,) + g.shape)
    second = np.empty((3, 3) + g.shape)
    for a in range(3):
        first[a] = np.fft.irfftn(ik[a] * spec, s=(n, n, n), axes=(1, 2, 3))
        for b in range(a, 3):
            mult = -(kk[a] * kk[a]) if a == b else ik[a] * ik[b]
            second[a, b] = np.fft.irfftn(mult * spec, s=(n, n, n), axes=(1, 2, 3))
            second[b, a] = second[a, b]
    return first, second


IDX = [(0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)]


def full(c):
    """(6, ...) symmetric components -> (3, 3, ...)."""
    m = np.empty((3, 3) + c.shape[1:])
    for s, (i, j) in enumerate(IDX):
        m[i, j] = c[s]
        m[j, i] = c[s]
    return m


def ricci_velocity(g, n):
    first, second = jets(g, n)
    G = full(g)                                            # g_ij
    dG = np.stack([full(first[a]) for a in range(3)])      # d_a g_ij
    ddG = np.stack([np.stack([full(second[a, b]) for b in range(3)]) for a in range(3)])  # d_a d_b g_ij
    Gm = np.moveaxis(G, (0, 1), (-2, -1))
    inv = np.moveaxis(np.linalg.inv(Gm), (-2, -1), (0, 1))  # g^ij
    # Gamma_lij = 1/2 (d_i g_jl + d_j g_il - d_l g_ij), Gamma^k_ij = g^kl Gamma_lij
    low = 0.5 * (np.einsum('ijl...->lij...', dG) + np.einsum('jil...->lij...', dG) - dG)
    gam = np.einsum('kl...,lij...->kij...', inv, low)
    # d_m Gamma_lij and d_m g^kl = -g^ka d_m g_ab g^bl
    dlow = 0.5 * (np.einsum('mijl...->mlij...', ddG) + np.einsum('mjil...->mlij...', ddG)
                  - ddG)
    dinv = -np.einsum('ka...,mab...,bl...->mkl...', inv, dG, inv)
    dgam = np.einsum('mkl...,lij...->mkij...', dinv, low) + np.einsum('kl...,mlij...->mkij...', inv, dlow)
    ric = (np.einsum('kkij...->ij...', dgam) - np.einsum('jkik...->ij...', dgam)
           + np.einsum('kkl...,lij...->ij...', gam, gam) - np.einsum('kjl...,lik...->ij...', gam, gam))
    return np.stack([-2.0 * ric[i, j] for (i, j) in IDX])


def self_check(n):
    x = 2 * np.pi * np.arange(n) / n
    X, Y, Z = np.meshgrid(x, x, x, indexing='ij')
    u = 0.1 * np.cos(X) * np.sin(Y) + 0.05 * np.cos(Z - X)
    e = np.exp(2 * u)
    g = np.stack([e, 0 * e, 0 * e, e, 0 * e, e])
    v = ricci_velocity(g, n)
    ux = -0.1 * np.sin(X) * np.sin(Y) + 0.05 * np.sin(Z - X)
    uy = 0.1 * np.cos(X) * np.cos(Y)
    uz = -0.05 * np.sin(Z - X)
    du = [ux, uy, uz]
    hess = [[-0.1 * np.cos(X) * np.sin(Y) - 0.05 * np.cos(Z - X), -0.1 * np.sin(X) * np.cos(Y),
             0.05 * np.cos(Z - X)],
            [None, -0.1 * np.cos(X) * np.sin(Y), 0 * X],
            [None, None, -0.05 * np.cos(Z - X)]]
    lap = hess[0][0] + hess[1][1] + hess[2][2]
    grad2 = ux * ux + uy * uy + uz * uz
    err = 0.0
    for s, (i, j) in enumerate(IDX):
        ric = -(hess[i][j] - du[i] * du[j]) - (lap + grad2) * (1.0 if i == j else 0.0)
        err = max(err, float(np.max(np.abs(v[s] + 2 * ric))))
    if err > 1e-10:
        raise SystemExit("self-check failed: max error %g" % err)


def median_time(fn, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def main():
    n = int(sys.argv[1])
    repeats = int(sys.argv[2])
    self_check(32)
    rng = np.random.default_rng(5)
    x = 2 * np.pi * np.arange(n) / n
    X, Y, Z = np.meshgrid(x, x, x, indexing='ij')
    g = np.stack([1 + 0.1 * np.cos(X), 0.05 * np.sin(Y), 0 * X, 1 + 0.1 * np.sin(Z), 0.02 * np.cos(X + Z),
                  1 + 0.05 * rng.standard_normal() * np.cos(Y)])
    ricci_velocity(g, n)
    print(json.dumps({"what": "jets", "seconds": median_time(lambda: jets(g, n), repeats), "points": n ** 3}))
    print(json.dumps({"what": "ricci", "seconds": median_time(lambda: ricci_velocity(g, n), repeats),
                      "points": n ** 3}))


if __name__ == '__main__':
    main()
