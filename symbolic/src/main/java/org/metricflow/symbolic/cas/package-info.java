/**
 * The only package that imports Symja. Everything Symja-specific (parsing, evaluation, security settings,
 * conversion to other forms) is wrapped here.
 */
package org.metricflow.symbolic.cas;
