"""Peer of `metricflow bench symbolic`: SymPy wall times (median of 3; sympy cache cleared before every run).
 3a Ricci scalar of diag(a,b,c)(x,y,z), from scratch (sympy_geom.ricci_scalar): none / simplify(final) / simplify every stage
 3b Ricci scalar of 2D conformal e^{2u(x,y)} delta: none / simplify(final)
 3c euler_equations of (R + |grad phi|^2_g) e^{-phi} sqrt(g) for the 2D conformal metric wrt u, phi
Usage: python3 bench_sympy.py"""
import sympy as sp
from sympy.calculus.euler import euler_equations
from sympy.core.cache import clear_cache
from common import bench
from sympy_geom import ricci_scalar

def run(fn, label):
    def wrapped():
        clear_cache()
        return fn()
    return bench(wrapped, label=label)

x, y, z = sp.symbols('x y z')
a, b, c = [sp.Function(f)(x, y, z) for f in 'abc']
g3 = sp.diag(a, b, c)
for mode in (None, 'final', 'stages'):
    m, _, R = run(lambda: ricci_scalar(g3, (x, y, z), mode), f"[sympy] 3a R(diag(a,b,c)) simplify={mode}")
    print(f"   count_ops={sp.count_ops(R)}")
# correctness: S^3 of radius 1 -> R = 6
Rchk = ricci_scalar(g3, (x, y, z)).subs({a: 1, b: sp.sin(x)**2, c: sp.sin(x)**2 * sp.sin(y)**2}).doit()
print("   check S^3: R =", sp.simplify(Rchk))

u = sp.Function('u', real=True)(x, y); phi = sp.Function('phi', real=True)(x, y)   # real => sqrt(exp(4u)) = exp(2u)
g2 = sp.diag(sp.exp(2*u), sp.exp(2*u))
for mode in (None, 'final'):
    m, _, R2 = run(lambda: ricci_scalar(g2, (x, y), mode), f"[sympy] 3b R(e^(2u) delta) simplify={mode}")
    print(f"   R = {R2 if mode else '(raw, count_ops=%d)' % sp.count_ops(R2)}")
print("   check vs -2 e^{-2u} Lap u:", sp.simplify(R2 + 2*sp.exp(-2*u)*(u.diff(x, 2) + u.diff(y, 2))))

def density(R):
    ginv = g2.inv()
    grad2 = sum(ginv[i, j] * phi.diff(v) * phi.diff(w) for i, v in enumerate((x, y)) for j, w in enumerate((x, y)))
    return (R + grad2) * sp.exp(-phi) * sp.sqrt(g2.det())

E_u = -2 * (sp.exp(-phi)).diff(x, 2) - 2 * (sp.exp(-phi)).diff(y, 2)
E_p = sp.exp(-phi) * (2*(u.diff(x, 2) + u.diff(y, 2)) + phi.diff(x)**2 + phi.diff(y)**2 - 2*(phi.diff(x, 2) + phi.diff(y, 2)))
for mode in (None, 'final'):
    R2 = ricci_scalar(g2, (x, y), mode)
    m, _, eqs = run(lambda: euler_equations(density(R2), [u, phi], [x, y]), f"[sympy] 3c euler_equations only, R simplify={mode}")
    m, _, eqs2 = run(lambda: [sp.simplify(e.lhs) for e in euler_equations(density(R2), [u, phi], [x, y])],
                     f"[sympy] 3c euler_equations + simplify, R simplify={mode}")
    print("   check vs hand-derived (0 = ok):", [sp.simplify(eqs[0].lhs - E_u), sp.simplify(eqs[1].lhs - E_p)])
m, _, _ = run(lambda: [sp.simplify(e.lhs) for e in euler_equations(density(ricci_scalar(g2, (x, y), 'final')), [u, phi], [x, y])],
              "[sympy] 3c end-to-end: R from scratch (simplified) + euler_equations + simplify")
print("   simplified E-L:", eqs2)
