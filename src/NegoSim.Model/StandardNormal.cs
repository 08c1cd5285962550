namespace NegoSim.Model;

/// <summary>
/// The standard normal distribution: its distribution function Φ (by the complementary error function, W. J. Cody's
/// rational approximations as given by Numerical Recipes' erfc: relative error below 1.2e-7) and its inverse, by
/// Acklam's rational approximation (relative error below 1.15e-9 over (0, 1)): enough for beliefs and for drawing
/// samples, which are rounded to six decimals.
/// </summary>
public static class StandardNormal
{
    /// <summary>Φ(<paramref name="x"/>): the probability that a standard normal variable is at most x.</summary>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    public static double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "a probability strictly between 0 and 1");
        }

        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }

        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }

        var x = p - 0.5;
        var r = x * x;
        return Polynomial(A, r) * x / ((Polynomial(B, r) * r) + 1);
    }

    /// <summary>erfc(<paramref name="x"/>) by a Chebyshev fit of exp(−x²)·t·erfc (Numerical Recipes, 2nd ed., §6.2).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        double[] c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var sum = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            sum = (sum * t) + c[i];
        }

        var ans = t * Math.Exp((-z * z) + sum);
        return x >= 0 ? ans : 2 - ans;
    }

    private static double Tail(double q) => Polynomial(C, q) / ((Polynomial(D, q) * q) + 1);

    /// <summary>c₀·xⁿ⁻¹ + c₁·xⁿ⁻² + … + cₙ₋₁, by Horner's rule.</summary>
    private static double Polynomial(double[] coefficients, double x)
    {
        var sum = 0.0;
        foreach (var c in coefficients)
        {
            sum = (sum * x) + c;
        }

        return sum;
    }
}
