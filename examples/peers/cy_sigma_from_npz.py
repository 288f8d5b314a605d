#!/usr/bin/env python3
"""Recompute sigma, kappa and Vol_g of a metric exported by `metricflow cy ... --out FILE.npz` from the file alone.

Independent of metricflow: uses only numpy and the arrays g (the metric in each point's chart), y = [w/d!, |Omega|^2]
(cymetric's layout) and line (the independent units for the error bar). Definitions (docs/cy-metrics.md):
  R = det g / |Omega|^2,  kappa = sum w R / sum w,  eta = R / kappa,  sigma = sum w |1 - eta| / sum w,
with the standard error from the delta method with per-line influence functions.
Usage: cy_sigma_from_npz.py FILE.npz   (exit 1 when sigma differs from the stored value by more than 4 standard errors)
"""
import sys

import numpy as np


def main(path):
    f = np.load(path)
    g = f["g"]
    w = f["y"][:, 0]                      # cymetric's weight w/d!; a constant factor cancels in sigma and kappa
    omega2 = f["y"][:, 1]
    line = f["line"]
    r = np.linalg.det(g).real / omega2
    kappa = np.sum(w * r) / np.sum(w)
    eta = r / kappa
    sigma = np.sum(w * np.abs(1 - eta)) / np.sum(w)
    # delta method, influence summed per line (points of one random line are correlated)
    d = np.sum(w * np.sign(1 - eta) * eta / kappa) / np.sum(w)
    mean_line_w = np.sum(w) / len(np.unique(line))
    psi = (w * (np.abs(1 - eta) - sigma) + d * w * (r - kappa)) / mean_line_w
    _, inverse = np.unique(line, return_inverse=True)
    per_line = np.bincount(inverse, weights=psi)
    se = np.sqrt(np.var(per_line, ddof=1) / len(per_line))
    stored = float(f["sigma"])
    print(f"points {len(w)}, lines {len(per_line)}")
    print(f"sigma  recomputed {sigma:.6f} +- {se:.6f}   stored {stored:.6f} +- {float(f['sigma_err']):.6f}")
    print(f"kappa  recomputed {kappa:.6f}   (eta in file vs recomputed: max diff {np.max(np.abs(f['eta'] - eta)):.2e})")
    pull = abs(sigma - stored) / se
    print(f"pull {pull:.2f} standard errors")
    return 0 if pull <= 4 else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
