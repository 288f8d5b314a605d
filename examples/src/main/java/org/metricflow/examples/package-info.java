/** Runnable examples using the public API only (each has a {@code main} method). */
package org.metricflow.examples;
