package org.metricflow.verification.claims.symbolic;

import org.metricflow.verification.Claim;

/** The id, equation and statement every symbolic claim carries. */
abstract class SymbolicClaim implements Claim {

    private final String id;
    private final String equation;
    private final String statement;

    SymbolicClaim(String id, String equation, String statement) {
        this.id = "symbolic." + id;
        this.equation = equation;
        this.statement = statement;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String equation() {
        return equation;
    }

    @Override
    public String statement() {
        return statement;
    }
}
