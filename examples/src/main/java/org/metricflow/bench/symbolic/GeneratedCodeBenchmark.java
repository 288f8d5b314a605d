package org.metricflow.bench.symbolic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymjaNumeric;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.codegen.RandomJets;
import org.metricflow.symbolic.codegen.SymjaCrossCheck;
import org.metricflow.symbolic.functionals.GeometricFlow;

/**
 * Generated code against Symja's numeric evaluation ({@link SymjaNumeric}: substitute numbers, N[]) of the 3D
 * Perelman flow velocity ({@link GeometricFlow#perelman(int)}, six metric components and φ), single-threaded, at random jets of positive-definite metrics.
 */
public final class GeneratedCodeBenchmark {

    /**
     * What was measured.
     *
     * @param description       the expression
     * @param leaves            total leaf count of the outputs
     * @param buildSeconds      time to derive the expressions with Symja
     * @param compileSeconds    time to generate and compile the code (cold: first compilation in this JVM)
     * @param sourceLines       lines of generated source
     * @param symjaNsPerPoint   Symja numeric evaluation, all outputs at one point
     * @param generatedNsPerPoint generated code, all outputs at one point (batch, median of timed batches)
     * @param maxRelativeError  normwise relative error of the generated code against Symja
     */
    public record Result(String description, long leaves, double buildSeconds, double compileSeconds, int sourceLines,
                  double symjaNsPerPoint, double generatedNsPerPoint, double maxRelativeError) {

        public double speedup() {
            return symjaNsPerPoint / generatedNsPerPoint;
        }
    }

    private GeneratedCodeBenchmark() {
    }

    static Result run(int symjaPoints, int generatedPoints, RandomGenerator rng) {
        long t0 = System.nanoTime();
        GeometricFlow flow = GeometricFlow.perelman(3);
        List<Sym> velocity = flow.velocityJets();
        long t1 = System.nanoTime();
        Variables vars = Variables.of(flow.jets(), List.of());
        CompiledFunction f = Codegen.compile(velocity, flow.velocityNames(), vars);
        long t2 = System.nanoTime();
        long leaves = velocity.stream().mapToLong(Sym::leafCount).sum();

        RandomJets sampler = new RandomJets(flow.jets(), 0);
        int m = sampler.size();
        double[] points = new double[generatedPoints * m];
        for (int p = 0; p < generatedPoints; p++) {
            sampler.sample(rng, points, p * m);
        }
        SymjaNumeric symja = new SymjaNumeric(velocity, vars);
        double[] value = new double[velocity.size()];
        symja.evaluate(Arrays.copyOf(points, m), value); // warm-up
        long s0 = System.nanoTime();
        List<double[]> checked = new ArrayList<>();
        for (int p = 0; p < symjaPoints; p++) {
            double[] point = Arrays.copyOfRange(points, p * m, (p + 1) * m);
            symja.evaluate(point, value);
            checked.add(point);
        }
        double symjaNs = (System.nanoTime() - s0) / (double) symjaPoints;

        double[] out = new double[generatedPoints * velocity.size()];
        double[] batches = new double[7];
        for (int rep = -3; rep < batches.length; rep++) {
            long g0 = System.nanoTime();
            f.evaluateBatch(points, out, generatedPoints);
            if (rep >= 0) {
                batches[rep] = (System.nanoTime() - g0) / (double) generatedPoints;
            }
        }
        Arrays.sort(batches);
        double error = SymjaCrossCheck.maxRelativeError(f, velocity, vars, checked.subList(0,
                Math.min(5, checked.size())));
        return new Result("3D Perelman flow (2.40) of a general metric, dg_ij/dt = -2(R_ij + Hess_ij phi) and "
                + "dphi/dt = -R - Lap phi: " + velocity.size() + " outputs, " + m + " jet variables", leaves, (t1 - t0) * 1e-9, (t2 - t1) * 1e-9,
                (int) f.source().lines().count(), symjaNs, batches[batches.length / 2], error);
    }
}
