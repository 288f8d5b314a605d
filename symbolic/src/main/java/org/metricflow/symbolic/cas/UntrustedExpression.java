package org.metricflow.symbolic.cas;

import java.util.Collection;
import java.util.List;
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

    /**
     * What user text may name besides the whitelisted functions and constants.
     *
     * @param symbols      declared symbols (coordinates); {@code D} differentiates only with respect to these
     * @param functions    declared functions (fields)
     * @param openNames    whether any other name that is not a Symja built-in is accepted too, as a constant
     *                     parameter (e.g. the radius {@code r}) or, applied to arguments, as a field ({@code u(x,y)});
     *                     such names are inert in Symja
     */
    public record Vocabulary(Set<String> symbols, Set<String> functions, boolean openNames) {

        public Vocabulary {
            symbols = Set.copyOf(symbols);
            functions = Set.copyOf(functions);
        }

        /** Only the declared names. */
        public static Vocabulary strict(Collection<String> symbols, Collection<String> functions) {
            return new Vocabulary(Set.copyOf(symbols), Set.copyOf(functions), false);
        }

        /** The declared symbols, and any other non-built-in name as a parameter or field. */
        public static Vocabulary open(Collection<String> symbols) {
            return new Vocabulary(Set.copyOf(symbols), Set.of(), true);
        }
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
        return parse(parameter, text, Vocabulary.strict(symbols, functions));
    }

    /** Parses, checks and evaluates user text with the given vocabulary (see {@link #parse(String, String,
     * Collection, Collection)}). */
    public static Sym parse(String parameter, String text, Vocabulary vocabulary) {
        ASTNode tree = syntaxTree(parameter, text, vocabulary);
        return evaluate(parameter, text, tree);
    }

    /**
     * Parses a square matrix {@code {{a, b}, {c, d}}} of user expressions (e.g. a metric), checking every entry.
     *
     * @throws IllegalArgumentException when the text is not a square list of lists or an entry is not allowed
     */
    public static Sym[][] parseMatrix(String parameter, String text, Vocabulary vocabulary) {
        ASTNode tree = parseSyntax(parameter, text);
        List<ASTNode> rows = listElements(tree);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException(parameter + ": expected a square matrix {{...}, {...}}, got '" + text
                    + "'");
        }
        Checker checker = checker(parameter, vocabulary);
        Sym[][] out = new Sym[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<ASTNode> row = listElements(rows.get(i));
            if (row == null || row.size() != rows.size()) {
                throw new IllegalArgumentException(parameter + ": row " + (i + 1) + " of the " + rows.size() + "x"
                        + rows.size() + " matrix must be a list of " + rows.size() + " entries, got '"
                        + rows.get(i) + "'");
            }
            out[i] = new Sym[row.size()];
            for (int j = 0; j < row.size(); j++) {
                checker.check(row.get(j), 1);
                out[i][j] = evaluate(parameter, text, row.get(j));
            }
        }
        return out;
    }

    private static List<ASTNode> listElements(ASTNode node) {
        if (node instanceof FunctionNode f && f.getNode(0) instanceof SymbolNode s
                && "list".equalsIgnoreCase(s.getString())) {
            List<ASTNode> out = new java.util.ArrayList<>();
            for (int i = 1; i < f.size(); i++) {
                out.add(f.getNode(i));
            }
            return out;
        }
        return null;
    }

    private static ASTNode syntaxTree(String parameter, String text, Vocabulary vocabulary) {
        ASTNode tree = parseSyntax(parameter, text);
        checker(parameter, vocabulary).check(tree, 0);
        return tree;
    }

    private static Checker checker(String parameter, Vocabulary v) {
        return new Checker(parameter, declare(parameter, v.symbols()), declare(parameter, v.functions()),
                v.openNames());
    }

    private static ASTNode parseSyntax(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(parameter + ": empty expression");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(parameter + ": expression of " + text.length()
                    + " characters exceeds the limit of " + MAX_LENGTH);
        }
        try {
            return new Parser(true).parse(text);
        } catch (RuntimeException e) { // SyntaxError and scanner failures
            throw new IllegalArgumentException(parameter + ": cannot parse '" + text + "': "
                    + String.valueOf(e.getMessage()).replace('\n', ' ').trim());
        }
    }

    /** Converts a checked syntax tree and evaluates it with Symja's file system disabled. */
    private static Sym evaluate(String parameter, String text, ASTNode tree) {
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
    private record Checker(String parameter, Set<String> symbols, Set<String> functions, boolean openNames) {

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
            if (openNames && canonical == null && isUserName(name)) {
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
                if (functions.contains(name) || (openNames && canonical == null && isUserName(name))) {
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
                if (f.getNode(0) instanceof SymbolNode s && (functions.contains(s.getString())
                        || (openNames && CANONICAL.get(s.getString().toLowerCase(Locale.ROOT)) == null))) {
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

        /** A name Symja does not read as a built-in (so it stays an inert symbol). */
        private boolean isUserName(String name) {
            try {
                Sym.userSymbol(name);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private IllegalArgumentException reject(String why) {
            return new IllegalArgumentException(parameter + ": " + why);
        }
    }

}
