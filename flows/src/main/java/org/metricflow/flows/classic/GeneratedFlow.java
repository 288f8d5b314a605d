package org.metricflow.flows.classic;

import java.util.Objects;
import java.util.Optional;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * What the symbolic layer generates for one flow of the catalogue on one torus dimension. Inputs of every function are
 * jet variables of {@link org.metricflow.symbolic.functionals.NamedFlow#jets(int)} (bound by name).
 *
 * @param velocity ∂_t of each field of {@link org.metricflow.symbolic.functionals.NamedFlow#fields(int)}, in that order
 * @param density  the monitored integrand w.r.t. d^dx (Perelman: (R + |∇φ|²) e^{−φ} √det g; volume forms for the
 *                 others), if any
 * @param loss     the pointwise loss of gradient descent (eq. (2.42)) and its gradient with respect to its inputs
 *                 (outputs 1 + inputs), if any
 * @param kernel   the pointwise kernel K with which −K·δL/δf of the loss is the velocity (Perelman: the natural
 *                 kernel of {@code symbolic.functionals.NaturalKernel}): n² outputs, K_rc at r·n + c, rows and columns
 *                 in field order, if any
 */
public record GeneratedFlow(CompiledFunction velocity, Optional<CompiledFunction> density,
                            Optional<CompiledFunction> loss, Optional<CompiledFunction> kernel) {

    public GeneratedFlow {
        Objects.requireNonNull(velocity, "velocity");
        Objects.requireNonNull(density, "density");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(kernel, "kernel");
    }

    /** Generated code without a natural kernel. */
    public GeneratedFlow(CompiledFunction velocity, Optional<CompiledFunction> density,
                         Optional<CompiledFunction> loss) {
        this(velocity, density, loss, Optional.empty());
    }
}
