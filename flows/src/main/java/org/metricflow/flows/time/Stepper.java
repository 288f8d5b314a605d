package org.metricflow.flows.time;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.EulerIntegrator;

/** The Hipparchus integrators a flow can run with. */
public enum Stepper {
    /** Adaptive Dormand–Prince 8(5,3): accuracy runs and regressions. */
    DORMAND_PRINCE_853(true, 6.393),
    /** Adaptive Dormand–Prince 5(4): cheaper adaptive runs. */
    DORMAND_PRINCE_54(true, 3.306),
    /** Fixed-step classical fourth-order Runge–Kutta. */
    CLASSICAL_RUNGE_KUTTA(false, 2.785),
    /** Fixed-step explicit Euler: one step of size η is one gradient-descent update with learning rate η. */
    EULER(false, 2.0);

    private final boolean adaptive;
    private final double stabilityInterval;

    Stepper(boolean adaptive, double stabilityInterval) {
        this.adaptive = adaptive;
        this.stabilityInterval = stabilityInterval;
    }

    /**
     * Length x of the stability interval [−x, 0] on the negative real axis (|R(z)| ≤ 1 for the stability function
     * of the Butcher tableau; computed from Hipparchus' coefficients): a step h is stable for a decaying mode of
     * rate λ when hλ ≤ x.
     */
    public double stabilityInterval() {
        return stabilityInterval;
    }

    /** Whether the step size is chosen by error control. */
    public boolean adaptive() {
        return adaptive;
    }

    /**
     * A fresh integrator configured by {@code o} for a segment of length {@code segment}. A fixed stepper divides
     * the segment into m = ⌈segment/h⌉ equal steps, lengthened by a relative 10⁻¹² so that rounding in the
     * accumulated time cannot add a spurious tiny last step: when the segment is a multiple of h every step is h
     * (to 10⁻¹² relative), i.e. one gradient-descent update with learning rate h.
     */
    ODEIntegrator create(IntegrationOptions o, double segment) {
        ODEIntegrator integrator = switch (this) {
            case DORMAND_PRINCE_853 -> new DormandPrince853Integrator(o.minStep(), o.maxStep(),
                    o.absoluteTolerance(), o.relativeTolerance());
            case DORMAND_PRINCE_54 -> new DormandPrince54Integrator(o.minStep(), o.maxStep(),
                    o.absoluteTolerance(), o.relativeTolerance());
            case CLASSICAL_RUNGE_KUTTA -> new ClassicalRungeKuttaIntegrator(fixedStep(o.step(), segment));
            case EULER -> new EulerIntegrator(fixedStep(o.step(), segment));
        };
        if (adaptive && o.step() > 0) {
            ((org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator) integrator).setInitialStepSize(o.step());
        }
        integrator.setMaxEvaluations(o.maxEvaluations());
        return integrator;
    }

    private static double fixedStep(double h, double segment) {
        double m = Math.ceil(segment / h - 1e-9);
        return segment / m * (1 + 1e-12);
    }
}
