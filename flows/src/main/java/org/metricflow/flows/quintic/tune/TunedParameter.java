package org.metricflow.flows.quintic.tune;

import java.util.List;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;

/**
 * A hyperparameter of a quintic kernel flow as a coordinate of the search: its bounds, CMA-ES's initial step and the
 * map to and from {@link QuinticFlowOptions}. Scale parameters (learning rate, σ) are searched in log10.
 */
public enum TunedParameter {
    /** log10 of the learning rate; the ReLU NTK with large σ_b (Θ ~ 1e5) needs rates far below Table 1's. */
    LOG10_LEARNING_RATE("log10_lr", -10, 2, 1.5) {
        @Override
        public QuinticFlowOptions apply(QuinticFlowOptions o, double v) {
            return o.withLearningRate(Math.pow(10, v));
        }

        @Override
        public double of(QuinticFlowOptions o) {
            return Math.log10(o.learningRate());
        }
    },
    /** log10 of the Gaussian kernel's σ (radians of FS distance). */
    LOG10_SIGMA("log10_sigma", -3, 2, 0.75) {
        @Override
        public QuinticFlowOptions apply(QuinticFlowOptions o, double v) {
            return o.withSigma(Math.pow(10, v));
        }

        @Override
        public double of(QuinticFlowOptions o) {
            return Math.log10(o.sigma());
        }
    },
    /** σ_w of the ReLU NTK. */
    SIGMA_W("sigma_w", 0.1, 20, 3) {
        @Override
        public QuinticFlowOptions apply(QuinticFlowOptions o, double v) {
            return o.withSigmaW(v);
        }

        @Override
        public double of(QuinticFlowOptions o) {
            return o.sigmaW();
        }
    },
    /** σ_b of the ReLU NTK. */
    SIGMA_B("sigma_b", 0, 100, 15) {
        @Override
        public QuinticFlowOptions apply(QuinticFlowOptions o, double v) {
            return o.withSigmaB(v);
        }

        @Override
        public double of(QuinticFlowOptions o) {
            return o.sigmaB();
        }
    };

    private final String label;
    private final double lower;
    private final double upper;
    private final double step;

    TunedParameter(String label, double lower, double upper, double step) {
        this.label = label;
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    /** The options with this parameter set to search coordinate {@code v}. */
    public abstract QuinticFlowOptions apply(QuinticFlowOptions o, double v);

    /** The search coordinate of this parameter in {@code o}. */
    public abstract double of(QuinticFlowOptions o);

    /** Name as printed (snake case). */
    public String label() {
        return label;
    }

    /** Lower bound of the search coordinate. */
    public double lower() {
        return lower;
    }

    /** Upper bound of the search coordinate. */
    public double upper() {
        return upper;
    }

    /** CMA-ES's initial step in this coordinate. */
    public double step() {
        return step;
    }

    /** The parameters that apply to a kernel: lr for all, σ for the Gaussian, σ_w and σ_b for the ReLU NTK. */
    public static List<TunedParameter> of(QuinticKernel kernel) {
        return switch (kernel) {
            case RELU -> List.of(LOG10_LEARNING_RATE, SIGMA_W, SIGMA_B);
            case GAUSSIAN -> List.of(LOG10_LEARNING_RATE, LOG10_SIGMA);
            case DELTA -> List.of(LOG10_LEARNING_RATE);
        };
    }
}
