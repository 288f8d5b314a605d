package org.metricflow.verification.claims.codegen;

import java.util.List;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimProvider;

/** The code-generation claims. */
public final class CodegenClaims implements ClaimProvider {

    @Override
    public List<Claim> claims() {
        return List.of(new GeneratedCodeMatchesSymjaClaim());
    }
}
