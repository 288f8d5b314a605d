"""Peer of `metricflow bench kernel`: Gaussian FS-kernel 'metric flow step' out = K @ V (N x 9) and FS nearest-neighbour
('Delta kernel') assignment. Usage:
   python3 bench_kernel.py gauss N [block]     (one N per process so max RSS is per size)
   python3 bench_kernel.py nn
"""
import sys, numpy as np
from common import bench, maxrss_mb
from quintic_np import quintic_points
from fs_kernel import *
from scipy.spatial import cKDTree

rng = np.random.default_rng(11)
sigma = 0.3
what = sys.argv[1]

if what == 'gauss':
    N = int(sys.argv[2]); block = int(sys.argv[3]) if len(sys.argv) > 3 else min(N, 2000)
    z = quintic_points(N, rng)
    X = np.concatenate([z.real, z.imag], axis=1)          # R^10 input
    V = rng.standard_normal((N, 9))
    Z = to_unit_complex(X)
    m, _, out = bench(lambda: kernel_matvec_complex(to_unit_complex(X), V, sigma, block),
                      label=f"[numpy] gauss K@V complex-GEMM N={N} block={block}")
    print(f"   -> {N*N/m/1e6:,.1f} M kernel entries/s")
    m, _, out2 = bench(lambda: kernel_matvec_embed(herm_embed(to_unit_complex(X)), V, sigma, block),
                       label=f"[numpy] gauss K@V 25-d Hermitian-embedding GEMM N={N} block={block}")
    print(f"   -> {N*N/m/1e6:,.1f} M kernel entries/s;  max|out_c - out_e| = {np.abs(out-out2).max():.2e}")
    # spot check a few rows against the literal formula
    rows = rng.choice(N, 5, replace=False)
    for r in rows:
        d = np.arccos(np.clip(np.abs(Z @ Z[r].conj()), 0, 1))
        assert np.allclose(np.exp(-d**2/(2*sigma**2)) @ V, out[r], rtol=1e-9, atol=1e-9)
    print(f"   spot check OK; max RSS {maxrss_mb():.0f} MB")

elif what == 'nn':
    ztr = quintic_points(10_000, rng); zte = quintic_points(100_000, rng)
    Xtr = np.concatenate([ztr.real, ztr.imag], 1); Xte = np.concatenate([zte.real, zte.imag], 1)
    Ztr, Zte = to_unit_complex(Xtr), to_unit_complex(Xte)
    Etr, Ete = herm_embed(Ztr), herm_embed(Zte)
    # embedding check: ||E-E'||^2 == 2 sin^2 d_FS
    i, j = rng.integers(0, 10_000, 1000), rng.integers(0, 100_000, 1000)
    d = np.arccos(np.clip(np.abs(np.sum(Ztr[i].conj() * Zte[j], 1)), 0, 1))
    print("embedding check max| |E-E'|^2 - 2 sin^2 d | =", np.abs(np.sum((Etr[i]-Ete[j])**2, 1) - 2*np.sin(d)**2).max())
    m, _, _ = bench(lambda: herm_embed(to_unit_complex(Xte)), label="[numpy] embed 100k test pts into R^25")
    m, _, tree = bench(lambda: cKDTree(herm_embed(to_unit_complex(Xtr))), label="[scipy] cKDTree build, 10k train (embed incl.)")
    m, _, q1 = bench(lambda: tree.query(Ete, k=1, workers=1)[1], label="[scipy] cKDTree.query 100k, workers=1")
    print(f"   -> {1e5/m:,.0f} queries/s")
    m, _, q2 = bench(lambda: tree.query(Ete, k=1, workers=-1)[1], label="[scipy] cKDTree.query 100k, workers=-1 (2 cores)")
    print(f"   -> {1e5/m:,.0f} queries/s")
    m, _, b1 = bench(lambda: nn_bruteforce(Zte, Ztr), label="[numpy] brute force blockwise complex GEMM + argmax|<,>|")
    print(f"   -> {1e5/m:,.0f} queries/s")
    m, _, b2 = bench(lambda: nn_bruteforce_embed(Ete, Etr), label="[numpy] brute force blockwise 25-d real GEMM + argmax")
    print(f"   -> {1e5/m:,.0f} queries/s")
    print("mismatches kdtree vs brute:", int(np.sum(q1 != b1)), " embed-brute vs brute:", int(np.sum(b2 != b1)))
    if np.any(q1 != b1):   # ties / rounding: compare distances
        k = np.nonzero(q1 != b1)[0]
        dq = np.abs(np.sum(Zte[k].conj()*Ztr[q1[k]], 1)); db = np.abs(np.sum(Zte[k].conj()*Ztr[b1[k]], 1))
        print("   max |cos d| difference at mismatches:", np.abs(dq-db).max())
    dmin = np.arccos(np.clip(np.abs(np.sum(Zte.conj()*Ztr[b1], 1)), 0, 1))
    print(f"   NN FS distance: median {np.median(dmin):.4f}, max {dmin.max():.4f}; max RSS {maxrss_mb():.0f} MB")
