package org.metricflow.symbolic.cas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.symbolic.tree.Variable;

/**
 * An ordered set of named real variables and the Symja symbols that stand for them: the only symbols
 * {@link TreeExporter} and {@link SafeParser} accept. Names are identifiers {@code [A-Za-z][A-Za-z0-9_]*} such as the
 * jet variables of a {@link JetSpace} ({@code phi_d12}) or coordinates ({@code x}).
 *
 * <p>Default symbol convention ({@link #of(Collection)}): the symbol of {@code phi_d12} is {@code phi$d12} ('_' starts
 * a pattern in Symja input, '$' does not). Symja's relaxed parser folds case, so names differing only in case, or
 * names of Symja built-ins ({@code Pi}, {@code D}, {@code Gamma}), are rejected. Code that builds its jet symbols
 * differently binds them explicitly with {@link #bind(Map)}.
 *
 * <p>Threads: Symja gives every thread's engine its own user symbols, so a {@code Sym} built on one thread does not
 * match the "same" symbol parsed on another. The exporter and parser match variables by name and work from any
 * thread; {@link Sym} arithmetic and {@link SymjaNumeric} need the expressions and these variables to come from the
 * same thread.
 */
public final class Variables {

    private final List<String> names;
    private final List<Sym> symbols;
    private final Map<String, String> nameBySymbolName = new HashMap<>();
    private final Map<String, Sym> symbolByName = new HashMap<>();

    private Variables(Map<String, Sym> binding) {
        names = List.copyOf(binding.keySet());
        symbols = List.copyOf(binding.values());
        for (Map.Entry<String, Sym> e : binding.entrySet()) {
            String name = Variable.requireIdentifier(e.getKey(), "variable name");
            IExpr symbol = e.getValue().expr();
            if (!symbol.isSymbol() || symbol.isBuiltInSymbol()) {
                throw new IllegalArgumentException("variable '" + name + "' must be bound to a user symbol, got '"
                        + symbol + "'" + (symbol.isBuiltInSymbol() ? " (a Symja built-in; choose another name)" : ""));
            }
            String previous = nameBySymbolName.put(((ISymbol) symbol).getSymbolName(), name);
            if (previous != null) {
                throw new IllegalArgumentException("variables '" + previous + "' and '" + name
                        + "' map to the same Symja symbol '" + symbol + "' (Symja input is case-insensitive)");
            }
            symbolByName.put(name, e.getValue());
        }
    }

    /** Variables with the default symbol convention ({@code phi_d12} ↦ {@code phi$d12}), in the given order. */
    public static Variables of(Collection<String> names) {
        Map<String, Sym> binding = new LinkedHashMap<>();
        for (String name : names) {
            Variable.requireIdentifier(name, "variable name");
            if (binding.put(name, defaultSymbol(name)) != null) {
                throw new IllegalArgumentException("duplicate variable name '" + name + "'");
            }
        }
        return new Variables(binding);
    }

    /** The jet variables of {@code jets} in slot order, followed by the coordinates (e.g. x, y). */
    public static Variables of(JetSpace jets, List<String> coordinates) {
        List<String> all = new ArrayList<>(jets.variableNames());
        all.addAll(coordinates);
        return of(all);
    }

    /** Variables bound to explicitly given symbols (name → symbol), in the map's iteration order. */
    public static Variables bind(Map<String, Sym> binding) {
        return new Variables(new LinkedHashMap<>(binding));
    }

    private static Sym defaultSymbol(String name) {
        return new Sym(Sym.evaluator().parse(symjaName(name)));
    }

    /** The Symja symbol name of {@code name} under the default convention ('_' ↦ '$'). */
    static String symjaName(String name) {
        return name.replace('_', '$');
    }

    /** The names, in order. */
    public List<String> names() {
        return names;
    }

    /** The symbols, in the order of {@link #names()}. */
    public List<Sym> symbols() {
        return symbols;
    }

    public int size() {
        return names.size();
    }

    /** Whether {@code name} is one of the variables. */
    public boolean contains(String name) {
        return symbolByName.containsKey(name);
    }

    /**
     * The symbol of a variable.
     *
     * @throws IllegalArgumentException for a name that is not one of the variables
     */
    public Sym symbol(String name) {
        Sym s = symbolByName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown variable '" + name + "'; variables are " + abbreviated());
        }
        return s;
    }

    /**
     * The variable name of a Symja symbol, or null when it is not one of the variables. Symbols are matched by name,
     * so that a symbol parsed by another thread's engine (Symja gives every engine its own user symbols) is still
     * recognised.
     */
    String nameOf(IExpr symbol) {
        return symbol.isSymbol() && !symbol.isBuiltInSymbol()
                ? nameBySymbolName.get(((ISymbol) symbol).getSymbolName()) : null;
    }

    /** The names for error messages (at most 12 shown). */
    String abbreviated() {
        return names.size() <= 12 ? names.toString()
                : names.subList(0, 12).toString().replace("]", ", … (" + names.size() + " in all)]");
    }
}
