using System.Globalization;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// The distribution a sampled <c>--vary NAME~…</c> draws from: <c>uniform(a,b)</c> or <c>normal(m,s)</c>. Values are
/// drawn by inverting its distribution function at a point of [0, 1); the caller clips them to the parameter's range.
/// </summary>
public sealed record SampleDistribution(string Kind, double First, double Second)
{
    /// <summary>Parses <c>uniform(a,b)</c> (a &lt; b) or <c>normal(m,s)</c> (s &gt; 0).</summary>
    /// <exception cref="FormatException">The text is neither; the message says what is allowed.</exception>
    public static SampleDistribution Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !text.EndsWith(')'))
        {
            throw new FormatException("expected uniform(A,B) or normal(MEAN,SD)");
        }

        var kind = text[..open].Trim();
        var numbers = text[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        if (kind is not ("uniform" or "normal"))
        {
            throw new FormatException($"unknown distribution '{kind}'; allowed: uniform(A,B), normal(MEAN,SD)");
        }

        var values = numbers.Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (values.Length != 2 || values.Any(double.IsNaN))
        {
            throw new FormatException($"{kind} takes two numbers, e.g. {kind}({(kind == "uniform" ? "0,1" : "0.5,0.1")})");
        }

        if (kind == "uniform" && !(values[0] < values[1]))
        {
            throw new FormatException($"uniform(A,B) needs A < B, found {text}");
        }

        if (kind == "normal" && !(values[1] > 0))
        {
            throw new FormatException($"normal(MEAN,SD) needs SD > 0, found {text}");
        }

        return new SampleDistribution(kind, values[0], values[1]);
    }

    /// <summary>The value whose share of the distribution below it is <paramref name="p"/> (0 &lt; p &lt; 1).</summary>
    public double Quantile(double p) => Kind == "uniform" ? First + (p * (Second - First)) : First + (Second * StandardNormal.Quantile(p));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}({First:R},{Second:R})");
}
