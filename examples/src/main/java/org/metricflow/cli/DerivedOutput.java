package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Output of the {@code derive} subcommands: named groups of named expressions, printed as Symja input form
 * ({@code text}, parsable back), LaTeX or generated Java source, on the terminal or as JSON (one object per group,
 * or a single string for a group holding one unnamed expression).
 */
final class DerivedOutput {

    /** How expressions are printed. */
    enum Format {
        TEXT, LATEX, JAVA;

        static Format parse(String name, boolean javaAllowed) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name) && (f != JAVA || javaAllowed)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("--format must be " + (javaAllowed ? "text, latex or java" : "text or"
                    + " latex") + ", got '" + name + "'");
        }
    }

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "eta", "kappa", "lambda", "mu", "nu",
            "phi", "psi", "rho", "sigma", "tau", "theta", "chi", "omega");

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)([0-9]+)");

    private final Format format;
    private final Map<String, String> symbolTex;
    private final Map<String, Map<String, Sym>> groups = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    /** Output of expressions in plain symbols (coordinates, parameters, fields as functions). */
    DerivedOutput(Format format) {
        this.format = format;
        this.symbolTex = Map.of();
    }

    /** Output of expressions in the jet variables of {@code jets}: LaTeX prints g12_d1 as ∂_{1} g_{12}. */
    DerivedOutput(Format format, JetSpace jets) {
        this(format, jets.variableNames());
    }

    /** Output of expressions in the given jet variables ({@code phi_d12}, …): LaTeX prints them as derivatives. */
    DerivedOutput(Format format, Collection<String> jetVariables) {
        this.format = format;
        this.symbolTex = new HashMap<>();
        for (String jet : jetVariables) {
            int d = jet.indexOf("_d");
            String field = d < 0 ? jet : jet.substring(0, d);
            String digits = d < 0 ? "" : jet.substring(d + 2);
            Matcher m = INDEXED.matcher(field);
            String base = m.matches() ? m.group(1) : field;
            String tex = (GREEK.contains(base) ? "\\" + base : base) + (m.matches() ? "_{" + m.group(2) + "}" : "");
            symbolTex.put(JetVariables.symbolName(jet), digits.isEmpty() ? tex : "\\partial_{" + digits + "} " + tex);
        }
    }

    /** Attaches a one-line description (paper equation, conventions) to a group; printed before its entries. */
    DerivedOutput describe(String group, String description) {
        notes.put(group, description);
        return this;
    }

    /** Adds a group of named expressions (kept in insertion order). */
    DerivedOutput group(String name, Map<String, Sym> entries) {
        groups.put(name, new LinkedHashMap<>(entries));
        return this;
    }

    /** Adds a single expression under {@code name}. */
    DerivedOutput single(String name, Sym value) {
        groups.put(name, Map.of("", value));
        return this;
    }

    private String render(Sym s) {
        return format == Format.LATEX ? s.toLatex(symbolTex) : s.toInputForm();
    }

    /** Prints everything; {@code variables} are the inputs of generated code for {@link Format#JAVA}. */
    void print(CommonOptions common, Variables variables) {
        groups.forEach((g, entries) -> entries.forEach((k, v) -> {
            if (!v.isFinite()) {
                throw new IllegalArgumentException("the input is singular: " + g + (k.isEmpty() ? "" : " " + k)
                        + " evaluates to " + abbreviate(v.toInputForm()));
            }
        }));
        if (format == Format.JAVA) {
            printJava(common, variables);
            return;
        }
        if (common.json()) {
            ObjectNode root = Json.object();
            root.put("format", format.name().toLowerCase());
            if (!notes.isEmpty()) {
                ObjectNode n = root.putObject("notes");
                notes.forEach(n::put);
            }
            groups.forEach((g, entries) -> {
                if (entries.size() == 1 && entries.containsKey("")) {
                    root.put(g, render(entries.get("")));
                } else {
                    ObjectNode node = root.putObject(g);
                    entries.forEach((k, v) -> node.put(k, render(v)));
                }
            });
            common.out().println(Json.write(root));
            return;
        }
        notes.forEach((k, v) -> {
            if (!groups.containsKey(k)) {
                common.out().println("# " + k + ": " + v);
            }
        });
        groups.forEach((g, entries) -> {
            common.out().println(g + ":" + (notes.containsKey(g) ? "  # " + notes.get(g) : ""));
            entries.forEach((k, v) -> common.out().println("  " + (k.isEmpty() ? "" : k + " = ") + render(v)));
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** A Java identifier for an output name: {@code dg_11bar/dt → dg_11bar_dt}, {@code M(k) → M_k}. */
    private static String identifier(String name) {
        String id = name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "v_" + id : id;
    }

    private void printJava(CommonOptions common, Variables variables) {
        List<Sym> exprs = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        groups.forEach((g, entries) -> entries.forEach((k, v) -> {
            exprs.add(v);
            String name = identifier(k.isEmpty() ? g : k);
            names.add(names.contains(name) ? identifier(g + "_" + k) : name);
        }));
        String source = Codegen.javaSource(exprs, names, variables);
        if (common.json()) {
            ObjectNode root = Json.object();
            root.put("format", "java");
            root.put("java", source);
            common.out().println(Json.write(root));
        } else {
            common.out().println(source);
        }
    }
}
