package org.metricflow.flows.quintic.tune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.quintic.GradientForm;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticFlowResult;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.numeric.sample.PointSample;

/**
 * CMA-ES (Hipparchus {@link CMAESOptimizer}, active covariance update, bounded) over the {@link TunedParameter}s of
 * a kernel, minimising −ln(σ-gain on the validation set) of a flow of {@link TuneOptions#steps()} steps trained on
 * the training set. The validation set takes the test set's place in the flow (its metric moves by the kernel's
 * prediction only), so the test set is never seen. The first run is the start point (the base options, e.g.
 * Table 1), then CMA-ES spends the rest of the budget (a point it asks for again is not run again, but counts). Runs
 * keep the base options' {@link PositivityPolicy}: under STOP a run that would make g indefinite (or reaches
 * det g ≤ 0) is a failure with score {@link #FAILURE_SCORE}; under CLIP runs complete with clipped updates (counted in
 * the trial). {@link #closedForm()} searches instead through the closed-form frozen-kernel flow
 * ({@link ClosedFormRun}): the kernel parameters only (σ; σ_w, σ_b), each trial at its validation-chosen flow time
 * t — CMA-ES over the kernel, a line search over t. Not thread-safe; deterministic for a given seed, samples and
 * thread count.
 */
public final class HyperparameterSearch {

    /** Score of a failed run (a completed run scores −ln gain, below this for any gain > e^−20). */
    public static final double FAILURE_SCORE = 20;

    private final PointSample train;
    private final PointSample validation;
    private final QuinticFlowOptions base;
    private final OperatorOptions operators;
    private final TuneOptions tune;
    private final int threads;
    private final boolean closedForm;

    /**
     * @param train      training sample
     * @param validation validation sample, drawn independently of the training and test samples
     * @param base       the start point and the fixed options (kernel, loss, gradient form, profile)
     * @param operators  kernel storage and clustering
     * @param tune       budget and seed
     * @param threads    worker threads per flow
     */
    public HyperparameterSearch(PointSample train, PointSample validation, QuinticFlowOptions base,
                                OperatorOptions operators, TuneOptions tune, int threads) {
        this(train, validation, base, operators, tune, threads, false);
    }

    private HyperparameterSearch(PointSample train, PointSample validation, QuinticFlowOptions base,
                                 OperatorOptions operators, TuneOptions tune, int threads, boolean closedForm) {
        this.closedForm = closedForm;
        this.train = Objects.requireNonNull(train, "train");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.base = Objects.requireNonNull(base, "base");
        this.operators = Objects.requireNonNull(operators, "operators");
        this.tune = Objects.requireNonNull(tune, "tune");
        this.threads = threads;
    }

    /**
     * The same search through the closed form at the validation-chosen flow time (squared loss, frame gradient; the
     * learning rate and step count play no part).
     *
     * @throws IllegalArgumentException for a kernel without parameters (Delta) or a loss/gradient without closed form
     */
    public HyperparameterSearch closedForm() {
        if (kernelParameters(base).isEmpty()) {
            throw new IllegalArgumentException("the closed-form search tunes kernel parameters; the "
                    + base.kernel().name().toLowerCase(java.util.Locale.ROOT) + " kernel has none");
        }
        if (base.loss() != SigmaLoss.SQUARED || base.gradient() != GradientForm.FRAME) {
            throw new IllegalArgumentException("the closed-form search needs --loss squared and --gradient frame");
        }
        return new HyperparameterSearch(train, validation, base, operators, tune, threads, true);
    }

    /** The parameters searched: {@link TunedParameter#of}, without the learning rate in the closed form. */
    public List<TunedParameter> parameters() {
        return closedForm ? kernelParameters(base) : TunedParameter.of(base.kernel());
    }

    private static List<TunedParameter> kernelParameters(QuinticFlowOptions o) {
        return TunedParameter.of(o.kernel()).stream().filter(p -> p != TunedParameter.LOG10_LEARNING_RATE).toList();
    }

    /** One run of {@code o} on the training set, gains on training and validation sets. */
    public Trial evaluate(QuinticFlowOptions o) {
        QuinticFlowOptions run = Objects.requireNonNull(o, "o");
        try {
            if (closedForm) {
                ClosedFormRun c = ClosedFormRun.of(train, validation, null, run, operators, threads);
                double gain = c.validationGain();
                if (!(gain > 0) || !Double.isFinite(gain)) {
                    return failure(run, "validation gain " + gain);
                }
                return new Trial(run, c.trainGain(), gain, 0, null, Math.min(FAILURE_SCORE, -Math.log(gain)),
                        c.flowTime());
            }
            QuinticFlowResult r = new QuinticKernelFlow(train, validation, run, operators, threads)
                    .run(tune.steps(), null);
            double gain = r.gainTest();
            if (r.stopReason() != null) {
                return failure(run, r.stopReason());
            }
            if (!(gain > 0) || !Double.isFinite(gain)) {
                return failure(run, "validation gain " + gain);
            }
            double score = Math.min(FAILURE_SCORE, -Math.log(gain));
            return new Trial(run, r.gainTrain(), gain, r.clippedTotal(), null, score, Double.NaN);
        } catch (IllegalArgumentException e) {
            return failure(run, e.getMessage());
        }
    }

    private static Trial failure(QuinticFlowOptions o, String reason) {
        return new Trial(o, Double.NaN, Double.NaN, 0, reason, FAILURE_SCORE, Double.NaN);
    }

    /** Runs the search, reporting each trial to {@code listener} (may be null). */
    public TuneResult run(Consumer<Trial> listener) {
        List<TunedParameter> ps = parameters();
        int d = ps.size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        double[] start = new double[d];
        double[] step = new double[d];
        boolean clamped = false;
        for (int i = 0; i < d; i++) {
            TunedParameter p = ps.get(i);
            lower[i] = p.lower();
            upper[i] = p.upper();
            start[i] = Math.max(p.lower(), Math.min(p.upper(), p.of(base)));
            clamped |= start[i] != p.of(base);
            step[i] = p.step();
        }
        List<Trial> trials = new ArrayList<>();
        Consumer<Trial> record = t -> {
            trials.add(t);
            if (listener != null) {
                listener.accept(t);
            }
        };
        record.accept(evaluate(clamped ? options(ps, start) : base));
        if (tune.evaluations() > 1) {
            CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                    new Well19937c(tune.seed()), false, null);
            // CMA-ES repairs samples outside the box onto its faces, so the same point recurs: run it once
            Map<QuinticFlowOptions, Trial> seen = new HashMap<>();
            ObjectiveFunction objective = new ObjectiveFunction(x -> {
                Trial t = seen.computeIfAbsent(options(ps, x), this::evaluate);
                record.accept(t);
                return t.score();
            });
            try {
                cma.optimize(new MaxEval(tune.evaluations() - 1), objective, GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(step),
                        new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(d))));
            } catch (MathIllegalStateException e) {
                if (e.getSpecifier() != LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                    throw e;
                }
                // the evaluation budget is used up: the best trial so far is the result
            }
        }
        Trial best = trials.get(0);
        for (Trial t : trials) {
            if (t.score() < best.score()) {
                best = t;
            }
        }
        return new TuneResult(ps, trials, best);
    }

    private QuinticFlowOptions options(List<TunedParameter> ps, double[] x) {
        QuinticFlowOptions o = base;
        for (int i = 0; i < ps.size(); i++) {
            o = ps.get(i).apply(o, x[i]);
        }
        return o;
    }
}
