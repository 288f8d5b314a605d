package org.metricflow.numeric.manifold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.complex.Complex;

/**
 * Parses homogeneous polynomials written as text; a small recursive-descent parser, no expression engine.
 *
 * <pre>
 * polynomial := [+|-] term {(+|-) term}
 * term       := factor {(*|/) factor}          (a divisor must be a constant)
 * factor     := atom [(^|**) integer]
 * atom       := z&lt;k&gt; | z_&lt;k&gt; | number | i | I | parameter | ( constant )
 * constant   := the same grammar without variables, e.g. (1.5 - 0.5*i) or -5*psi
 * </pre>
 * Example: {@code z0^5 + z1^5 + z2^5 + z3^5 + z4^5 - 5*psi*z0*z1*z2*z3*z4}. Errors name the position and the text.
 */
final class PolynomialParser {

    private static final int MAX_LENGTH = 100_000;
    private static final int MAX_EXPONENT = 1000;

    private final String text;
    private final Map<String, Complex> parameters;
    private int pos;
    private int maxIndex = -1;

    private PolynomialParser(String text, Map<String, Complex> parameters) {
        this.text = text;
        this.parameters = parameters;
    }

    static HomogeneousPolynomial parse(String text, int coordinates, Map<String, Complex> parameters) {
        Objects.requireNonNull(text, "polynomial text");
        Objects.requireNonNull(parameters, "parameters");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("polynomial text too long (" + text.length() + " > " + MAX_LENGTH
                    + " characters)");
        }
        if (coordinates < 0) {
            throw new IllegalArgumentException("number of coordinates must be >= 0 (0: infer), got " + coordinates);
        }
        PolynomialParser p = new PolynomialParser(text, parameters);
        List<Term> terms = p.polynomial();
        int n1 = coordinates == 0 ? p.maxIndex + 1 : coordinates;
        if (p.maxIndex < 0) {
            throw new IllegalArgumentException("polynomial '" + text + "' has no variable z0, z1, ...");
        }
        if (p.maxIndex >= n1) {
            throw new IllegalArgumentException("z" + p.maxIndex + " is out of range for " + n1
                    + " coordinates (z0..z" + (n1 - 1) + ") in '" + text + "'");
        }
        int[][] ex = new int[terms.size()][n1];
        Complex[] co = new Complex[terms.size()];
        for (int m = 0; m < terms.size(); m++) {
            for (int[] ve : terms.get(m).powers) {
                ex[m][ve[0]] += ve[1];
            }
            co[m] = terms.get(m).coefficient;
        }
        return HomogeneousPolynomial.of(n1, ex, co);
    }

    /** Parses a complex constant in the same grammar (numbers, i, parameters, + - * / ^, parentheses). */
    static Complex parseConstant(String text, Map<String, Complex> parameters) {
        Objects.requireNonNull(text, "constant text");
        PolynomialParser p = new PolynomialParser(text, parameters);
        Complex c = p.constExpr();
        p.skip();
        if (!p.atEnd()) {
            throw p.error("unexpected '" + p.peek() + "' after the constant");
        }
        return c;
    }

    private static final class Term {
        Complex coefficient = Complex.ONE;
        final List<int[]> powers = new ArrayList<>();
    }

    private List<Term> polynomial() {
        List<Term> terms = new ArrayList<>();
        skip();
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = next() == '-';
        }
        terms.add(term(negative));
        while (true) {
            skip();
            if (atEnd()) {
                return terms;
            }
            char c = next();
            if (c != '+' && c != '-') {
                throw error("expected '+', '-' or the end");
            }
            terms.add(term(c == '-'));
        }
    }

    private Term term(boolean negative) {
        Term t = new Term();
        if (negative) {
            t.coefficient = t.coefficient.negate();
        }
        factor(t, false);
        while (true) {
            skip();
            if (peek() == '*' && peekAt(1) != '*') {
                next();
                factor(t, false);
            } else if (peek() == '/') {
                next();
                factor(t, true);
            } else {
                return t;
            }
        }
    }

    private void factor(Term t, boolean divide) {
        skip();
        int start = pos;
        int variable = variable();
        if (variable >= 0) {
            if (divide) {
                pos = start;
                throw error("cannot divide by a variable");
            }
            int e = exponent();
            maxIndex = Math.max(maxIndex, variable);
            t.powers.add(new int[] {variable, e});
            return;
        }
        Complex c = constAtom();
        int e = exponent();
        c = c.pow(e);
        if (divide) {
            if (c.isZero()) {
                throw error("division by zero");
            }
            t.coefficient = t.coefficient.divide(c);
        } else {
            t.coefficient = t.coefficient.multiply(c);
        }
    }

    /** Reads z&lt;k&gt; or z_&lt;k&gt; and returns k, or −1 (position unchanged) when the next atom is not a variable. */
    private int variable() {
        if (peek() != 'z' && peek() != 'Z') {
            return -1;
        }
        int save = pos;
        pos++;
        if (peek() == '_') {
            pos++;
        }
        int digitsStart = pos;
        while (Character.isDigit(peek())) {
            pos++;
        }
        if (pos == digitsStart || Character.isLetterOrDigit(peek()) || peek() == '_') {
            pos = save;
            return -1;
        }
        String digits = text.substring(digitsStart, pos);
        if (digits.length() > 6) {
            pos = save;
            throw error("variable index too large");
        }
        return Integer.parseInt(digits);
    }

    private int exponent() {
        skip();
        if (peek() == '^') {
            next();
        } else if (peek() == '*' && peekAt(1) == '*') {
            pos += 2;
        } else {
            return 1;
        }
        skip();
        int start = pos;
        while (Character.isDigit(peek())) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a non-negative integer exponent");
        }
        String digits = text.substring(start, pos);
        if (digits.length() > 4 || Integer.parseInt(digits) > MAX_EXPONENT) {
            pos = start;
            throw error("exponent " + digits + " exceeds " + MAX_EXPONENT);
        }
        return Integer.parseInt(digits);
    }

    private Complex constExpr() {
        skip();
        boolean negative = false;
        if (peek() == '+' || peek() == '-') {
            negative = next() == '-';
        }
        Complex sum = constTerm();
        if (negative) {
            sum = sum.negate();
        }
        while (true) {
            skip();
            if (peek() == '+' || peek() == '-') {
                boolean minus = next() == '-';
                Complex t = constTerm();
                sum = minus ? sum.subtract(t) : sum.add(t);
            } else {
                return sum;
            }
        }
    }

    private Complex constTerm() {
        Complex v = constFactor();
        while (true) {
            skip();
            if (peek() == '*' && peekAt(1) != '*') {
                next();
                v = v.multiply(constFactor());
            } else if (peek() == '/') {
                next();
                Complex d = constFactor();
                if (d.isZero()) {
                    throw error("division by zero");
                }
                v = v.divide(d);
            } else {
                return v;
            }
        }
    }

    private Complex constFactor() {
        skip();
        if (peek() == '-') {
            next();
            return constFactor().negate();
        }
        if (variable() >= 0) {
            throw error("a variable is not allowed inside a parenthesised constant");
        }
        Complex c = constAtom();
        return c.pow(exponent());
    }

    private Complex constAtom() {
        skip();
        char c = peek();
        if (c == '(') {
            next();
            Complex v = constExpr();
            skip();
            if (peek() != ')') {
                throw error("expected ')'");
            }
            next();
            return v;
        }
        if (Character.isDigit(c) || c == '.') {
            return new Complex(number(), 0);
        }
        if (Character.isLetter(c)) {
            int start = pos;
            while (Character.isLetterOrDigit(peek()) || peek() == '_') {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.equals("i") || name.equals("I")) {
                return Complex.I;
            }
            Complex v = parameters.get(name);
            if (v == null) {
                pos = start;
                throw error("unknown parameter '" + name + "' (known: " + parameters.keySet() + ")");
            }
            return v;
        }
        throw error(atEnd() ? "unexpected end of text" : "unexpected '" + c + "'");
    }

    private double number() {
        int start = pos;
        while (Character.isDigit(peek()) || peek() == '.') {
            pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            int save = pos;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Character.isDigit(peek())) {
                pos = save;
            }
            while (Character.isDigit(peek())) {
                pos++;
            }
        }
        String s = text.substring(start, pos);
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            pos = start;
            throw error("malformed number '" + s + "'");
        }
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char peekAt(int k) {
        return pos + k < text.length() ? text.charAt(pos + k) : '\0';
    }

    private char next() {
        if (atEnd()) {
            throw error("unexpected end of text");
        }
        return text.charAt(pos++);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("malformed polynomial at position " + pos + ": " + what + " in '" + text
                + "'");
    }
}
