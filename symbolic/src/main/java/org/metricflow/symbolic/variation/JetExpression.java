package org.metricflow.symbolic.variation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A local expression in jet variables — the form the code generator and the numeric flows consume. The expression
 * is a {@link Sym} whose free symbols are the chart coordinates and the jet variables of the fields, the latter as
 * Symja symbols named by {@link #symbolName(String)} ({@link JetSpace} name with {@code $} for {@code _}, e.g. the
 * jet variable {@code phi_d12} = ∂_1∂_2 φ is the symbol {@code phi$d12}; indices are 1-based coordinate positions).
 *
 * @param expression the expression
 * @param fields     the field names whose jet variables may occur
 * @param variables  the jet variables that occur, in {@link JetSpace} naming, sorted by (field, order, index)
 */
public record JetExpression(Sym expression, List<String> fields, List<String> variables) {

    public JetExpression {
        Objects.requireNonNull(expression, "expression");
        fields = List.copyOf(fields);
        variables = List.copyOf(variables);
    }

    /** Converts a function-form expression on {@code chart} with the given fields. */
    public static JetExpression of(Sym functionForm, Chart chart, List<String> fields) {
        return fromJetSym(JetVariables.toJet(functionForm, chart.coordinates(), fields), fields);
    }

    /** Wraps an expression already in jet symbols. */
    public static JetExpression fromJetSym(Sym jetForm, List<String> fields) {
        List<String> vars = new ArrayList<>();
        for (String s : jetForm.symbolNames()) {
            String jet = JetVariables.jetName(s);
            String field = jet.contains("_d") ? jet.substring(0, jet.indexOf("_d")) : jet;
            if (fields.contains(field)) {
                vars.add(jet);
            }
        }
        vars.sort((a, b) -> {
            int fa = fields.indexOf(field(a));
            int fb = fields.indexOf(field(b));
            if (fa != fb) {
                return Integer.compare(fa, fb);
            }
            int oa = order(a);
            int ob = order(b);
            return oa != ob ? Integer.compare(oa, ob) : a.compareTo(b);
        });
        return new JetExpression(jetForm, fields, vars);
    }

    private static String field(String jet) {
        int k = jet.indexOf("_d");
        return k < 0 ? jet : jet.substring(0, k);
    }

    private static int order(String jet) {
        int k = jet.indexOf("_d");
        return k < 0 ? 0 : jet.length() - k - 2;
    }

    /** Symja symbol name of a jet variable ({@code phi_d12 → phi$d12}). */
    public static String symbolName(String jetVariable) {
        return JetVariables.symbolName(jetVariable);
    }

    /** The symbol of a jet variable. */
    public static Sym symbolOf(String jetVariable) {
        return JetVariables.symbol(jetVariable);
    }

    /** This expression times a factor free of the fields (e.g. an explicit function of the coordinates). */
    public JetExpression times(Sym factor) {
        return fromJetSym(expression.times(factor), fields);
    }

    /** Symbol name → slot in {@code space} for every occurring jet variable. */
    public Map<String, Integer> symbolSlots(JetSpace space) {
        Map<String, Integer> slots = new HashMap<>();
        for (String v : variables) {
            String f = field(v);
            int[] idx = v.contains("_d") ? v.substring(v.indexOf("_d") + 2).chars().map(c -> c - '0').toArray()
                    : new int[0];
            slots.put(symbolName(v), space.index(f, idx));
        }
        return slots;
    }

    /**
     * Interpreted numeric evaluation with arguments (coordinates…, jet variables… in {@link #variables()} order).
     * For checks; generated code is faster.
     */
    public NumericFunction numeric(Chart chart) {
        List<Sym> args = new ArrayList<>(chart.coordinates());
        variables.forEach(v -> args.add(symbolOf(v)));
        return NumericFunction.of(expression, args);
    }

    /** Symja input form (jet symbols with {@code $}). */
    public String toInputForm() {
        return expression.toInputForm();
    }

    /**
     * LaTeX, jet variables written as partial derivatives with the coordinate names, e.g.
     * {@code \partial_{x}\partial_{y} \phi}; field names that are Greek letters get backslashes, metric
     * components gij become g_{ij}.
     */
    public String toLatex(Chart chart) {
        Map<String, String> tex = new HashMap<>();
        for (String v : variables) {
            StringBuilder sb = new StringBuilder();
            if (v.contains("_d")) {
                for (char c : v.substring(v.indexOf("_d") + 2).toCharArray()) {
                    sb.append("\\partial_{").append(chart.coordinate(c - '1').toLatex()).append('}');
                }
                sb.append(' ');
            }
            sb.append(fieldTex(field(v)));
            tex.put(symbolName(v), sb.toString());
        }
        return expression.toLatex(tex);
    }

    static String fieldTex(String field) {
        if (field.matches("g[1-9][1-9]")) {
            return "g_{" + field.substring(1) + "}";
        }
        if (List.of("phi", "varphi", "psi", "eta", "sigma", "rho", "chi").contains(field)) {
            return "\\" + field;
        }
        return field;
    }
}
