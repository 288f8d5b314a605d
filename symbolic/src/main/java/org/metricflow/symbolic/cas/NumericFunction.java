package org.metricflow.symbolic.cas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.hipparchus.complex.Complex;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A symbolic expression turned into an interpreted numeric function of a list of variables, in real
 * ({@code double}) or complex (Hipparchus {@link Complex}) arithmetic. About two orders of magnitude faster than
 * Symja's own numeric evaluation; meant for checks (quadrature of functionals, finite differences, random-point
 * identity tests). Immutable and thread-safe. For production speed use the generated code of {@code codegen}.
 *
 * <p>Supported: numbers, {@code Pi}, {@code E}, {@code I} (complex arithmetic only), {@code Plus}, {@code Times},
 * {@code Power}, {@code Log}, {@code Sin}, {@code Cos}, {@code Tan}, {@code Cot}, {@code Sec}, {@code Csc},
 * {@code Sinh}, {@code Cosh}, {@code Tanh}, {@code ArcTan}, {@code ArcSin}, {@code ArcCos}, {@code Abs} (real only).
 */
public final class NumericFunction {

    private final List<String> variables;
    private final Node root;

    private NumericFunction(List<String> variables, Node root) {
        this.variables = List.copyOf(variables);
        this.root = root;
    }

