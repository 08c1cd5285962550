using System.Globalization;

namespace NegoSim.Model.Ratification;

/// <summary>
/// What is known of a faction's reservation when it is not known exactly: a distribution over [0, 1], uniform on
/// [<see cref="First"/>, <see cref="Second"/>] or normal with mean <see cref="First"/> and standard deviation
/// <see cref="Second"/> cut off at 0 and 1. Each run draws the faction's true reservation from it; the negotiators
/// judge a deal by the probability that it passes under it. A vote's tally narrows it: a faction that said no to a
/// text worth u has a reservation above u (<see cref="Above"/>), one that said yes a reservation of at most u
/// (<see cref="AtMost"/>); the belief is then the distribution cut to that interval (Bayes' rule).
/// </summary>
public sealed record ReservationBelief(string Kind, double First, double Second)
{
    public const string Uniform = "uniform";
    public const string Normal = "normal";

    /// <summary>What the votes so far have shown the reservation to be above (−∞ before any).</summary>
    public double Above { get; init; } = double.NegativeInfinity;

    /// <summary>What the votes so far have shown the reservation to be at most (+∞ before any).</summary>
    public double AtMost { get; init; } = double.PositiveInfinity;

    /// <summary>The belief after the faction's line on a text worth <paramref name="utility"/> to it was <paramref name="yes"/>.</summary>
    public ReservationBelief Learn(double utility, bool yes) => yes
        ? this with { AtMost = Math.Min(AtMost, utility + Tolerance.Utility) }
        : this with { Above = Math.Max(Above, utility + Tolerance.Utility) };

    /// <summary>The reservation a run is as likely to draw above as below: what a vote with full information would use.</summary>
    public double Median => Quantile(0.5);

    /// <summary>The probability that the faction's reservation is at most <paramref name="x"/>, given what the votes so far have shown.</summary>
    public double Cdf(double x)
    {
        if (double.IsNegativeInfinity(Above) && double.IsPositiveInfinity(AtMost))
        {
            return PriorCdf(x);
        }

        if (x <= Above)
        {
            return 0;
        }

        if (x >= AtMost)
        {
            return 1;
        }

        var (low, high) = (PriorCdf(Above), PriorCdf(AtMost));
        var mass = high - low;

        // The votes contradict the belief (its whole mass lies outside what they showed): the reservation is where they put it.
        return mass <= 1e-12 ? 1 : Math.Clamp((PriorCdf(x) - low) / mass, 0, 1);
    }

    /// <summary>The probability, before any vote, that the faction's reservation is at most <paramref name="x"/>.</summary>
    private double PriorCdf(double x)
    {
        if (Kind == Uniform)
        {
            return First == Second ? (x >= First ? 1 : 0) : Math.Clamp((x - First) / (Second - First), 0, 1);
        }

        if (x < 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var (low, high) = (StandardNormal.Cdf(-First / Second), StandardNormal.Cdf((1 - First) / Second));
        return Math.Clamp((StandardNormal.Cdf((x - First) / Second) - low) / (high - low), 0, 1);
    }

    /// <summary>The reservation at probability <paramref name="p"/> (0 &lt; p &lt; 1) of the distribution before any vote.</summary>
    public double Quantile(double p)
    {
        if (Kind == Uniform)
        {
            return First + (p * (Second - First));
        }

        var (low, high) = (StandardNormal.Cdf(-First / Second), StandardNormal.Cdf((1 - First) / Second));
        var at = low + (p * (high - low));
        return Math.Clamp(First + (Second * StandardNormal.Quantile(Math.Clamp(at, 1e-12, 1 - 1e-12))), 0, 1);
    }

    /// <summary>A true reservation, drawn from <paramref name="random"/>.</summary>
    public double Draw(RunRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Quantile(Math.Clamp(random.NextDouble(), 1e-12, 1 - 1e-12));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}({First:0.######}, {Second:0.######})")
        + (double.IsNegativeInfinity(Above) ? "" : string.Create(CultureInfo.InvariantCulture, $", above {Above:0.####}"))
        + (double.IsPositiveInfinity(AtMost) ? "" : string.Create(CultureInfo.InvariantCulture, $", at most {AtMost:0.####}"));
}
