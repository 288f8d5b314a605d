package org.metricflow.symbolic.cas;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Conversion between the <em>function form</em> of a local expression, in which fields are unknown functions of the
 * coordinates ({@code u(x,y)}, {@code Derivative(1,1)[u][x,y]}), and its <em>jet form</em>, in which every field and
 * each of its partial derivatives is a plain symbol.
 *
 * <p>Jet symbols follow {@link org.metricflow.symbolic.jet.JetSpace} naming with {@code $} in place of {@code _}
 * (the underscore is Symja's pattern syntax): the jet variable {@code phi_d12} = ∂_1∂_2 φ is the symbol
 * {@code phi$d12}; indices are 1-based positions in the coordinate list, sorted. The value of a field keeps the
 * field's name.
 */
public final class JetVariables {

    private static final Pattern JET_SYMBOL = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\$d([1-9]+)");

    private JetVariables() {
    }

    /** Symja symbol name of a jet variable ({@code phi_d12 → phi$d12}). */
    public static String symbolName(String jetName) {
        return jetName.replace("_d", "$d");
    }

    /** Jet variable name of a Symja jet symbol ({@code phi$d12 → phi_d12}). */
    public static String jetName(String symbolName) {
        return symbolName.replace("$d", "_d");
    }

    /** The jet symbol of a jet variable name such as {@code g12_d1}. */
    public static Sym symbol(String jetName) {
        return new Sym(jetSymbol(symbolName(jetName)));
    }

    private static ISymbol jetSymbol(String symjaName) {
        return (ISymbol) Sym.evaluator().parse(symjaName);
    }

    /**
     * ∂_{indices} field in function form, e.g. {@code derivative("u", [x,y], 1, 2)} = {@code Derivative(1,1)[u][x,y]}.
     *
     * @param indices 1-based coordinate indices (any order; none for the field itself)
     */
    public static Sym derivative(String field, List<Sym> coordinates, int... indices) {
        ISymbol head = Sym.userSymbol(field);
        int[] counts = new int[coordinates.size()];
        for (int i : indices) {
            if (i < 1 || i > counts.length) {
                throw new IllegalArgumentException("coordinate index must be in 1.." + counts.length + ", got " + i);
            }
            counts[i - 1]++;
        }
        return new Sym(apply(head, counts, coordinates));
    }

    private static IExpr apply(ISymbol field, int[] counts, List<Sym> coordinates) {
        IExpr head = field;
        if (Arrays.stream(counts).sum() > 0) {
            IASTAppendable d = F.ast(S.Derivative, counts.length);
            for (int c : counts) {
                d.append(F.ZZ(c));
            }
            head = F.unaryAST1(d, field);
        }
        IASTAppendable call = F.ast(head, coordinates.size());
        coordinates.forEach(c -> call.append(c.expr()));
        return call;
    }

    /**
     * Function form → jet form.
     *
     * @throws IllegalArgumentException when a field is applied to anything but the coordinates, or occurs bare
     */
    public static Sym toJet(Sym expression, List<Sym> coordinates, Collection<String> fields) {
        IExpr[] coords = coordinates.stream().map(Sym::expr).toArray(IExpr[]::new);
        Set<String> fieldSet = new HashSet<>(fields);
        return Sym.eval(toJet(expression.expr(), coords, fieldSet));
    }

    private static IExpr toJet(IExpr e, IExpr[] coords, Set<String> fields) {
        if (e.isSymbol()) {
            if (!e.isBuiltInSymbol() && fields.contains(((ISymbol) e).getSymbolName())) {
                throw new IllegalArgumentException("field '" + e + "' must be applied to the coordinates, as in "
                        + e + Arrays.toString(coords).replace('[', '(').replace(']', ')'));
            }
            return e;
        }
        if (!e.isAST()) {
            return e;
        }
        IAST ast = (IAST) e;
        String jet = jetOf(ast, coords, fields);
        if (jet != null) {
            return jetSymbol(jet);
        }
        return ast.map(a -> toJet(a, coords, fields), 1);
    }

    /** The jet symbol name if {@code ast} is a field or a derivative of one, else null. */
    private static String jetOf(IAST ast, IExpr[] coords, Set<String> fields) {
        IExpr head = ast.head();
        String field;
        int[] counts;
        if (head.isSymbol() && !head.isBuiltInSymbol() && fields.contains(((ISymbol) head).getSymbolName())) {
            field = ((ISymbol) head).getSymbolName();
            counts = new int[coords.length];
        } else if (head.isAST() && ((IAST) head).isAST1() && ((IAST) head).head().isAST()
                && ((IAST) ((IAST) head).head()).head().equals(S.Derivative)
                && ((IAST) head).arg1().isSymbol()
                && fields.contains(((ISymbol) ((IAST) head).arg1()).getSymbolName())) {
            field = ((ISymbol) ((IAST) head).arg1()).getSymbolName();
            IAST orders = (IAST) ((IAST) head).head();
            counts = new int[orders.argSize()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = orders.get(i + 1).toIntDefault();
            }
        } else {
            return null;
        }
        if (ast.argSize() != coords.length || counts.length != coords.length) {
            throw new IllegalArgumentException("field '" + field + "' must be applied to the " + coords.length
                    + " coordinates " + Arrays.toString(coords) + ", found " + ast);
        }
        for (int i = 0; i < coords.length; i++) {
            if (!ast.get(i + 1).equals(coords[i])) {
                throw new IllegalArgumentException("field '" + field + "' must be applied to the coordinates "
                        + Arrays.toString(coords) + ", found " + ast);
            }
        }
        StringBuilder name = new StringBuilder(field);
        if (Arrays.stream(counts).sum() > 0) {
            name.append("$d");
            for (int i = 0; i < counts.length; i++) {
                name.append(String.valueOf(i + 1).repeat(counts[i]));
            }
        }
        return name.toString();
    }

    /**
     * Replaces fields by explicit functions of the coordinates: {@code u(x,y)} by {@code explicit.get("u")} and each
     * derivative {@code Derivative(i,j)[u][x,y]} by the corresponding derivative of it.
     */
    public static Sym substituteFields(Sym expression, List<Sym> coordinates, Map<String, Sym> explicit) {
        IExpr[] coords = coordinates.stream().map(Sym::expr).toArray(IExpr[]::new);
        Map<String, Sym> cache = new HashMap<>();
        return Sym.eval(substitute(expression.expr(), coords, coordinates, explicit, cache));
    }

    private static IExpr substitute(IExpr e, IExpr[] coords, List<Sym> coordinates, Map<String, Sym> explicit,
                                    Map<String, Sym> cache) {
        if (!e.isAST()) {
            return e;
        }
        IAST ast = (IAST) e;
        String jet = jetOf(ast, coords, explicit.keySet());
        if (jet != null) {
            return cache.computeIfAbsent(jet, j -> {
                Matcher m = JET_SYMBOL.matcher(j);
                String field = m.matches() ? m.group(1) : j;
                Sym value = explicit.get(field);
                if (m.matches()) {
                    for (char c : m.group(2).toCharArray()) {
                        value = value.d(coordinates.get(c - '1'));
                    }
                }
                return value;
            }).expr();
        }
        return ast.map(a -> substitute(a, coords, coordinates, explicit, cache), 1);
    }

    /** Jet form → function form (the inverse of {@link #toJet}). */
    public static Sym toFunctions(Sym jetExpression, List<Sym> coordinates, Collection<String> fields) {
        Set<String> fieldSet = new HashSet<>(fields);
        return Sym.eval(toFunctions(jetExpression.expr(), coordinates, fieldSet));
    }

    private static IExpr toFunctions(IExpr e, List<Sym> coordinates, Set<String> fields) {
        if (e.isSymbol() && !e.isBuiltInSymbol()) {
            String name = ((ISymbol) e).getSymbolName();
            if (fields.contains(name)) {
                return apply((ISymbol) e, new int[coordinates.size()], coordinates);
            }
            Matcher m = JET_SYMBOL.matcher(name);
            if (m.matches() && fields.contains(m.group(1))) {
                int[] counts = new int[coordinates.size()];
                for (char c : m.group(2).toCharArray()) {
                    int i = c - '1';
                    if (i >= counts.length) {
                        throw new IllegalArgumentException("jet variable " + jetName(name) + " refers to coordinate "
                                + (i + 1) + " of " + counts.length);
                    }
                    counts[i]++;
                }
                return apply(Sym.userSymbol(m.group(1)), counts, coordinates);
            }
            return e;
        }
        if (!e.isAST()) {
            return e;
        }
        return ((IAST) e).map(a -> toFunctions(a, coordinates, fields), 1);
    }
}