    /**
     * Compiles {@code expression} as a function of {@code variables} (in argument order).
     *
     * @throws IllegalArgumentException when the expression contains another symbol or an unsupported function
     */
    public static NumericFunction of(Sym expression, List<Sym> variables) {
        Map<IExpr, Integer> slots = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            slots.put(variables.get(i).expr(), i);
        }
        Node root = compile(expression.expr(), slots);
        return new NumericFunction(variables.stream().map(Sym::toInputForm).toList(), root);
    }

    /** The variable names, in argument order. */
    public List<String> variables() {
        return variables;
    }

    /** The value at real arguments ({@code args.length} = number of variables). */
    public double value(double[] args) {
        checkArity(args.length);
        return root.real(args);
    }

    /** The value at complex arguments. */
    public Complex value(Complex[] args) {
        checkArity(args.length);
        return root.complex(args);
    }

    private void checkArity(int n) {
        if (n != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " arguments " + variables + ", got "
                    + n);
        }
    }

    private interface Node {
        double real(double[] x);

        Complex complex(Complex[] x);
    }

    private record Constant(double re, double im) implements Node {
        @Override
        public double real(double[] x) {
            if (im != 0) {
                throw new IllegalArgumentException("complex constant " + new Complex(re, im)
                        + " in a real evaluation; use complex arguments");
            }
            return re;
        }

        @Override
        public Complex complex(Complex[] x) {
            return new Complex(re, im);
        }
    }

    private record Variable(int slot) implements Node {
        @Override
        public double real(double[] x) {
            return x[slot];
        }

        @Override
        public Complex complex(Complex[] x) {
            return x[slot];
        }
    }

    private record Sum(Node[] terms) implements Node {
        @Override
        public double real(double[] x) {
            double s = 0;
            for (Node t : terms) {
                s += t.real(x);
            }
            return s;
        }

        @Override
        public Complex complex(Complex[] x) {
            Complex s = Complex.ZERO;
            for (Node t : terms) {
                s = s.add(t.complex(x));
            }
            return s;
        }
    }

    private record Product(Node[] factors) implements Node {
        @Override
        public double real(double[] x) {
            double p = 1;
            for (Node f : factors) {
                p *= f.real(x);
            }
            return p;
        }

        @Override
        public Complex complex(Complex[] x) {
            Complex p = Complex.ONE;
            for (Node f : factors) {
                p = p.multiply(f.complex(x));
            }
            return p;
        }
    }

    private record IntegerPower(Node base, int exponent) implements Node {
        @Override
        public double real(double[] x) {
            double b = base.real(x);
            int n = Math.abs(exponent);
            double r = 1;
            while (n > 0) {
                if ((n & 1) == 1) {
                    r *= b;
                }
                b *= b;
                n >>= 1;
            }
            return exponent < 0 ? 1 / r : r;
        }

        @Override
        public Complex complex(Complex[] x) {
            return base.complex(x).pow(exponent);
        }
    }

    private record GeneralPower(Node base, Node exponent) implements Node {
        @Override
        public double real(double[] x) {
            return Math.pow(base.real(x), exponent.real(x));
        }

        @Override
        public Complex complex(Complex[] x) {
            return base.complex(x).pow(exponent.complex(x));
        }
    }

    private record Unary(Node arg, DoubleUnaryOperator real, UnaryOperator<Complex> complex) implements Node {
        @Override
        public double real(double[] x) {
            return real.applyAsDouble(arg.real(x));
        }

        @Override
        public Complex complex(Complex[] x) {
            return complex.apply(arg.complex(x));
        }
    }

    private static Node compile(IExpr e, Map<IExpr, Integer> slots) {
        Integer slot = slots.get(e);
        if (slot != null) {
            return new Variable(slot);
        }
        if (e.isNumber()) {
            INumber n = (INumber) e;
            return new Constant(n.reDoubleValue(), n.imDoubleValue());
        }
        if (e.equals(S.Pi)) {
            return new Constant(Math.PI, 0);
        }
        if (e.equals(S.E)) {
            return new Constant(Math.E, 0);
        }
        if (e.isSymbol()) {
            throw new IllegalArgumentException("symbol '" + ((ISymbol) e).getSymbolName()
                    + "' is not one of the variables " + slots.keySet());
        }
        if (!e.isAST()) {
            throw new IllegalArgumentException("cannot evaluate '" + e + "' numerically");
        }
        IAST ast = (IAST) e;
        Node[] args = new Node[ast.argSize()];
        for (int i = 0; i < args.length; i++) {
            args[i] = compile(ast.get(i + 1), slots);
        }
        IExpr head = ast.head();
        if (head.equals(S.Plus)) {
            return new Sum(args);
        }
        if (head.equals(S.Times)) {
            return new Product(args);
        }
        if (head.equals(S.Power) && args.length == 2) {
            return power(ast, args);
        }
        if (args.length == 1) {
            Node unary = unary(head, args[0]);
            if (unary != null) {
                return unary;
            }
        }
        throw new IllegalArgumentException("function '" + head + "' is not supported in numeric evaluation ("
                + ast + ")");
    }

    private static Node power(IAST ast, Node[] args) {
        IExpr exponent = ast.arg2();
        if (ast.arg1().equals(S.E)) {
            return new Unary(args[1], Math::exp, Complex::exp);
        }
        if (exponent.isInteger()) {
            return new IntegerPower(args[0], exponent.toIntDefault());
        }
        if (exponent.isNumEqualRational(org.matheclipse.core.expression.F.C1D2)) {
            return new Unary(args[0], Math::sqrt, Complex::sqrt);
        }
        return new GeneralPower(args[0], args[1]);
    }

    private static Node unary(IExpr head, Node a) {
        if (head.equals(S.Log)) {
            return new Unary(a, Math::log, Complex::log);
        } else if (head.equals(S.Sin)) {
            return new Unary(a, Math::sin, Complex::sin);
        } else if (head.equals(S.Cos)) {
            return new Unary(a, Math::cos, Complex::cos);
        } else if (head.equals(S.Tan)) {
            return new Unary(a, Math::tan, Complex::tan);
        } else if (head.equals(S.Cot)) {
            return new Unary(a, v -> 1 / Math.tan(v), z -> z.tan().reciprocal());
        } else if (head.equals(S.Sec)) {
            return new Unary(a, v -> 1 / Math.cos(v), z -> z.cos().reciprocal());
        } else if (head.equals(S.Csc)) {
            return new Unary(a, v -> 1 / Math.sin(v), z -> z.sin().reciprocal());
        } else if (head.equals(S.Sinh)) {
            return new Unary(a, Math::sinh, Complex::sinh);
        } else if (head.equals(S.Cosh)) {
            return new Unary(a, Math::cosh, Complex::cosh);
        } else if (head.equals(S.Tanh)) {
            return new Unary(a, Math::tanh, Complex::tanh);
        } else if (head.equals(S.ArcTan)) {
            return new Unary(a, Math::atan, Complex::atan);
        } else if (head.equals(S.ArcSin)) {
            return new Unary(a, Math::asin, Complex::asin);
        } else if (head.equals(S.ArcCos)) {
            return new Unary(a, Math::acos, Complex::acos);
        } else if (head.equals(S.Abs)) {
            return new Unary(a, Math::abs, z -> {
                throw new IllegalArgumentException("Abs is not holomorphic; not supported in complex evaluation");
            });
        }
        return null;
    }
}
