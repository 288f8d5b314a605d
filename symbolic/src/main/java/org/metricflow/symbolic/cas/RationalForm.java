package org.metricflow.symbolic.cas;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * A correct rational normal form (replacing Symja 3.0.0's defective {@code Together}/{@code Cancel}): the expression
 * is read as a rational function over ℚ of its <em>atoms</em> — symbols, fields and field derivatives, and every
 * non-rational subexpression such as e^x, Sin(x) or the fractional part b^{1/2} of a power (whose arguments are
 * normalised recursively) — and brought to one fraction with JAS, the polynomial library Symja itself ships. The
 * denominator is kept as a product of powers of the polynomials that were inverted (such as det g), so sums need no
 * polynomial gcd: they are taken over the least common multiple of the factored denominators. At the end the
 * numerator is divided by each denominator factor as often as it divides exactly. The numerator comes back
 * expanded, the denominator as a product of powers. Exact; canonical when the inverted polynomials are
 * irreducible and distinct (as det g and the components of generic metrics are).
 */
final class RationalForm {

    private final Map<IExpr, Integer> atomIndex = new HashMap<>();
    private final List<IExpr> atoms = new ArrayList<>();
    private final Map<IExpr, Integer> atomOfNode = new IdentityHashMap<>();
    private GenPolynomialRing<BigRational> ring;
    /** Denominator factors: monic polynomials, each stored once. */
    private final List<GenPolynomial<BigRational>> factors = new ArrayList<>();
    private final Map<GenPolynomial<BigRational>, Integer> factorIndex = new HashMap<>();

    /** num / Π factors^exponent, exponents ≥ 0. */
    private record Fraction(GenPolynomial<BigRational> num, Map<Integer, Integer> den) {
    }

    private RationalForm() {
    }

    static Sym normalize(Sym s) {
        return Sym.eval(new RationalForm().run(s.expr()));
    }

    private IExpr run(IExpr e) {
        register(e);
        if (atoms.isEmpty()) {
            return e;
        }
        String[] vars = new String[atoms.size()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = "v" + i;
        }
        ring = new GenPolynomialRing<>(BigRational.ONE, vars.length, new TermOrder(TermOrder.INVLEX), vars);
        Fraction q = cancel(convert(e));
        IASTAppendable den = F.TimesAlloc(q.den.size());
        q.den.forEach((f, k) -> den.append(F.Power(toExpr(factors.get(f)), F.ZZ(k))));
        return F.Times(toExpr(q.num), F.Power(den.oneIdentity1(), F.CN1));
    }

    private static boolean isRational(IExpr e) {
        return e instanceof IInteger || e instanceof IFraction;
    }

    /** Pass 1: finds the atoms (normalising their arguments). */
    private void register(IExpr e) {
        if (isRational(e)) {
            return;
        }
        if (e.isPlus() || e.isTimes()) {
            ((IAST) e).forEach(this::register);
            return;
        }
        if (e.isPower() && e.exponent().isInteger()) {
            register(e.base());
            return;
        }
        if (e.isPower() && e.exponent() instanceof IFraction f && !e.base().isNumber()) {
            register(e.base());
            IExpr fractional = F.Power(normalizeInside(e.base()), fractionalPart(f));
            atomOfNode.put(e, indexOf(Sym.evaluator().eval(fractional)));
            return;
        }
        IExpr atom = e;
        if (e.isAST()) {
            atom = Sym.evaluator().eval(((IAST) e).map(RationalForm::normalizeInside, 1));
        }
        atomOfNode.put(e, indexOf(atom));
    }

    private static IExpr normalizeInside(IExpr e) {
        return e.isNumber() || e.isSymbol() ? e : new RationalForm().run(e);
    }

    private int indexOf(IExpr atom) {
        return atomIndex.computeIfAbsent(atom, a -> {
            atoms.add(a);
            return atoms.size() - 1;
        });
    }

    /** f − floor(f) ∈ (0, 1). */
    private static IFraction fractionalPart(IFraction f) {
        return (IFraction) f.subtract(f.floorFraction());
    }

    /** Pass 2: the rational function. */
    private Fraction convert(IExpr e) {
        if (e instanceof IInteger i) {
            return constant(new BigRational(i.toBigNumerator()));
        }
        if (e instanceof IFraction f) {
            return constant(new BigRational(f.toBigNumerator()).divide(new BigRational(f.toBigDenominator())));
        }
        if (e.isPlus()) {
            Fraction s = constant(BigRational.ZERO);
            for (IExpr t : (IAST) e) {
                s = add(s, convert(t));
            }
            return s;
        }
        if (e.isTimes()) {
            Fraction p = constant(BigRational.ONE);
            for (IExpr t : (IAST) e) {
                p = multiply(p, convert(t));
            }
            return p;
        }
        if (e.isPower() && e.exponent().isInteger()) {
            return power(convert(e.base()), e.exponent().toIntDefault());
        }
        Fraction atom = new Fraction(ring.univariate(atomOfNode.get(e)), Map.of());
        if (e.isPower() && e.exponent() instanceof IFraction f) {
            int whole = f.floorFraction().toIntDefault();
            return multiply(atom, power(convert(e.base()), whole));
        }
        return atom;
    }

    private Fraction constant(BigRational c) {
        return new Fraction(ring.getONE().multiply(c), Map.of());
    }

    /** Sum over the least common denominator (maximum exponent of each factor). */
    private Fraction add(Fraction x, Fraction y) {
        if (x.num.isZERO()) {
            return y;
        }
        if (y.num.isZERO()) {
            return x;
        }
        Map<Integer, Integer> lcm = new TreeMap<>(x.den);
        y.den.forEach((f, k) -> lcm.merge(f, k, Math::max));
        return new Fraction(x.num.multiply(missing(x.den, lcm)).sum(y.num.multiply(missing(y.den, lcm))), lcm);
    }

    private GenPolynomial<BigRational> missing(Map<Integer, Integer> have, Map<Integer, Integer> want) {
        GenPolynomial<BigRational> m = ring.getONE();
        for (Map.Entry<Integer, Integer> e : want.entrySet()) {
            for (int k = have.getOrDefault(e.getKey(), 0); k < e.getValue(); k++) {
                m = m.multiply(factors.get(e.getKey()));
            }
        }
        return m;
    }

    private Fraction multiply(Fraction x, Fraction y) {
        Map<Integer, Integer> den = new TreeMap<>(x.den);
        y.den.forEach((f, k) -> den.merge(f, k, Integer::sum));
        return new Fraction(x.num.multiply(y.num), den);
    }

    private Fraction power(Fraction base, int exponent) {
        Fraction b = exponent < 0 ? inverse(base) : base;
        Fraction r = constant(BigRational.ONE);
        for (int n = Math.abs(exponent); n > 0; n >>= 1) {
            if ((n & 1) == 1) {
                r = multiply(r, b);
            }
            b = multiply(b, b);
        }
        return r;
    }

    /** 1/(num/den) = den / num, with num split into a constant, single atoms and one polynomial factor. */
    private Fraction inverse(Fraction x) {
        GenPolynomial<BigRational> num = x.num;
        if (num.isZERO()) {
            throw new ArithmeticException("division by zero in a rational normal form");
        }
        BigRational lead = num.leadingBaseCoefficient();
        GenPolynomial<BigRational> top = missing(Map.of(), x.den).divide(lead);
        Map<Integer, Integer> den = new TreeMap<>();
        GenPolynomial<BigRational> rest = num.divide(lead);
        if (rest.length() == 1) {
            ExpVector ev = rest.leadingExpVector();
            for (int i = 0; i < atoms.size(); i++) {
                if (ev.getVal(i) > 0) {
                    den.merge(factor(ring.univariate(i)), (int) ev.getVal(i), Integer::sum);
                }
            }
        } else {
            den.put(factor(rest), 1);
        }
        return new Fraction(top, den);
    }

    private int factor(GenPolynomial<BigRational> monic) {
        return factorIndex.computeIfAbsent(monic, f -> {
            factors.add(f);
            return factors.size() - 1;
        });
    }

    /** Divides the numerator by each denominator factor as often as it divides exactly. */
    private Fraction cancel(Fraction f) {
        if (f.num.isZERO()) {
            return new Fraction(f.num, Map.of());
        }
        GenPolynomial<BigRational> num = f.num;
        Map<Integer, Integer> den = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : f.den.entrySet()) {
            GenPolynomial<BigRational> factor = factors.get(e.getKey());
            int k = e.getValue();
            while (k > 0) {
                GenPolynomial<BigRational> q = num.divide(factor);
                if (!q.multiply(factor).equals(num)) {
                    break;
                }
                num = q;
                k--;
            }
            if (k > 0) {
                den.put(e.getKey(), k);
            }
        }
        return new Fraction(num, den);
    }

    private IExpr toExpr(GenPolynomial<BigRational> p) {
        IASTAppendable sum = F.PlusAlloc(p.length());
        for (Monomial<BigRational> m : p) {
            BigRational c = m.coefficient();
            IASTAppendable term = F.TimesAlloc(atoms.size() + 1);
            term.append(F.fraction(c.numerator(), c.denominator()));
            ExpVector ev = m.exponent();
            for (int i = 0; i < atoms.size(); i++) {
                long k = ev.getVal(i);
                if (k > 0) {
                    term.append(F.Power(atoms.get(i), F.ZZ(k)));
                }
            }
            sum.append(term.oneIdentity1());
        }
        return sum.oneIdentity0();
    }
}
