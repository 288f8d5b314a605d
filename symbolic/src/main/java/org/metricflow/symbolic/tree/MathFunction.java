package org.metricflow.symbolic.tree;

import java.util.function.DoubleUnaryOperator;

/**
 * The whitelisted real functions of one variable and the {@link Math} method each compiles to. Functions outside
 * their real domain (log of a negative number, asin of 2) give NaN, as {@link Math} does.
 */
public enum MathFunction {
    EXP("exp", Math::exp),
    LOG("log", Math::log),
    SQRT("sqrt", Math::sqrt),
    SIN("sin", Math::sin),
    COS("cos", Math::cos),
    TAN("tan", Math::tan),
    ASIN("asin", Math::asin),
    ACOS("acos", Math::acos),
    ATAN("atan", Math::atan),
    SINH("sinh", Math::sinh),
    COSH("cosh", Math::cosh),
    TANH("tanh", Math::tanh),
    ABS("abs", Math::abs);

    private final String javaMethod;
    private final DoubleUnaryOperator implementation;

    MathFunction(String javaMethod, DoubleUnaryOperator implementation) {
        this.javaMethod = javaMethod;
        this.implementation = implementation;
    }

    /** The Java expression head, e.g. {@code Math.exp}. */
    public String javaName() {
        return "Math." + javaMethod;
    }

    /** The function's value (used for constant folding and by tree interpreters). */
    public double apply(double x) {
        return implementation.applyAsDouble(x);
    }
}
