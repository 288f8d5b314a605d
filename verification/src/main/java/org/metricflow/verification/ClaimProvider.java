package org.metricflow.verification;

import java.util.List;

/**
 * Contributes claims to {@code metricflow verify}. Implementations are listed in
 * {@code META-INF/services/org.metricflow.verification.ClaimProvider} and found with {@link java.util.ServiceLoader}.
 */
public interface ClaimProvider {

    /** The claims of one area, in the order they should run. */
    List<Claim> claims();
}
