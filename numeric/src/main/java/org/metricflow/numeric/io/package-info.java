/**
 * NumPy interchange: {@code .npy}/{@code .npz} arrays ({@link org.metricflow.numeric.io.Npy},
 * {@link org.metricflow.numeric.io.Npz}), metricflow's point-sample layout
 * ({@link org.metricflow.numeric.io.PointSampleFiles}) and cymetric's {@code dataset.npz}
 * ({@link org.metricflow.numeric.io.CymetricDataset}). Every write is atomic (temporary file, then rename).
 */
package org.metricflow.numeric.io;
