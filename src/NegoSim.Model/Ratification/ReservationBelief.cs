using System.Globalization;

namespace NegoSim.Model.Ratification;

/// <summary>
/// What is known of a faction's reservation when it is not known exactly: a distribution over [0, 1], uniform on
/// [<see cref="First"/>, <see cref="Second"/>] or normal with mean <see cref="First"/> and standard deviation
/// <see cref="Second"/> cut off at 0 and 1. Each run draws the faction's true reservation from it; the negotiators
/// judge a deal by the probability that it passes under it.
/// </summary>
public sealed record ReservationBelief(string Kind, double First, double Second)
{
    public const string Uniform = "uniform";
    public const string Normal = "normal";

    /// <summary>The reservation a run is as likely to draw above as below: what a vote with full information would use.</summary>
    public double Median => Quantile(0.5);

    /// <summary>The probability that the faction's reservation is at most <paramref name="x"/>.</summary>
    public double Cdf(double x)
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

    /// <summary>The reservation at probability <paramref name="p"/> (0 &lt; p &lt; 1) of the distribution.</summary>
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
        string.Create(CultureInfo.InvariantCulture, $"{Kind}({First:0.######}, {Second:0.######})");
}
