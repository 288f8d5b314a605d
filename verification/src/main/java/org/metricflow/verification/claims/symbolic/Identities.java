package org.metricflow.verification.claims.symbolic;

import org.hipparchus.random.Well19937c;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

/** Exact identity test shared by the symbolic claims: a − b vanishes (divided by a non-vanishing scale). */
final class Identities {

    private Identities() {
    }

    /** 1 when (a − b)/scale is not identically zero at two random rational points (seeded), else 0. */
    static int mismatch(Sym a, Sym b, Sym scale, long seed) {
        return ZeroTest.vanishes(a.minus(b).divide(scale), new Well19937c(seed), 2) ? 0 : 1;
    }
}
