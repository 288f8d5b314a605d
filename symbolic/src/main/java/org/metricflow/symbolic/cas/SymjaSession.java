package org.metricflow.symbolic.cas;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A Symja evaluator confined to one thread, with Symja's file-system access disabled.
 * Not thread-safe: create one session per thread.
 */
public final class SymjaSession {

    static {
        Config.FILESYSTEM_ENABLED = false;
    }

    private final ExprEvaluator evaluator;

    /** A new session; Symja's evaluation messages are suppressed (quiet mode), never printed. */
    public SymjaSession() {
        evaluator = new ExprEvaluator(false, (short) 100);
        evaluator.getEvalEngine().setQuietMode(true);
    }

    /** Evaluates Symja input form and returns the result in input form. */
    public String evaluate(String input) {
        IExpr result = evaluator.eval(input);
        return result.toString();
    }
}
