package org.metricflow.flows.quintic.exact;

import java.util.function.UnaryOperator;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.ConjugateGradient;
import org.hipparchus.linear.IterativeLinearSolverEvent;
import org.hipparchus.linear.RealLinearOperator;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.IterationEvent;
import org.hipparchus.util.IterationListener;
import org.hipparchus.util.IterationManager;

/**
 * Conjugate gradients (Hipparchus) on (I + a A) x = b for the symmetrised kernel A, matrix-free through
 * {@link SymmetrisedKernel#apply}: converges in O(√(1 + a λ_max)) iterations.
 *
 * @param x          the solution (null when CG did not converge)
 * @param iterations iterations used
 * @param residual   ‖b − (I + aA)x‖/‖b‖ of the last iterate
 */
public record CgSolve(double[] x, int iterations, double residual) {

    /**
     * Solves to relative residual {@code tolerance} within {@code maxIterations}; on failure x is null and the
     * iteration count and residual say how far it got.
     */
    public static CgSolve solve(UnaryOperator<double[]> a, double shift, double[] b, double tolerance,
                                int maxIterations) {
        int n = b.length;
        RealLinearOperator op = new RealLinearOperator() {
            @Override
            public int getRowDimension() {
                return n;
            }

            @Override
            public int getColumnDimension() {
                return n;
            }

            @Override
            public RealVector operate(RealVector v) {
                double[] x = v.toArray();
                double[] ax = a.apply(x);
                for (int i = 0; i < n; i++) {
                    ax[i] = x[i] + shift * ax[i];
                }
                return new ArrayRealVector(ax, false);
            }
        };
        IterationManager manager = new IterationManager(maxIterations);
        double bNorm = Math.sqrt(dot(b, b));
        double[] last = {1};
        manager.addIterationListener(new IterationListener() {
            @Override
            public void initializationPerformed(IterationEvent e) {
            }

            @Override
            public void iterationPerformed(IterationEvent e) {
                last[0] = ((IterativeLinearSolverEvent) e).getNormOfResidual() / bNorm;
            }

            @Override
            public void iterationStarted(IterationEvent e) {
            }

            @Override
            public void terminationPerformed(IterationEvent e) {
                last[0] = ((IterativeLinearSolverEvent) e).getNormOfResidual() / bNorm;
            }
        });
        if (bNorm == 0) {
            return new CgSolve(new double[n], 0, 0);
        }
        try {
            RealVector x = new ConjugateGradient(manager, tolerance, false).solve(op, new ArrayRealVector(b));
            return new CgSolve(x.toArray(), manager.getIterations(), last[0]);
        } catch (MathIllegalStateException notConverged) {
            return new CgSolve(null, manager.getIterations(), last[0]);
        }
    }

    /** Whether CG converged. */
    public boolean converged() {
        return x != null;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
