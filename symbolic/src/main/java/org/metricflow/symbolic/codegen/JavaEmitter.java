package org.metricflow.symbolic.codegen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.metricflow.symbolic.codegen.Dag.Node;
import org.metricflow.symbolic.codegen.Dag.Op;

/**
 * Emits the Java source of a {@link FunctionDefinition}: one hash-consed {@link Dag} for all outputs, each node used
 * more than once (or too big to inline) bound to a {@code final double tN}, single-use nodes inlined, inputs read once
 * into {@code final double xS = in[io + S]}. Functions too large for one JIT-compilable method (HotSpot does not compile
 * methods over 8000 bytes of bytecode) are split into {@code part0, part1, …}, passing values needed later through a
 * scratch array {@code w}.
 *
 * <p>Nothing but numbers, the fixed operators, {@code Math.*} names of {@link org.metricflow.symbolic.tree.MathFunction}
 * and validated identifiers (in comments) is written, so the source cannot carry user text.
 */
final class JavaEmitter {

    /** Simple name of every generated class (each is loaded by its own class loader). */
    static final String CLASS_NAME = "GeneratedCode";
    /** Largest number of operand references in a single-use subexpression that is still inlined. */
    private static final int INLINE_WEIGHT = 24;
    /** Largest number of operand references in one statement (more: its operands become locals). */
    private static final int STATEMENT_WEIGHT = 100;
    /**
     * Operand references per method. Measured at about 2.5 bytes of bytecode each (up to 4 with wide local indices),
     * so a method stays under HotSpot's 8000-byte limit for JIT compilation.
     */
    private static final int CHUNK_WEIGHT = 1200;

    private enum Context { STATEMENT, TERM, FACTOR, DENOMINATOR }

    private final FunctionDefinition def;
    private final Dag dag;
    private final int[] roots;
    private final int[] uses;
    private final boolean[] local;
    private final int[] weight;
    private final int[] chunkOf;
    private final int[] workSlot;
    private final List<List<Integer>> chunks = new ArrayList<>();
    private int workspaceSize;
    private int currentChunk;

    private JavaEmitter(FunctionDefinition def) {
        this.def = def;
        dag = new Dag(def.inputs());
        roots = def.outputs().stream().mapToInt(dag::add).toArray();
        int n = dag.size();
        uses = new int[n];
        local = new boolean[n];
        weight = new int[n];
        chunkOf = new int[n];
        workSlot = new int[n];
        countUses();
        chooseLocals();
        splitIntoChunks();
        assignWorkspace();
    }

    /** The Java source of a class computing {@code def} (see {@link GeneratedFunction}). */
    static String emit(FunctionDefinition def) {
        return new JavaEmitter(def).source();
    }

    private boolean isLeaf(int id) {
        Op op = dag.node(id).op();
        return op == Op.CONST || op == Op.INPUT;
    }

    private void countUses() {
        BitSet reachable = new BitSet();
        for (int r : roots) {
            reachable.set(r);
            uses[r]++;
        }
        for (int id = dag.size() - 1; id >= 0; id--) {
            if (reachable.get(id)) {
                for (int a : dag.node(id).args()) {
                    reachable.set(a);
                    uses[a]++;
                }
            }
        }
    }

    private void chooseLocals() {
        BitSet isRoot = new BitSet();
        for (int r : roots) {
            isRoot.set(r);
        }
        for (int id = 0; id < dag.size(); id++) {
            if (uses[id] == 0 || isLeaf(id)) {
                continue;
            }
            int[] args = dag.node(id).args();
            int w = 1;
            for (int a : args) {
                w += (isLeaf(a) || local[a]) ? 1 : weight[a];
            }
            if (w > STATEMENT_WEIGHT) {
                // bind the inlined operands to locals instead (each weighs ≤ INLINE_WEIGHT): w ≤ 1 + Dag.MAX_ARGS
                for (int a : args) {
                    local[a] |= !isLeaf(a);
                }
                w = 1 + args.length;
            }
            weight[id] = w;
            local[id] = uses[id] > 1 || isRoot.get(id) || w > INLINE_WEIGHT;
        }
    }

