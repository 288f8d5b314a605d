/**
 * A Symja-free expression tree of whitelisted mathematical operations: the only form in which a symbolic expression
 * reaches the code generator. {@code cas.TreeExporter} builds it from a {@code Sym}, rejecting anything that is not a
 * number, a declared variable, a sum, a product, a power or a call of a {@link org.metricflow.symbolic.tree.MathFunction}.
 * Every node is an immutable, validated record, so a tree cannot carry text into generated source.
 */
package org.metricflow.symbolic.tree;
