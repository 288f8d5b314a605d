package org.metricflow.symbolic.cas;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IReal;
import org.metricflow.symbolic.tree.Variable;

/**
 * Parses untrusted text (a density typed on the command line, read from a file) into a {@link Sym} whose every head
 * is whitelisted. Nothing in the text is evaluated before the whole parse tree has been checked:
 * <ol>
 *   <li>the text may contain only letters, digits, whitespace and {@code + - * / ^ ( ) [ ] { } , .} — no quotes (so
 *       no strings, which Symja's parser would hand to {@code Get}/{@code Import} while parsing), no {@code _}
 *       patterns, {@code :=} definitions, {@code ;} sequences, {@code <<}, {@code #}, {@code &}, {@code @},
 *       {@code $}, {@code '} or {@code \} — except that declared variable names such as {@code phi_d12} may contain
 *       {@code _};</li>
 *   <li>Symja's parser builds the unevaluated tree;</li>
 *   <li>every node must be a real number, π, e, a declared variable, {@code Plus}, {@code Times}, {@code Power}
 *       (a literal exponent has magnitude ≤ {@value #MAX_EXPONENT}),
 *       {@code List}, a whitelisted elementary function of one argument, or a declared field function such as
 *       {@code u(x,y)};</li>
 *   <li>its fully expanded size is estimated ({@link ExpansionEstimate}) and bounded by
 *       {@value #MAX_EXPANDED_TERMS} terms, because derivations expand their input;</li>
 *   <li>only then is the tree evaluated, with Symja's file-system access disabled and exact integers limited to
 *       {@value #MAX_BIT_LENGTH} bits.</li>
 * </ol>
 * A value that divides by zero or is undefined ({@code 1/0}, {@code x/(x-x)}) is rejected after evaluation.
 * Decimal literals may use scientific notation ({@code 1.5e300} is read as {@code 1.5*10^300}). Anything else is
 * an {@link IllegalArgumentException} naming the offending character, symbol or head.
 *
 * @see TreeExporter the second gate, between a {@code Sym} and generated code
 */
public final class SafeParser {

    /** Longest accepted input, in characters. */
    public static final int MAX_LENGTH = 100_000;
    /** Largest magnitude of a literal exponent (bounds the size of exact integers Symja may build). */
    public static final int MAX_EXPONENT = 1024;
    /** Deepest accepted bracket nesting. */
    public static final int MAX_NESTING = 200;
    /**
     * Largest exact integer (in bits) Symja may build, set once for the whole JVM when this class loads — the backstop
     * against inputs such as {@code 2^(10^12)} or {@code 2^(E^(1000*Log(2)))}: Symja then stops with an error (or
     * leaves the power unevaluated) instead of filling the heap. No derivation needs integers this large.
     */
    public static final int MAX_BIT_LENGTH = 1 << 22;

    static {
        Config.MAX_BIT_LENGTH = Math.min(Config.MAX_BIT_LENGTH, MAX_BIT_LENGTH);
        Config.FILESYSTEM_ENABLED = false;
    }

    /** Largest number of terms the fully expanded input may have (expansion work grows with it). */
    public static final long MAX_EXPANDED_TERMS = 2_000;