    private void splitIntoChunks() {
        List<Integer> chunk = new ArrayList<>();
        int w = 0;
        for (int id = 0; id < dag.size(); id++) {
            if (!local[id]) {
                continue;
            }
            if (!chunk.isEmpty() && w + weight[id] > CHUNK_WEIGHT) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                w = 0;
            }
            chunkOf[id] = chunks.size();
            chunk.add(id);
            w += weight[id] + 2;
        }
        chunks.add(chunk);
    }

    private void assignWorkspace() {
        int[] lastUse = new int[dag.size()];
        for (List<Integer> chunk : chunks) {
            for (int id : chunk) {
                for (int ref : references(id, new ArrayList<>())) {
                    if (local[ref]) {
                        lastUse[ref] = Math.max(lastUse[ref], chunkOf[id]);
                    }
                }
            }
        }
        for (int id = 0; id < dag.size(); id++) {
            workSlot[id] = local[id] && lastUse[id] > chunkOf[id] ? workspaceSize++ : -1;
        }
    }

    /** Leaves and locals the inline expression of node {@code id} refers to. */
    private List<Integer> references(int id, List<Integer> out) {
        for (int a : dag.node(id).args()) {
            if (isLeaf(a) || local[a]) {
                out.add(a);
            } else {
                references(a, out);
            }
        }
        return out;
    }

    private String source() {
        StringBuilder sb = new StringBuilder();
        sb.append("// Generated by metricflow codegen from whitelisted expression trees. Do not edit.\n");
        sb.append("// inputs:  ").append(slotList("in", def.inputs())).append('\n');
        sb.append("// outputs: ").append(slotList("out", def.outputNames())).append('\n');
        sb.append("public final class ").append(CLASS_NAME)
                .append(" extends org.metricflow.symbolic.codegen.GeneratedFunction {\n\n");
        sb.append("    public ").append(CLASS_NAME).append("(java.util.List inputs, java.util.List outputs, String source) {\n")
                .append("        super(inputs, outputs, source, ").append(workspaceSize).append(");\n    }\n\n");
        sb.append("    public void evaluate(double[] in, int io, double[] out, int oo) {\n")
                .append("        run(in, io, out, oo, workspace());\n    }\n\n");
        sb.append("    public void evaluateBatch(double[] in, double[] out, int count) {\n")
                .append("        checkBatch(in, out, count);\n")
                .append("        final double[] w = newWorkspace();\n")
                .append("        for (int p = 0; p < count; p++) {\n")
                .append("            run(in, p * ").append(def.inputs().size()).append(", out, p * ")
                .append(def.outputs().size()).append(", w);\n        }\n    }\n\n");
        String signature = "(double[] in, int io, double[] out, int oo, double[] w) {\n";
        sb.append("    private static void run").append(signature);
        if (chunks.size() == 1) {
            appendChunk(sb, 0);
        } else {
            for (int c = 0; c < chunks.size(); c++) {
                sb.append("        part").append(c).append("(in, io, out, oo, w);\n");
            }
            for (int c = 0; c < chunks.size(); c++) {
                sb.append("    }\n\n    private static void part").append(c).append(signature);
                appendChunk(sb, c);
            }
        }
        sb.append("    }\n}\n");
        return sb.toString();
    }

    private static String slotList(String array, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(array).append('[').append(i).append("] ").append(names.get(i));
        }
        return sb.toString();
    }

    private void appendChunk(StringBuilder sb, int c) {
        currentChunk = c;
        BitSet inputsUsed = new BitSet();
        List<Integer> leafOutputs = new ArrayList<>();
        for (int id : chunks.get(c)) {
            for (int ref : references(id, new ArrayList<>())) {
                if (dag.node(ref).op() == Op.INPUT) {
                    inputsUsed.set(dag.node(ref).slot());
                }
            }
        }
        if (c == 0) {
            for (int j = 0; j < roots.length; j++) {
                if (isLeaf(roots[j])) {
                    leafOutputs.add(j);
                    if (dag.node(roots[j]).op() == Op.INPUT) {
                        inputsUsed.set(dag.node(roots[j]).slot());
                    }
                }
            }
        }
        for (int s = inputsUsed.nextSetBit(0); s >= 0; s = inputsUsed.nextSetBit(s + 1)) {
            sb.append("        final double x").append(s).append(" = in[io + ").append(s).append("];\n");
        }
        for (int j : leafOutputs) {
            sb.append("        out[oo + ").append(j).append("] = ").append(ref(roots[j], Context.STATEMENT))
                    .append(";\n");
        }
        for (int id : chunks.get(c)) {
            sb.append("        final double t").append(id).append(" = ").append(expression(id)).append(";\n");
            if (workSlot[id] >= 0) {
                sb.append("        w[").append(workSlot[id]).append("] = t").append(id).append(";\n");
            }
            for (int j = 0; j < roots.length; j++) {
                if (roots[j] == id) {
                    sb.append("        out[oo + ").append(j).append("] = t").append(id).append(";\n");
                }
            }
        }
    }

    private String ref(int id, Context context) {
        Node n = dag.node(id);
        if (n.op() == Op.CONST) {
            return literal(n.value());
        }
        if (n.op() == Op.INPUT) {
            return "x" + n.slot();
        }
        if (local[id]) {
            return chunkOf[id] == currentChunk ? "t" + id : "w[" + workSlot[id] + "]";
        }
        boolean bare = switch (context) {
            case STATEMENT -> true;
            case TERM -> n.op() != Op.ADD;
            case FACTOR, DENOMINATOR -> n.op() == Op.CALL || n.op() == Op.POW;
        };
        String e = expression(id);
        return bare ? e : "(" + e + ")";
    }

    private String expression(int id) {
        Node n = dag.node(id);
        int[] a = n.args();
        return switch (n.op()) {
            case ADD -> sum(a);
            case MUL -> product(a, false);
            case RECIP -> "1.0 / " + ref(a[0], Context.DENOMINATOR);
            case POW -> "Math.pow(" + ref(a[0], Context.STATEMENT) + ", " + ref(a[1], Context.STATEMENT) + ")";
            case CALL -> n.function().javaName() + "(" + ref(a[0], Context.STATEMENT) + ")";
            case CONST, INPUT -> ref(id, Context.STATEMENT);
        };
    }

    private String sum(int[] terms) {
        StringBuilder sb = new StringBuilder();
        for (int t : terms) {
            Node n = dag.node(t);
            boolean negativeConstant = n.op() == Op.CONST && n.value() < 0;
            boolean negativeProduct = n.op() == Op.MUL && !local[t] && constantFactor(n.args()) < 0;
            if (sb.length() > 0 && negativeConstant) {
                sb.append(" - ").append(literal(-n.value()));
            } else if (sb.length() > 0 && negativeProduct) {
                sb.append(" - ").append(product(n.args(), true));
            } else {
                sb.append(sb.length() > 0 ? " + " : "").append(ref(t, Context.TERM));
            }
        }
        return sb.toString();
    }

    private double constantFactor(int[] factors) {
        for (int f : factors) {
            if (dag.node(f).op() == Op.CONST) {
                return dag.node(f).value();
            }
        }
        return 1;
    }

    /** numerator / denominator, with the constant factor first (negated when {@code negate}). */
    private String product(int[] factors, boolean negate) {
        double c = negate ? -constantFactor(factors) : constantFactor(factors);
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int f : factors) {
            Node n = dag.node(f);
            if (n.op() == Op.CONST) {
                continue;
            }
            if (n.op() == Op.RECIP && !local[f]) {
                den.add(ref(n.args()[0], Context.DENOMINATOR));
            } else {
                num.add(ref(f, Context.FACTOR));
            }
        }
        if (c != 1 && c != -1) {
            num.add(0, literal(c));
        }
        StringBuilder sb = new StringBuilder(c == -1 ? "-" : "");
        sb.append(num.isEmpty() ? "1.0" : String.join(" * ", num));
        if (den.size() == 1) {
            sb.append(" / ").append(den.get(0));
        } else if (den.size() > 1) {
            sb.append(" / (").append(String.join(" * ", den)).append(')');
        }
        return sb.toString();
    }

    private static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(v);
    }
}
