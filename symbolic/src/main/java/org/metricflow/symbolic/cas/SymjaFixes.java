package org.metricflow.symbolic.cas;

import java.lang.reflect.Field;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.patternmatching.hash.AbstractHashedPatternRules;
import org.matheclipse.core.patternmatching.hash.HashedOrderlessMatcher;
import org.matheclipse.core.patternmatching.hash.HashedOrderlessMatcherPlus;

/**
 * Work-arounds for defects of Symja 3.0.0 that corrupt results, installed once before the first evaluation.
 *
 * <p><b>Dropped terms in {@code Plus}.</b> Symja simplifies sums with two-term rules such as
 * Sin(x)² + Cos(x)² → 1 and Csc(x)² − Cot(x)² → 1 ({@code HashedOrderlessMatcherPlus}). When a rule matches the
 * functions but not the signs (Sin(a)² − Cos(a)²), the matcher marks both terms as used and then declines the
 * rewrite; if another rule fires in the same sum, the two terms are silently dropped:
 * {@code Sin(a)^2 - Cos(a)^2 + Csc(b)^2 - Cot(b)^2} evaluates to {@code 1}. This breaks the curvature of the round
 * 3-sphere. The fix replaces the matcher of {@code Plus} (and of {@code Simplify}) with one that restores the
 * marks when it declines. The test {@code SymjaFixesTest} shows the defect is gone.
 */
final class SymjaFixes {

    private SymjaFixes() {
    }

    /** Replaces the defective matchers (idempotent). */
    static void install() {
        try {
            replaceMatcher(Class.forName("org.matheclipse.core.builtin.Arithmetic$Plus"));
            replaceMatcher(Class.forName("org.matheclipse.core.builtin.SimplifyFunctions$Simplify"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot install the Symja Plus-matcher fix (Symja version changed?)", e);
        }
    }

    private static void replaceMatcher(Class<?> owner) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField("PLUS_ORDERLESS_MATCHER");
        field.setAccessible(true);
        Object original = field.get(null);
        if (original instanceof SignSafePlusMatcher || original == null) {
            return;
        }
        SignSafePlusMatcher fixed = new SignSafePlusMatcher();
        for (String rules : new String[] {"fHashRuleMap", "fPatternHashRuleMap"}) {
            Field f = HashedOrderlessMatcher.class.getDeclaredField(rules);
            f.setAccessible(true);
            f.set(fixed, f.get(original));
        }
        field.set(null, fixed);
    }

    /** The Plus matcher that keeps both terms when it declines a rewrite. */
    static final class SignSafePlusMatcher extends HashedOrderlessMatcherPlus {
        @Override
        protected boolean updateHashValues(IASTAppendable result, IAST orderlessAST,
                                           AbstractHashedPatternRules hashRule, int[] hashValues, int i, int j,
                                           EvalEngine engine) {
            int hi = hashValues[i];
            int hj = hashValues[j];
            boolean rewritten = super.updateHashValues(result, orderlessAST, hashRule, hashValues, i, j, engine);
            if (!rewritten) {
                hashValues[i] = hi;
                hashValues[j] = hj;
            }
            return rewritten;
        }
    }
}
