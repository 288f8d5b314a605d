package org.metricflow.symbolic.cas;

import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;

/**
 * A simultaneous replacement of subexpressions (one Symja {@code ReplaceAll} with a list of rules, evaluated once):
 * for example the derivatives {@code Derivative(1,0)[u][x,y]} of a field by their jet symbols {@code u$d1}, and back.
 * Immutable.
 */
public final class Substitution {

    private final IASTAppendable rules;

    /**
     * Replaces {@code targets.get(i)} by {@code replacements.get(i)}; at each position of an expression the first
     * matching target wins, and replaced parts are not searched again.
     */
    public Substitution(List<Sym> targets, List<Sym> replacements) {
        if (targets.size() != replacements.size()) {
            throw new IllegalArgumentException("need one replacement per target, got " + replacements.size()
                    + " for " + targets.size());
        }
        rules = F.ListAlloc(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            rules.append(F.Rule(targets.get(i).expr(), replacements.get(i).expr()));
        }
    }

    /** The substitution applied to {@code e}, evaluated. */
    public Sym apply(Sym e) {
        return Sym.eval(F.ReplaceAll(e.expr(), rules));
    }
}
