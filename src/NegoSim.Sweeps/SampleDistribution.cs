using System.Collections.Immutable;
using System.Globalization;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// The distribution a sampled <c>--vary NAME~…</c> draws from: <c>uniform(a,b)</c>, <c>normal(m,s)</c>,
/// <c>int(a,b)</c> (whole numbers a…b, each as likely) or <c>choice(x,y,z)</c> (each option as likely). A value is
/// drawn by inverting the distribution function at a point u of [0, 1] (<see cref="ValueAt"/>), within the
/// parameter's range: a normal is truncated to it (not clipped: no draws pile up on a bound), a uniform or an int is
/// cut to the part of it inside the range.
/// </summary>
public sealed record SampleDistribution(string Kind, double First, double Second, ImmutableArray<string> Options = default)
{
    private const string Allowed = "uniform(A,B), normal(MEAN,SD), int(A,B) or choice(X,Y,…)";

    /// <summary>Parses one of the distributions (see the type).</summary>
    /// <exception cref="FormatException">The text is none of them; the message says what is allowed.</exception>
    public static SampleDistribution Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !text.EndsWith(')'))
        {
            throw new FormatException($"expected {Allowed}");
        }

        var kind = text[..open].Trim();
        var items = text[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        if (kind == "choice")
        {
            if (items.Length < 2 || items.Any(i => i.Length == 0) || items.Distinct().Count() != items.Length)
            {
                throw new FormatException($"choice takes two or more different options, e.g. choice(boulware,linear,conceder), found {text}");
            }

            return new SampleDistribution(kind, 0, items.Length - 1, [.. items]);
        }

        if (kind is not ("uniform" or "normal" or "int"))
        {
            throw new FormatException($"unknown distribution '{kind}'; allowed: {Allowed}");
        }

        var values = items.Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (values.Length != 2 || values.Any(double.IsNaN))
        {
            throw new FormatException($"{kind} takes two numbers, e.g. {kind}({kind switch { "uniform" => "0,1", "int" => "4,40", _ => "0.5,0.1" }})");
        }

        return kind switch
        {
            "uniform" when !(values[0] < values[1]) => throw new FormatException($"uniform(A,B) needs A < B, found {text}"),
            "normal" when !(values[1] > 0) => throw new FormatException($"normal(MEAN,SD) needs SD > 0, found {text}"),
            "int" when values.Any(v => v != Math.Floor(v) || Math.Abs(v) > 1e15) || !(values[0] < values[1]) =>
                throw new FormatException($"int(A,B) needs whole numbers A < B, found {text}"),
            _ => new SampleDistribution(kind, values[0], values[1]),
        };
    }

    /// <summary>
    /// The value at <paramref name="u"/> ∈ [0, 1] of its distribution within [<paramref name="min"/>,
    /// <paramref name="max"/>] (nulls: no bound): a continuous value rounded to six decimals, a whole number, or an option.
    /// </summary>
    /// <exception cref="InputException">No part of the distribution lies in the range.</exception>
    public string ValueAt(double u, double? min, double? max)
    {
        u = Math.Clamp(u, 0, 1);
        var (low, high) = (min ?? double.NegativeInfinity, max ?? double.PositiveInfinity);
        switch (Kind)
        {
            case "choice":
                return Options[Math.Min(Options.Length - 1, (int)(u * Options.Length))];
            case "int":
            {
                var (a, b) = (Math.Max(First, Math.Ceiling(low)), Math.Min(Second, Math.Floor(high)));
                Check(a <= b);
                return Math.Min(b, a + Math.Floor(u * (b - a + 1))).ToString("R", CultureInfo.InvariantCulture);
            }

            case "uniform":
            {
                var (a, b) = (Math.Max(First, low), Math.Min(Second, high));
                Check(a <= b);
                return Number(a + (u * (b - a)));
            }

            default:
            {
                // Truncated: u is spread over the share of the normal inside the range.
                var (p, q) = (StandardNormal.Cdf((low - First) / Second), StandardNormal.Cdf((high - First) / Second));
                Check(q > p);
                var at = Math.Clamp(p + (u * (q - p)), 1e-12, 1 - 1e-12);
                return Number(Math.Clamp(First + (Second * StandardNormal.Quantile(at)), low, high));
            }
        }

        void Check(bool fits)
        {
            if (!fits)
            {
                throw new InputException($"~{this}: none of its values lies in the parameter's range [{low.ToString(CultureInfo.InvariantCulture)}, {high.ToString(CultureInfo.InvariantCulture)}].");
            }
        }
    }

    public override string ToString() => Kind == "choice"
        ? $"choice({string.Join(',', Options)})"
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}({First:R},{Second:R})");

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}
