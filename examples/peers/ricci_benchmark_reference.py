#!/usr/bin/env python3
"""Independent reference values of the nonlinear 2D Ricci-flow benchmark (claim flows.ricci-nonlinear-benchmark).

Ricci flow dg/dt = -2 Ric (eq. 2.39) of the conformal metric g = e^{2u} delta on T^2 = [0, 2pi)^2 is
du/dt = e^{-2u} Lap u (R = -2 e^{-2u} Lap u). From u0 = 0.1 cos x the solution depends on x only, so it is a 1D
periodic problem, solved here with a Fourier pseudo-spectral derivative (numpy FFT) and SciPy's DOP853 at
rtol = atol = 1e-13, on N and 2N points (their difference is the discretisation error estimate).

Prints, at t = 1: max|u|, u(x = 0), u(x = pi), u(x = pi/2), the mean of u over the torus, and the area
Int e^{2u} / (4 pi^2) (conserved: Int R dA = 0 on T^2).

Usage: python3 ricci_benchmark_reference.py [N]   (default 64)
"""
import sys

import numpy as np
from scipy.integrate import solve_ivp


def solve(n):
    x = 2 * np.pi * np.arange(n) / n
    k = np.fft.rfftfreq(n, d=1.0 / n)

    def rhs(_t, u):
        uxx = np.fft.irfft(-(k ** 2) * np.fft.rfft(u), n)
        return np.exp(-2 * u) * uxx

    sol = solve_ivp(rhs, (0.0, 1.0), 0.1 * np.cos(x), method="DOP853", rtol=1e-13, atol=1e-13)
    u = sol.y[:, -1]
    return {
        "max|u(1)|": np.max(np.abs(u)),
        "u(0,0,1)": u[0],
        "u(pi,0,1)": u[n // 2],
        "u(pi/2,0,1)": u[n // 4],
        "mean u(1)": np.mean(u),
        "area(1)/area(0)": np.mean(np.exp(2 * u)) / np.mean(np.exp(0.2 * np.cos(x))),
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    a, b = solve(n), solve(2 * n)
    for key in a:
        print(f"{key:16s} = {b[key]:.14f}   (N = {n}: {a[key]:.14f}, difference {abs(a[key] - b[key]):.1e})")


if __name__ == "__main__":
    main()
