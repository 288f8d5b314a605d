package org.metricflow.symbolic.cas;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.convert.AST2Expr;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.Parser;
import org.matheclipse.parser.client.ast.ASTNode;
import org.matheclipse.parser.client.ast.FloatNode;
import org.matheclipse.parser.client.ast.FractionNode;
import org.matheclipse.parser.client.ast.FunctionNode;
import org.matheclipse.parser.client.ast.IntegerNode;
import org.matheclipse.parser.client.ast.SymbolNode;

/**
 * The only way user text (CLI {@code --metric}, {@code --potential}, {@code --density}) becomes a {@link Sym}.
 *
 * <p>The text is parsed by Symja's syntax-only parser into a tree that is <em>not</em> evaluated (Symja's
 * expression parser is avoided on purpose: it runs {@code Get("file")} and {@code Import("file")} while parsing).
 * Every node is then checked: numbers; the constants {@code Pi}, {@code E}, {@code I}; the mathematical functions of
 * {@link #ALLOWED_FUNCTIONS} (names case-insensitive, as in Symja's relaxed syntax); the caller's declared symbols
 * (coordinates) and declared functions (fields, applied to arguments); {@code D(expr, coordinate, …)} and
 * {@code Derivative(n1,…)[field][…]}. Anything else — strings, patterns, assignments, compound expressions, pure
 * functions, {@code Get}, {@code Import}, {@code Export}, {@code JavaNew}, {@code SystemDialogInput}, … — is rejected
 * with an {@link IllegalArgumentException} naming the offending token, before anything is evaluated. A constant
 * exponent must be a literal of size ≤ {@value #MAX_EXPONENT} (so {@code 10^10^10} cannot hang the evaluator).
 * Only then is the tree converted and evaluated, with Symja's file system disabled.
 */
public final class UntrustedExpression {

    /** Longest accepted input, in characters. */
    public static final int MAX_LENGTH = 20_000;
    /** Deepest accepted nesting of the syntax tree. */
    public static final int MAX_DEPTH = 200;
    /** Largest accepted constant exponent (absolute value of numerator and denominator). */
    public static final int MAX_EXPONENT = 100;

    /** Whitelisted functions: canonical Symja name by lower-case spelling. */
    public static final Set<String> ALLOWED_FUNCTIONS = Set.of("Plus", "Times", "Power", "Sqrt", "Exp", "Log",
            "Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "Sinh", "Cosh", "Tanh", "ArcTan", "ArcSin", "ArcCos",
            "Subtract", "Divide", "Minus");
    private static final Set<String> ALLOWED_CONSTANTS = Set.of("Pi", "E", "I");
    private static final Map<String, String> CANONICAL = canonicalNames();

    private UntrustedExpression() {
    }

    private static Map<String, String> canonicalNames() {
        Map<String, String> m = new TreeMap<>();
        for (String s : ALLOWED_FUNCTIONS) {
            m.put(s.toLowerCase(Locale.ROOT), s);
        }
        for (String s : ALLOWED_CONSTANTS) {
            m.put(s.toLowerCase(Locale.ROOT), s);
        }
        m.put("d", "D");
        m.put("derivative", "Derivative");
        return m;
    }

