#!/usr/bin/env python3
"""NumPy peer of `metricflow bench flow --quintic --t inf`: the same symmetrised kernel matrix
A = Q W^1/2 Theta W^1/2 Q (Gaussian Fubini-Study kernel, docs/quintic-exact-flow.md) built from the points the Java run
wrote, then timed numpy.linalg.eigh(A) and numpy.linalg.solve(A + ridge I, b).

usage: quintic_exact_flow.py DIR N1 SIGMA PROFILE RIDGE [--no-eigh]
  DIR holds points.f64 (N x 2 N1: Re z then Im z), weights.f64 (the flow weights w-hat), b.f64 (z0), little-endian.
  PROFILE: gaussian (exp(-d^2/(2 sigma^2))) or printed (exp(-d/(2 sigma))).
Prints one JSON line: seconds (wall) and CPU seconds per stage, trace(A) and lambda_max (to check it is the same
matrix), and |x| of the solve. Exits 3 with a one-line message when NumPy is missing.
"""
import json
import os
import sys
import time

try:
    import numpy as np
except ImportError:
    print("numpy is not installed: pip install numpy (the NumPy peer is skipped)")
    sys.exit(3)


def timed(f):
    w, c = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - w, time.process_time() - c


def kernel(points, n1, sigma, profile):
    z = points[:, :n1] + 1j * points[:, n1:]
    z /= np.linalg.norm(z, axis=1)[:, None]
    c = np.clip(np.abs(z.conj() @ z.T), 0.0, 1.0)
    d = np.arccos(c)
    if profile == "gaussian":
        return np.exp(-d * d / (2 * sigma * sigma))
    return np.exp(-d / (2 * sigma))


def main(argv):
    if len(argv) < 6:
        print(__doc__)
        return 2
    folder, n1, sigma, profile, ridge = argv[1], int(argv[2]), float(argv[3]), argv[4], float(argv[5])
    eigh = "--no-eigh" not in argv
    w = np.fromfile(os.path.join(folder, "weights.f64"), dtype="<f8")
    b = np.fromfile(os.path.join(folder, "b.f64"), dtype="<f8")
    points = np.fromfile(os.path.join(folder, "points.f64"), dtype="<f8").reshape(len(w), 2 * n1)

    def build():
        s = np.sqrt(w)
        q = s / np.linalg.norm(s)
        a = kernel(points, n1, sigma, profile)
        a *= s[:, None]
        a *= s[None, :]
        p = a @ q
        alpha = q @ p
        a -= np.outer(q, p) + np.outer(p, q) - alpha * np.outer(q, q)
        return a

    a, kw, kc = timed(build)
    out = {"n": len(w), "kernel_seconds": kw, "kernel_cpu_seconds": kc, "trace": float(np.trace(a))}
    if eigh:
        vals, ew, ec = timed(lambda: np.linalg.eigh(a)[0])
        out.update({"eigh_seconds": ew, "eigh_cpu_seconds": ec, "lambda_max": float(vals[-1])})
    x, sw, sc = timed(lambda: np.linalg.solve(a + ridge * np.eye(len(w)), b))
    out.update({"solve_seconds": sw, "solve_cpu_seconds": sc, "x_norm": float(np.linalg.norm(x))})
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
