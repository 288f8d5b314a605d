/** The verification report: Markdown for people, JSON for machines, written atomically. */
package org.metricflow.verification.report;
