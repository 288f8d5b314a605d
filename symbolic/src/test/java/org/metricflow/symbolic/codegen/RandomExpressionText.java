package org.metricflow.symbolic.codegen;

import org.hipparchus.random.RandomGenerator;

/**
 * Random Symja input text over every whitelisted head (Abs optionally), in the variables x, y, z (sampled in [−1, 1]). Arguments are
 * wrapped so that every function stays inside its real domain, away from poles and well conditioned (a periodic
 * function of a large argument loses all relative accuracy to the rounding of its argument, in any implementation):
 * log and fractional powers of 1 + s², denominators 1 + s² or e^s, asin/acos of (4/5)·tanh(s), sin of 3·tanh(s),
 * exp and sinh of 2·tanh(s), cos, cosh, tan and sec of tanh(s), csc, coth and csch of 1 + tanh(s)². (Symja's N
 * overflows to NaN for coth and csch of arguments near 1000, where Math gives 1 and 0.)
 */
final class RandomExpressionText {

    private final RandomGenerator rng;
    private final boolean abs;

    /**
     * @param abs whether to use Abs (Symja cannot differentiate it: D(Abs(x), x) stays Derivative(1)[Abs][x])
     */
    RandomExpressionText(RandomGenerator rng, boolean abs) {
        this.rng = rng;
        this.abs = abs;
    }

    String next(int depth) {
        if (depth == 0 || rng.nextInt(5) == 0) {
            return leaf();
        }
        String a = next(depth - 1);
        String b = next(depth - 1);
        String pos = "(1 + (" + a + ")^2)";
        return switch (rng.nextInt(24)) {
            case 0, 1 -> "(" + a + ") + (" + b + ")";
            case 2 -> "(" + a + ") - (" + b + ")";
            case 3, 4 -> "(" + a + ")*(" + b + ")";
            case 5 -> "(" + a + ")/" + pos;
            case 6 -> "(" + b + ")/Exp(" + a + ")";
            case 7 -> "(" + a + ")^" + (2 + rng.nextInt(6));
            case 8 -> pos + "^(-" + (1 + rng.nextInt(3)) + ")";
            case 9 -> pos + "^(" + (1 + rng.nextInt(5)) + "/" + (2 + rng.nextInt(3)) + ")";
            case 10 -> "Exp(2*Tanh(" + a + "))";
            case 11 -> "Log" + pos;
            case 12 -> "Sqrt" + pos;
            case 13 -> "Sin(3*Tanh(" + a + "))";
            case 14 -> "Cos(Tanh(" + a + "))";
            case 15 -> "Tan(Tanh(" + a + "))";
            case 16 -> "ArcSin(4/5*Tanh(" + a + "))";
            case 17 -> "ArcCos(4/5*Tanh(" + a + "))";
            case 18 -> "ArcTan(" + a + ")";
            case 19 -> "Sinh(2*Tanh(" + a + ")) + Cosh(Tanh(" + b + "))";
            case 20 -> (abs ? "Abs(" + a + ") + " : "") + "Sech(" + b + ")";
            case 21 -> "Sec(Tanh(" + a + ")) + Csc(1 + Tanh(" + b + ")^2)";
            case 22 -> "Coth(1 + Tanh(" + a + ")^2) + Csch(1 + Tanh(" + b + ")^2)";
            default -> pos + "^(" + b + "/" + pos + ")";
        };
    }

    private String leaf() {
        return switch (rng.nextInt(8)) {
            case 0, 1 -> "x";
            case 2, 3 -> "y";
            case 4 -> "z";
            case 5 -> String.valueOf(rng.nextInt(7) - 3);
            case 6 -> (1 + rng.nextInt(5)) + "/" + (2 + rng.nextInt(5));
            default -> rng.nextBoolean() ? "Pi" : "E";
        };
    }
}