    /** A decimal literal in scientific notation, {@code 1.5e300}, {@code 2E-3}: read as {@code 1.5*10^300}. */
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "(?<![A-Za-z0-9_.])(\\d+\\.?\\d*|\\.\\d+)[eE]([+-]?\\d+)(?![A-Za-z0-9_.])");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*");
    private static final String ALLOWED_PUNCTUATION = "+-*/^()[]{},. \t\r\n";

    private final Variables variables;
    private final Set<IExpr> functions = new HashSet<>();

    /** A parser for expressions in {@code variables} only. */
    public SafeParser(Variables variables) {
        this(variables, List.of());
    }

    /**
     * A parser for expressions in {@code variables} and the undetermined functions {@code functions} (field names
     * such as {@code u}, applied to arguments as in {@code u(x,y)}).
     */
    public SafeParser(Variables variables, Collection<String> functions) {
        this.variables = variables;
        for (String f : functions) {
            if (!Variable.requireIdentifier(f, "function name").matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("function name must be letters and digits, got '" + f + "'");
            }
            IExpr symbol = Sym.evaluator().parse(f);
            if (!symbol.isSymbol() || symbol.isBuiltInSymbol()) {
                throw new IllegalArgumentException("function name '" + f + "' is a Symja built-in; choose another");
            }
            this.functions.add(symbol);
        }
    }

    /**
     * Parses, checks and evaluates {@code text}.
     *
     * @throws IllegalArgumentException for text that is not a whitelisted expression (the message names the
     *                                  offending character, symbol or head)
     */
    public Sym parse(String text) {
        String symjaText = lexicalCheck(text);
        IExpr parsed;
        Config.FILESYSTEM_ENABLED = false;
        try {
            parsed = Sym.evaluator().parse(symjaText);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException("cannot parse '" + abbreviate(text) + "': " + msg);
        }
        check(parsed);
        double terms = ExpansionEstimate.terms(parsed);
        if (terms > MAX_EXPANDED_TERMS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "'%s' expands to about %.3g "
                    + "terms, more than the limit %d: derivations expand their input, which would take too long",
                    abbreviate(text), terms, MAX_EXPANDED_TERMS));
        }
        Sym value;
        try {
            value = Sym.eval(parsed);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot evaluate '" + abbreviate(text) + "': " + e.getMessage());
        }
        if (!value.isFinite()) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' divides by zero or is undefined: it "
                    + "evaluates to " + abbreviate(value.toInputForm()));
        }
        return value;
    }

    private String lexicalCheck(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expression text is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expression text has " + text.length() + " characters, more than "
                    + MAX_LENGTH);
        }
        text = SCIENTIFIC.matcher(text).replaceAll("($1*10^($2))");
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || ALLOWED_PUNCTUATION.indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException("forbidden character '" + printable(c) + "' at position " + i
                        + " of '" + abbreviate(text) + "': only letters, digits, whitespace and + - * / ^ ( ) [ ] { } , ."
                        + " are allowed");
            }
            depth += (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
            if (depth > MAX_NESTING) {
                throw new IllegalArgumentException("brackets nested deeper than " + MAX_NESTING + " in '"
                        + abbreviate(text) + "'");
            }
        }
        Matcher m = IDENTIFIER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String id = m.group();
            if (id.indexOf('_') >= 0) {
                if (!variables.contains(id)) {
                    throw new IllegalArgumentException("unknown variable '" + id + "' ('_' is allowed only in the "
                            + "declared variables " + variables.abbreviated() + ")");
                }
                id = variables.symbol(id).toInputForm();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(id));
        }
        m.appendTail(sb);
        String out = sb.toString();
        if (out.indexOf('_') >= 0) {
            throw new IllegalArgumentException("'_' outside a declared variable name in '" + abbreviate(text) + "'");
        }
        return out;
    }

    private void check(IExpr e) {
        if (e.isReal() || e.isE() || e.isPi()) {
            return;
        }
        if (e.isSymbol()) {
            if (variables.nameOf(e) == null) {
                throw new IllegalArgumentException("unknown symbol '" + e + "': not one of the variables "
                        + variables.abbreviated());
            }
            return;
        }
        if (!e.isAST()) {
            throw new IllegalArgumentException("'" + abbreviate(e.toString()) + "' is not allowed: only real numbers, "
                    + "the declared variables and whitelisted functions");
        }
        IAST ast = (IAST) e;
        IExpr head = ast.head();
        boolean allowed = ast.isPlus() || ast.isTimes() || ast.isList()
                || (ast.isPower() && exponentAllowed(ast.arg2()))
                || (ast.argSize() == 1 && TreeExporter.isWhitelistedFunction(head))
                || (functions.contains(head) && ast.argSize() >= 1);
        if (!allowed) {
            throw new IllegalArgumentException("function '" + abbreviate(head.toString()) + "' is not allowed in '"
                    + abbreviate(e.toString()) + "': only +, -, *, /, ^, {lists}, Exp, Log, Sqrt, Sin, Cos, Tan, Sec, "
                    + "Csc, Cot, ArcSin, ArcCos, ArcTan, Sinh, Cosh, Tanh, Sech, Csch, Coth, Abs"
                    + (functions.isEmpty() ? "" : " and the fields " + functions));
        }
        for (int i = 1; i <= ast.argSize(); i++) {
            check(ast.get(i));
        }
    }

    private static boolean exponentAllowed(IExpr exponent) {
        if (exponent.isReal() && (Math.abs(((IReal) exponent).doubleValue()) > MAX_EXPONENT || (exponent.isFraction()
                && ((IRational) exponent).denominator().toIntDefault(MAX_EXPONENT + 1) > MAX_EXPONENT))) {
            throw new IllegalArgumentException("exponent " + exponent + " is too large: literal exponents must "
                    + "have magnitude at most " + MAX_EXPONENT);
        }
        return true;
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String abbreviate(String s) {
        return TreeExporter.abbreviate(s);
    }
}
