package org.metricflow.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.metricflow.verification.Claim;
import org.metricflow.verification.ClaimRegistry;

/** The report links each ERRATUM to docs/ERRATA.md#anchor: every anchor names a registered claim, and vice versa. */
class ErrataAnchorsTest {

    /** Claims whose verdict is ERRATUM (their report rows link to the entry). */
    private static final Set<String> ERRATA = Set.of("symbolic.perelman-gradient-flow", "symbolic.perelman-local-loss",
            "symbolic.perelman-loss-constant-omega", "symbolic.perelman-kahler-class-vanishes",
            "symbolic.kahler-ricci-flow", "symbolic.kahler-potential-correction", "symbolic.calabi-flow",
            "symbolic.monge-ampere-2deriv-variation", "symbolic.monge-ampere-ultralocal-flow",
            "kernel.cosine-architecture", "kernel.cosine-normalisation", "kernel.gaussian-kernel-eq3.5",
            "kernel.free-field", "cy.omega-measure-sign", "cy.fs-distance-small-angle", "cy.nn-distance-law",
            "cy.cluster-merge-rule", "flows.calabi-decay", "flows.monge-ampere-decay", "flows.ricci-local-nn-flow",
            "quintic.kappa-gradient", "quintic.gain100-points");

    @Test
    void everyErratumHasAnAnchorAndEveryAnchorAClaim() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "ERRATA.md"));
        Set<String> anchors = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(text).results().map(r -> r.group(1))
                .collect(Collectors.toSet());
        Set<String> claims = ClaimRegistry.load().claims().stream().map(Claim::id).map(VerificationReport::anchor)
                .collect(Collectors.toSet());
        assertThat(claims).containsAll(anchors);
        assertThat(anchors).containsAll(ERRATA.stream().map(VerificationReport::anchor).toList());
    }
}
