"""NumPy peer for `metricflow bench sample`: times the peers of this folder (quintic_np.py,
fs_kernel.py) on the same tasks and prints one JSON line per task.
usage: quintic_peer.py PEERS_DIR POINTS REPEATS NN_TRAIN NN_TEST"""
import json, statistics, sys, time

sys.path.insert(0, sys.argv[1])
import numpy as np
from quintic_np import points_weights_omega, quintic_points, omega_and_pullback, pullback_fs_fast, det3_herm, \
    sigma_measure
from fs_kernel import nn_bruteforce

n, repeats, n_train, n_test = (int(a) for a in sys.argv[2:6])
rng = np.random.default_rng(11)


def median(fn):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


out = {}
t = median(lambda: out.__setitem__('pwo', points_weights_omega(n, rng)))
print(json.dumps({"what": "sample", "seconds": t, "points": len(out['pwo'][0])}), flush=True)

z, w, _ = out['pwo']


def pipeline():
    omega, jac = omega_and_pullback(z)
    det = det3_herm(pullback_fs_fast(z, jac))
    return sigma_measure(det, (omega * omega.conj()).real, w)


t = median(pipeline)
print(json.dumps({"what": "pullback", "seconds": t, "points": len(z), "sigma": float(pipeline())}), flush=True)

ztr = quintic_points(n_train, rng)
zte = quintic_points(n_test, rng)
ztr = ztr / np.linalg.norm(ztr, axis=1, keepdims=True)
zte = zte / np.linalg.norm(zte, axis=1, keepdims=True)
t = median(lambda: nn_bruteforce(zte, ztr))
print(json.dumps({"what": "nn", "seconds": t, "points": len(zte)}), flush=True)
