package org.metricflow.symbolic.cas;

import java.util.Collection;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;

/**
 * n-ary sums evaluated once: Σ terms costs one Symja evaluation instead of the n − 1 of chained
 * {@link Sym#plus(Sym)}, each of which re-sorts the growing sum.
 */
public final class Sums {

    private Sums() {
    }

    /** The evaluated sum of {@code terms} (0 for none). */
    public static Sym sum(Collection<Sym> terms) {
        IASTAppendable plus = F.PlusAlloc(terms.size());
        for (Sym t : terms) {
            plus.append(t.expr());
        }
        return Sym.eval(plus);
    }
}