    /**
     * Parses, checks and evaluates user text.
     *
     * @param parameter what the text is, for error messages (e.g. {@code "--metric"})
     * @param text      the user's text in Symja input form (relaxed syntax)
     * @param symbols   declared symbols, e.g. the coordinates {@code x, y}
     * @param functions declared functions, e.g. the fields {@code u} of {@code u(x,y)}
     * @throws IllegalArgumentException naming the offending token when the text is malformed or not allowed
     */
    public static Sym parse(String parameter, String text, Collection<String> symbols, Collection<String> functions) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(parameter + ": empty expression");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(parameter + ": expression of " + text.length()
                    + " characters exceeds the limit of " + MAX_LENGTH);
        }
        Set<String> declaredSymbols = declare(parameter, symbols);
        Set<String> declaredFunctions = declare(parameter, functions);
        ASTNode tree;
        try {
            tree = new Parser(true).parse(text);
        } catch (RuntimeException e) { // SyntaxError and scanner failures
            throw new IllegalArgumentException(parameter + ": cannot parse '" + text + "': "
                    + String.valueOf(e.getMessage()).replace('\n', ' ').trim());
        }
        new Checker(parameter, declaredSymbols, declaredFunctions).check(tree, 0);
        Config.FILESYSTEM_ENABLED = false;
        IExpr converted = new AST2Expr(true, Sym.evaluator().getEvalEngine()).convert(tree);
        try {
            return Sym.eval(converted);
        } catch (RuntimeException e) { // Symja's limit exceptions (e.g. integers beyond Sym.MAX_INTEGER_BITS)
            throw new IllegalArgumentException(parameter + ": evaluation of '" + text + "' aborted: "
                    + e.getClass().getSimpleName());
        }
    }

    private static Set<String> declare(String parameter, Collection<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            try {
                Sym.userSymbol(n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(parameter + ": " + e.getMessage());
            }
            out.add(n);
        }
        return out;
    }

    /** Walks the syntax tree; throws on the first node outside the whitelist. */
    private record Checker(String parameter, Set<String> symbols, Set<String> functions) {

        void check(ASTNode node, int depth) {
            if (depth > MAX_DEPTH) {
                throw reject("nesting deeper than " + MAX_DEPTH);
            }
            if (node instanceof IntegerNode || node instanceof FractionNode || node instanceof FloatNode) {
                return;
            }
            if (node instanceof SymbolNode s) {
                checkSymbol(s.getString());
                return;
            }
            if (node instanceof FunctionNode f) {
                checkFunction(f, depth);
                return;
            }
            throw reject("'" + node + "' (" + node.getClass().getSimpleName().replace("Node", "").toLowerCase(
                    Locale.ROOT) + ") is not allowed");
        }

        private void checkSymbol(String name) {
            if (symbols.contains(name)) {
                return;
            }
            String canonical = CANONICAL.get(name.toLowerCase(Locale.ROOT));
            if (canonical != null && ALLOWED_CONSTANTS.contains(canonical)) {
                return;
            }
            throw reject("symbol '" + name + "' is not declared (declared: " + symbols + "; constants: "
                    + ALLOWED_CONSTANTS + ")");
        }

        private void checkFunction(FunctionNode f, int depth) {
            ASTNode head = f.getNode(0);
            if (head instanceof FunctionNode derivative) {
                checkDerivativeHead(derivative);
            } else if (head instanceof SymbolNode s) {
                String name = s.getString();
                String canonical = CANONICAL.get(name.toLowerCase(Locale.ROOT));
                if (functions.contains(name)) {
                    // a field applied to arguments
                } else if ("D".equals(canonical)) {
                    checkD(f);
                } else if (canonical == null || !ALLOWED_FUNCTIONS.contains(canonical)) {
                    throw reject("function '" + name + "' is not allowed (allowed: "
                            + ALLOWED_FUNCTIONS.stream().sorted().collect(Collectors.joining(", ")) + "; fields: "
                            + functions + ")");
                } else if ("Power".equals(canonical)) {
                    checkPower(f);
                }
            } else {
                throw reject("'" + head + "' cannot be applied as a function");
            }
            for (int i = 1; i < f.size(); i++) {
                check(f.getNode(i), depth + 1);
            }
        }

        /** {@code Derivative(n1,…)[field]}: integer orders, a declared field. */
        private void checkDerivativeHead(FunctionNode head) {
            if (head.size() == 2 && head.getNode(0) instanceof FunctionNode orders
                    && orders.getNode(0) instanceof SymbolNode d
                    && "Derivative".equals(CANONICAL.get(d.getString().toLowerCase(Locale.ROOT)))
                    && head.getNode(1) instanceof SymbolNode field && functions.contains(field.getString())) {
                for (int i = 1; i < orders.size(); i++) {
                    if (!(orders.getNode(i) instanceof IntegerNode)) {
                        throw reject("derivative orders must be integers, got '" + orders.getNode(i) + "'");
                    }
                }
                return;
            }
            throw reject("'" + head + "' cannot be applied as a function");
        }

        /** {@code D(expr, x, y, …)} with declared coordinates only. */
        private void checkD(FunctionNode f) {
            if (f.size() < 3) {
                throw reject("D needs an expression and at least one coordinate: '" + f + "'");
            }
            for (int i = 2; i < f.size(); i++) {
                if (!(f.getNode(i) instanceof SymbolNode s) || !symbols.contains(s.getString())) {
                    throw reject("D differentiates with respect to declared symbols " + symbols + ", got '"
                            + f.getNode(i) + "'");
                }
            }
        }

        /** A constant exponent must be a small number literal (possibly negated) or a named constant. */
        private void checkPower(FunctionNode f) {
            if (f.size() == 3 && isConstant(f.getNode(2)) && !isSmallConstant(f.getNode(2))) {
                throw reject("a constant exponent must be a number literal of size <= " + MAX_EXPONENT + ", got '"
                        + f.getNode(2) + "'");
            }
        }

        private boolean isSmallConstant(ASTNode n) {
            if (n instanceof FloatNode || n instanceof SymbolNode) {
                return true;
            }
            if (n instanceof IntegerNode || n instanceof FractionNode) {
                for (String part : n.toString().replace("-", "").split("/")) {
                    String digits = part.trim();
                    if (digits.length() > 3 || Integer.parseInt(digits) > MAX_EXPONENT) {
                        return false;
                    }
                }
                return true;
            }
            return n instanceof FunctionNode f && f.size() == 3 && f.getNode(0) instanceof SymbolNode times
                    && "times".equalsIgnoreCase(times.getString()) && isSmallConstant(f.getNode(1))
                    && isSmallConstant(f.getNode(2)) && !(f.getNode(1) instanceof SymbolNode)
                    && !(f.getNode(2) instanceof SymbolNode);
        }

        private boolean isConstant(ASTNode n) {
            if (n instanceof SymbolNode s) {
                return !symbols.contains(s.getString());
            }
            if (n instanceof FunctionNode f) {
                if (f.getNode(0) instanceof SymbolNode s && functions.contains(s.getString())) {
                    return false;
                }
                for (int i = 1; i < f.size(); i++) {
                    if (!isConstant(f.getNode(i))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private IllegalArgumentException reject(String why) {
            return new IllegalArgumentException(parameter + ": " + why);
        }
    }

}
