/**
 * Code generation: derived local expressions (loss densities, their partial derivatives with respect to every jet
 * variable, flow velocities) compiled to JVM code at run time. Symja-free: it works on the whitelisted
 * {@link org.metricflow.symbolic.tree} that {@code cas.TreeExporter} exports.
 *
 * <p>Entry points: {@link org.metricflow.symbolic.codegen.LocalDensity} (a density and its jet gradient),
 * {@link org.metricflow.symbolic.codegen.Codegen} (any list of expressions, or its Java source),
 * {@link org.metricflow.symbolic.codegen.CompiledFunction} (what both produce). Internally: a hash-consed
 * {@code Dag} with constant folding and integer powers by repeated squaring, {@code JavaEmitter} (locals for shared
 * nodes, methods split under HotSpot's JIT size limit) and {@code RuntimeCompiler} (Janino, cached by source hash).
 * {@link org.metricflow.symbolic.codegen.SymjaCrossCheck} compares generated code with Symja's numeric evaluation.
 */
package org.metricflow.symbolic.codegen;
