package org.metricflow.flows.cy;

import java.util.Optional;
import org.metricflow.numeric.kahler.PotentialVelocity;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.functionals.KahlerRicci;
import org.metricflow.symbolic.functionals.PotentialVelocityForm;

/**
 * The potential flows of Appendix B that {@link PotentialFlow} runs on H: the Monge–Ampère (σ-loss) flow, gradient
 * descent of Σ w(η − 1)², and the Kähler–Ricci and Calabi flows, whose potential velocities are taken from the
 * symbolic layer ({@link KahlerRicci#velocityForm()}, {@link Calabi#velocityForm()}) and projected onto H by
 * {@link org.metricflow.numeric.kahler.VelocityProjection}.
 */
public enum KahlerFlow {
    /** σ-loss descent (B.11), the default. */
    MONGE_AMPERE("monge-ampere", null),
    /** φ̇ = ln(det g/|Ω|²) + const (B.4 in potential form). */
    KAHLER_RICCI("kahler-ricci", KahlerRicci.velocityForm()),
    /** φ̇ = R − R̄ (B.8 with the sign that lowers Calabi's energy). */
    CALABI("calabi", Calabi.velocityForm());

    private final String cliName;
    private final PotentialVelocityForm form;

    KahlerFlow(String cliName, PotentialVelocityForm form) {
        this.cliName = cliName;
        this.form = form;
    }

    /** The name on the command line and in checkpoints, e.g. {@code kahler-ricci}. */
    public String cliName() {
        return cliName;
    }

    /** The potential velocity on X, or empty for the loss-driven Monge–Ampère flow. */
    public Optional<PotentialVelocity> velocity() {
        return form == null ? Optional.empty()
                : Optional.of(new PotentialVelocity(form.logVolumeRatio(), form.scalar()));
    }

    /**
     * The flow named {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static KahlerFlow of(String name) {
        for (KahlerFlow f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown flow '" + name + "': use monge-ampere, kahler-ricci or calabi");
    }

    @Override
    public String toString() {
        return cliName;
    }
}
