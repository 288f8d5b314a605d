package org.metricflow.verification.claims.quintic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrozenKernelGainClaimTest {

    /**
     * At 500 training points the validation-optimal flow lowers σ on unseen points by more than 2 Monte Carlo errors; the planted error (each test
     * point gets another's predicted update) turns the gain below 1, so the claim's threshold test would fail.
     */
    @Test
    void aPlantedPredictionErrorFlipsTheGain() {
        FrozenKernelGainClaim.Gain right = FrozenKernelGainClaim.measure(500, 400, 20240101L, false);
        FrozenKernelGainClaim.Gain planted = FrozenKernelGainClaim.measure(500, 400, 20240101L, true);
        assertThat(right.gain() - 2 * right.error()).isGreaterThan(1);
        assertThat(planted.gain()).isLessThan(1);
    }
}
