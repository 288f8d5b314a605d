package org.metricflow.verification.claims.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metricflow.flows.JavaFunction;
import org.metricflow.flows.KahlerFixtures;
import org.metricflow.flows.TestFlows;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.flows.classic.ClassicalFlows;
import org.metricflow.flows.classic.GeneratedFlow;
import org.metricflow.flows.classic.VelocitySource;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.verification.Budget;
import org.metricflow.verification.Verdict;

/** The flow claims against hand-written stand-ins for the generated velocities (fixtures with known behaviour). */
class FlowClaimsTest {

    private static ClassicalFlows only(NamedFlow kind, CompiledFunction velocity) {
        VelocitySource source = (flow, d) -> flow == kind
                ? Optional.of(new GeneratedFlow(velocity, Optional.empty(), Optional.empty())) : Optional.empty();
        return new ClassicalFlows(List.of(source));
    }

    @Test
    void kernelClaimsHold() {
        var normalisation = new KernelNormalisationClaim().check(Budget.QUICK);
        assertThat(normalisation.verdict()).as(normalisation.detail()).isEqualTo(Verdict.HOLDS);
        var network = new PeriodicNetworkKernelClaim().check(Budget.QUICK);
        assertThat(network.verdict()).as(network.detail()).isEqualTo(Verdict.HOLDS);
        var limit = new KernelLocalLimitClaim().check(Budget.QUICK);
        assertThat(limit.verdict()).as(limit.detail()).isEqualTo(Verdict.HOLDS);
        assertThat(limit.measured()).isCloseTo(2.0, within(0.01));
    }

    @Test
    void ricciRegressionsHoldForTheConformalStandIn() {
        var catalogue = only(NamedFlow.RICCI, TestFlows.conformalRicciComponents());
        var decay = new RicciConformalDecayClaim(catalogue).check(Budget.QUICK);
        assertThat(decay.verdict()).as(decay.detail()).isEqualTo(Verdict.HOLDS);
        var benchmark = new RicciBenchmarkClaim(catalogue).check(Budget.QUICK);
        assertThat(benchmark.verdict()).as(benchmark.detail()).isEqualTo(Verdict.HOLDS);
        assertThat(benchmark.measured()).isCloseTo(0.041835624746, within(5e-10));
    }

    /** The registered generated velocities (symbolic layer + code generator) on the regressions. */
    @Test
    void generatedRicciAndPerelmanFlowsPassTheirRegressions() {
        var catalogue = ClassicalFlows.load();
        var decay = new RicciConformalDecayClaim(catalogue).check(Budget.QUICK);
        assertThat(decay.verdict()).as(decay.detail()).isEqualTo(Verdict.HOLDS);
        assertThat(decay.measured()).isCloseTo(5.0, within(1e-3));
        var measure = new PerelmanMeasureClaim(catalogue).check(Budget.QUICK);
        assertThat(measure.verdict()).as(measure.detail()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void ricciBenchmarkFailsForAFlowThatIsTooFast() {
        var base = TestFlows.conformalRicciComponents();
        var doubled = new JavaFunction(base.inputNames(), base.outputNames(), (x, o, y, oo) -> {
            base.evaluate(x, o, y, oo);
            for (int k = 0; k < 3; k++) {
                y[oo + k] *= 2;
            }
        }, "twice the conformal Ricci velocity");
        var result = new RicciBenchmarkClaim(only(NamedFlow.RICCI, doubled)).check(Budget.QUICK);
        assertThat(result.verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void kahlerClaimsDistinguishThePrintedFromTheCorrectedForms() {
        var krf = new KahlerRicciDecayClaim(only(NamedFlow.KAHLER_RICCI,
                KahlerFixtures.kahlerRicci().velocity())).check(Budget.QUICK);
        assertThat(krf.verdict()).as(krf.detail()).isEqualTo(Verdict.HOLDS);
        var calabi = new CalabiDecayClaim(only(NamedFlow.CALABI, KahlerFixtures.calabi(-1).velocity()))
                .check(Budget.QUICK);
        assertThat(calabi.verdict()).as(calabi.detail()).isEqualTo(Verdict.ERRATUM);
        var calabiPrinted = new CalabiDecayClaim(only(NamedFlow.CALABI, KahlerFixtures.calabi(+1).velocity()))
                .check(Budget.QUICK);
        assertThat(calabiPrinted.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(calabiPrinted.measured()).isCloseTo(-25.0 / 16, within(1e-4));
        var ma = new MongeAmpereDecayClaim(only(NamedFlow.MONGE_AMPERE,
                KahlerFixtures.mongeAmpere(-1).velocity())).check(Budget.QUICK);
        assertThat(ma.verdict()).as(ma.detail()).isEqualTo(Verdict.ERRATUM);
        var maPrinted = new MongeAmpereDecayClaim(only(NamedFlow.MONGE_AMPERE,
                KahlerFixtures.mongeAmpere(+1).velocity())).check(Budget.QUICK);
        assertThat(maPrinted.verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void flatFixedPointNeedsEveryFlowAndVanishingVelocities() {
        VelocitySource zeroAtFlat = (flow, d) -> Optional.of(new GeneratedFlow(heatLike(flow, d, 0),
                Optional.empty(), Optional.empty()));
        var holds = new FlatFixedPointClaim(new ClassicalFlows(List.of(zeroAtFlat))).check(Budget.QUICK);
        assertThat(holds.verdict()).as(holds.detail()).isEqualTo(Verdict.HOLDS);
        VelocitySource drifting = (flow, d) -> Optional.of(new GeneratedFlow(heatLike(flow, d, 1e-6),
                Optional.empty(), Optional.empty()));
        var fails = new FlatFixedPointClaim(new ClassicalFlows(List.of(drifting))).check(Budget.QUICK);
        assertThat(fails.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(fails.measured()).isCloseTo(1e-6, within(1e-12));
        assertThatThrownBy(() -> new FlatFixedPointClaim(new ClassicalFlows(List.of())).check(Budget.QUICK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("VelocitySource");
    }

    @Test
    void claimsNeedingGeneratedCodeOrNetworksSayWhatIsMissing() {
        var none = new ClassicalFlows(List.of());
        assertThatThrownBy(() -> new PerelmanEntropyClaim(none).check(Budget.QUICK))
                .hasMessageContaining("perelman").hasMessageContaining("VelocitySource");
        assertThatThrownBy(() -> new RicciLocalNetworkFlowClaim(none, (j, i) -> {
            throw new IllegalStateException("no networks");
        }).check(Budget.QUICK)).hasMessageContaining("perelman");
        assertThat(new FlowClaims().claims()).hasSize(11)
                .extracting(c -> c.id()).allMatch(id -> id.startsWith("flows."));
    }

    /** ∂_t f = (sum of the pure second derivatives of the first field) + drift, for every field. */
    private static CompiledFunction heatLike(NamedFlow flow, int d, double drift) {
        var jets = flow.jets(d);
        String first = jets.fields().get(0);
        List<String> in = new java.util.ArrayList<>();
        for (int a = 1; a <= d; a++) {
            in.add(org.metricflow.symbolic.jet.JetSpace.variableName(first, a, a));
        }
        int fields = jets.fields().size();
        List<String> out = jets.fields().stream().map(f -> f + "_t").toList();
        return new JavaFunction(in, out, (x, o, y, oo) -> {
            double s = drift;
            for (int a = 0; a < d; a++) {
                s += x[o + a];
            }
            for (int k = 0; k < fields; k++) {
                y[oo + k] = s;
            }
        }, "heat-like stand-in");
    }
}
