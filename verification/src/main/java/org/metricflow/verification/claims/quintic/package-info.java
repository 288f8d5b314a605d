/** Claims about the kernel metric flows on the Fermat quintic (paper §3, {@code flows.quintic}). */
package org.metricflow.verification.claims.quintic;
