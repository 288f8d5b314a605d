package org.metricflow.flows.time;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.EulerIntegrator;

/** The Hipparchus integrators a flow can run with. */
public enum Stepper {
    /** Adaptive Dormand–Prince 8(5,3): accuracy runs and regressions. */
    DORMAND_PRINCE_853(true),
    /** Adaptive Dormand–Prince 5(4): cheaper adaptive runs. */
    DORMAND_PRINCE_54(true),
    /** Fixed-step classical fourth-order Runge–Kutta. */
    CLASSICAL_RUNGE_KUTTA(false),
    /** Fixed-step explicit Euler: one step of size η is one gradient-descent update with learning rate η. */
    EULER(false);

    private final boolean adaptive;

    Stepper(boolean adaptive) {
        this.adaptive = adaptive;
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
