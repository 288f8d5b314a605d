package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;

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

    private final Format format;
    private final Map<String, Map<String, Sym>> groups = new LinkedHashMap<>();

    DerivedOutput(Format format) {
        this.format = format;
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
        return format == Format.LATEX ? s.toLatex() : s.toInputForm();
    }

    /** Prints everything; {@code variables} are the inputs of generated code for {@link Format#JAVA}. */
    void print(CommonOptions common, Variables variables) {
        if (format == Format.JAVA) {
            printJava(common, variables);
            return;
        }
        if (common.json()) {
            ObjectNode root = Json.object();
            root.put("format", format.name().toLowerCase());
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
        groups.forEach((g, entries) -> {
            common.out().println(g + ":");
            entries.forEach((k, v) -> common.out().println("  " + (k.isEmpty() ? "" : k + " = ") + render(v)));
        });
    }

    private void printJava(CommonOptions common, Variables variables) {
        List<Sym> exprs = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        groups.forEach((g, entries) -> entries.forEach((k, v) -> {
            exprs.add(v);
            names.add(k.isEmpty() ? g : k);
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
