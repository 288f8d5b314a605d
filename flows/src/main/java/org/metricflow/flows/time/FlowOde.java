package org.metricflow.flows.time;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.metricflow.flows.VelocityFlow;

/** A {@link VelocityFlow} as a Hipparchus {@link OrdinaryDifferentialEquation}: dy/dt = flow velocity. */
public final class FlowOde implements OrdinaryDifferentialEquation {

    private final VelocityFlow flow;

    public FlowOde(VelocityFlow flow) {
        this.flow = flow;
    }

    @Override
    public int getDimension() {
        return flow.stateDimension();
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] out = new double[y.length];
        flow.velocity(t, y, out);
        return out;
    }
}
