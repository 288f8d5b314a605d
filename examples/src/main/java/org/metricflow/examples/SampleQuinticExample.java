package org.metricflow.examples;

import java.nio.file.Path;
import org.metricflow.numeric.cluster.FsNearestNeighbours;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.FermatClosedForms;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.metric.MongeAmpere;
import org.metricflow.numeric.metric.MongeAmpereEstimate;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * Samples the Fermat quintic, checks Vol_Ω against its closed form, prints κ and the σ-loss of the restricted
 * Fubini–Study metric, expresses every metric in one chart, finds nearest neighbours and writes an .npz file.
 * Run: {@code java -cp examples/target/metricflow.jar org.metricflow.examples.SampleQuinticExample [out.npz]}.
 */
public final class SampleQuinticExample {

    private SampleQuinticExample() {
    }

    public static void main(String[] args) {
        ProjectiveHypersurface quintic = ProjectiveHypersurface.fermatQuintic();
        PointSample train = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(1)).sample(100_000);
        MongeAmpereEstimate fs = MongeAmpere.fubiniStudy(train);
        System.out.printf("Vol_Omega = %s (closed form %.5f)%n", fs.volumeOmega(), FermatClosedForms.volumeOmega(5));
        System.out.printf("kappa     = %s%nsigma_FS  = %s%n", fs.kappa(), fs.sigma());

        // one common chart (z_0 = 1, z_4 eliminated) for all points: metric, Omega and Jacobians
        CommonChartMetrics common = CommonChartMetrics.of(train, new Chart(0, 4), 2);
        double worst = 0;
        for (double c : common.conditioning()) {
            worst = Math.max(worst, c);
        }
        System.out.printf("common chart %s: worst Jacobian condition number %.3g%n", common.chart(), worst);

        // nearest training point of fresh test points (the Delta kernel of §3.2)
        PointSample test = new LineIntersectionSampler(quintic, SamplerOptions.defaults().withSeed(2)).sample(1000);
        int[] nearest = FsNearestNeighbours.build(train.points(), 5).nearest(test.points());
        System.out.printf("test point 0 -> training point %d%n", nearest[0]);

        if (args.length > 0) {
            PointSampleFiles.write(Path.of(args[0]), train);
            System.out.println("wrote " + args[0]);
        }
    }
}
