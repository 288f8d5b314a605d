package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.metricflow.symbolic.functionals.Component;
import org.metricflow.symbolic.functionals.Derivation;
import org.metricflow.symbolic.functionals.DerivedEquation;

/**
 * Prints a {@link Derivation} as text, LaTeX, Java or JSON. In JSON every equation id is a key whose value is the
 * component in Symja input form (a string for a single component, else an object lhs → string); the key
 * {@code equations} carries each equation's paper reference and statement, {@code conventions} the conventions.
 *
 * @param jetForm print in jet variables ({@code g12$d1}, see README) rather than function form
 *                ({@code Derivative(1,0)[g12][x,y]})
 */
record DerivationPrinter(boolean jetForm) {

    void print(Derivation d, OutputFormat format, CommonOptions common) {
        PrintWriter out = common.out();
        if (format == OutputFormat.JAVA) {
            out.println(JavaSourceHook.render(d));
            return;
        }
        if (common.json()) {
            out.println(Json.write(json(d, format)));
            return;
        }
        out.println("# " + d.title());
        d.conventions().forEach(c -> out.println("# " + c));
        for (DerivedEquation e : d.equations()) {
            out.println();
            out.println("[" + e.id() + "]" + (e.paperEquation().isEmpty() ? "" : " eq. " + e.paperEquation()) + ": "
                    + e.statement());
            for (Component c : e.components()) {
                out.println(format == OutputFormat.LATEX ? "  \\text{" + c.lhs() + "} = " + latex(d, c)
                        : "  " + c.lhs() + " = " + text(d, c));
            }
        }
    }

    private ObjectNode json(Derivation d, OutputFormat format) {
        ObjectNode root = Json.object();
        root.put("name", d.name());
        root.put("title", d.title());
        root.putPOJO("coordinates", d.chart().coordinates().stream().map(Object::toString).toList());
        root.putPOJO("fields", d.fields());
        root.putPOJO("conventions", d.conventions());
        ObjectNode meta = root.putObject("equations");
        for (DerivedEquation e : d.equations()) {
            meta.putObject(e.id()).put("paperEquation", e.paperEquation()).put("statement", e.statement());
            if (e.components().size() == 1) {
                root.put(e.id(), text(d, e.components().get(0)));
            } else {
                ObjectNode comps = root.putObject(e.id());
                e.components().forEach(c -> comps.put(c.lhs(), text(d, c)));
            }
            if (format == OutputFormat.LATEX) {
                ObjectNode tex = root.withObject("/latex").putObject(e.id());
                e.components().forEach(c -> tex.put(c.lhs(), latex(d, c)));
            }
        }
        return root;
    }

    private String text(Derivation d, Component c) {
        return jetForm ? d.jet(c).toInputForm() : c.value().toInputForm();
    }

    private static String latex(Derivation d, Component c) {
        return d.jet(c).toLatex(d.chart());
    }
}
