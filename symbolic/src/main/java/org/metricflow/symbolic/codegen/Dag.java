package org.metricflow.symbolic.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.tree.Call;
import org.metricflow.symbolic.tree.Constant;
import org.metricflow.symbolic.tree.Expr;
import org.metricflow.symbolic.tree.IntegerPower;
import org.metricflow.symbolic.tree.MathFunction;
import org.metricflow.symbolic.tree.Product;
import org.metricflow.symbolic.tree.RealPower;
import org.metricflow.symbolic.tree.Sum;
import org.metricflow.symbolic.tree.Variable;

/**
 * A hash-consed expression DAG: structurally equal subexpressions (after sorting the operands of + and ·) are one
 * node, so every common subexpression of every output is computed once. Constants are folded, x+0, x·1 and 1/(1/x)
 * vanish, a constant multiple c·a·b becomes c·(a·b) so that a·b is shared with its other multiples, and integer
 * powers become products by repeated squaring (x⁵ = (x²)²·x, sharing x² with other powers).
 * Nodes are numbered in creation order, which is a topological order.
 */
final class Dag {

    /** Node kinds; {@link #RECIP} is 1/x, {@link #POW} is {@link Math#pow}. */
    enum Op { CONST, INPUT, ADD, MUL, RECIP, POW, CALL }

    /**
     * One node.
     *
     * @param op       kind
     * @param value    the constant (CONST only)
     * @param slot     input slot (INPUT), function ordinal (CALL), else −1
     * @param args     operand node ids (sorted for ADD and MUL)
     */
    record Node(Op op, double value, int slot, int[] args) {

        MathFunction function() {
            return MathFunction.values()[slot];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && op == n.op && Double.compare(value, n.value) == 0 && slot == n.slot
                    && Arrays.equals(args, n.args);
        }

        @Override
        public int hashCode() {
            return ((op.hashCode() * 31 + Double.hashCode(value)) * 31 + slot) * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return op + (op == Op.CONST ? "(" + value + ")" : "") + (slot >= 0 ? "#" + slot : "")
                    + Arrays.toString(args);
        }
    }

    /** Most operands of one + or · node; longer sums and products are split into a tree of partial ones. */
    static final int MAX_ARGS = 64;

    private static final int[] NONE = new int[0];

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> ids = new HashMap<>();
    private final Map<String, Integer> inputSlots;

    /** An empty DAG over the named inputs (slot i is {@code inputs.get(i)}). */
    Dag(List<String> inputs) {
        inputSlots = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            inputSlots.put(inputs.get(i), i);
        }
    }

    Node node(int id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    /** Adds a tree; returns the id of its root. */
    int add(Expr e) {
        if (e instanceof Constant c) {
            return constant(c.value());
        }
        if (e instanceof Variable v) {
            return input(v.name());
        }
        if (e instanceof Sum s) {
            return add(s.terms().stream().mapToInt(this::add).toArray());
        }
        if (e instanceof Product p) {
            return mul(p.factors().stream().mapToInt(this::add).toArray());
        }
        if (e instanceof IntegerPower p) {
            return powi(add(p.base()), p.exponent());
        }
        if (e instanceof RealPower p) {
            return pow(add(p.base()), add(p.exponent()));
        }
        Call c = (Call) e;
        return call(c.function(), add(c.argument()));
    }

    private int input(String name) {
        Integer slot = inputSlots.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("variable '" + name + "' is not an input; inputs are "
                    + inputSlots.keySet());
        }
        return intern(new Node(Op.INPUT, 0, slot, NONE));
    }

    int constant(double v) {
        // -0.0 and 0.0 are one constant: generated code never distinguishes them
        return intern(new Node(Op.CONST, v == 0.0 ? 0.0 : v, -1, NONE));
    }

    private boolean isConst(int id) {
        return nodes.get(id).op == Op.CONST;
    }

    private double value(int id) {
        return nodes.get(id).value;
    }

    int add(int... terms) {
        double c = 0;
        List<Integer> rest = new ArrayList<>();
        for (int t : terms) {
            if (isConst(t)) {
                c += value(t);
            } else {
                rest.add(t);
            }
        }
        if (c != 0 || rest.isEmpty()) {
            rest.add(constant(c));
        }
        return rest.size() == 1 ? rest.get(0) : nary(Op.ADD, sorted(rest));
    }

    int mul(int... factors) {
        double c = 1;
        List<Integer> rest = new ArrayList<>();
        for (int f : factors) {
            if (isConst(f)) {
                c *= value(f);
            } else {
                rest.add(f);
            }
        }
        if (c == 0 || rest.isEmpty()) {
            return constant(c);
        }
        int product = rest.size() == 1 ? rest.get(0) : nary(Op.MUL, sorted(rest));
        // c·(a·b) rather than c·a·b: the product a·b is shared with every other constant multiple of it
        return c == 1 ? product : nary(Op.MUL, sorted(List.of(constant(c), product)));
    }

    /** base^n by repeated squaring; negative n is the reciprocal of base^|n|. */
    int powi(int base, int n) {
        if (n < 0) {
            return recip(powi(base, -n));
        }
        if (isConst(base)) {
            return constant(Math.pow(value(base), n));
        }
        int result = -1;
        int square = base;
        for (int k = n; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = result < 0 ? square : mul(result, square);
            }
            if (k > 1) {
                square = mul(square, square);
            }
        }
        return result < 0 ? constant(1) : result;
    }

    int recip(int x) {
        if (isConst(x)) {
            return constant(1 / value(x));
        }
        Node n = nodes.get(x);
        return n.op == Op.RECIP ? n.args[0] : intern(new Node(Op.RECIP, 0, -1, new int[] {x}));
    }

    int pow(int base, int exponent) {
        if (isConst(base) && isConst(exponent)) {
            return constant(Math.pow(value(base), value(exponent)));
        }
        return intern(new Node(Op.POW, 0, -1, new int[] {base, exponent}));
    }

    int call(MathFunction f, int x) {
        if (isConst(x)) {
            return constant(f.apply(value(x)));
        }
        return intern(new Node(Op.CALL, 0, f.ordinal(), new int[] {x}));
    }

    /** An ADD or MUL node of sorted operands, as a tree of nodes of at most {@link #MAX_ARGS} operands each. */
    private int nary(Op op, int[] args) {
        if (args.length <= MAX_ARGS) {
            return intern(new Node(op, 0, -1, args));
        }
        int groups = (args.length + MAX_ARGS - 1) / MAX_ARGS;
        int[] partial = new int[groups];
        for (int g = 0; g < groups; g++) {
            int from = g * args.length / groups;
            int to = (g + 1) * args.length / groups;
            partial[g] = intern(new Node(op, 0, -1, Arrays.copyOfRange(args, from, to)));
        }
        Arrays.sort(partial);
        return nary(op, partial);
    }

    private static int[] sorted(List<Integer> ids) {
        int[] a = ids.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private int intern(Node n) {
        Integer id = ids.get(n);
        if (id != null) {
            return id;
        }
        nodes.add(n);
        ids.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }
}
