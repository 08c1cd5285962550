using System.Collections.Immutable;
using System.Globalization;
using NegoSim.Runner.Commands;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// One <c>--vary</c>: a parameter or dotted path and the values it takes, in order; or, sampled (<c>--sample</c>), the
/// distribution its values are drawn from (then <see cref="Values"/> is empty).
/// </summary>
public sealed record VaryAxis(string Name, ImmutableArray<string> Values, SampleDistribution? Distribution = null)
{
    private const int MaxValues = 1_000_000;

    /// <summary>
    /// Parses <c>NAME=START:STEP:END</c> (numbers, END included when the steps reach it), <c>NAME=a,b,c</c>, or
    /// <c>NAME~uniform(A,B)</c> / <c>NAME~normal(MEAN,SD)</c> (drawn with <c>--sample</c>).
    /// </summary>
    /// <exception cref="UsageException">The text is of no such form; the message shows them.</exception>
    public static VaryAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var tilde = text.IndexOf('~', StringComparison.Ordinal);
        if (tilde > 0 && (equals < 0 || tilde < equals))
        {
            try
            {
                return new VaryAxis(text[..tilde].Trim(), [], SampleDistribution.Parse(text[(tilde + 1)..].Trim()));
            }
            catch (FormatException e)
            {
                throw Bad(text, e.Message);
            }
        }

        if (equals <= 0 || equals == text.Length - 1)
        {
            throw Bad(text, "expected NAME=START:STEP:END, NAME=a,b,c, or with --sample NAME~uniform(A,B) or NAME~normal(MEAN,SD)");
        }

        var name = text[..equals].Trim();
        var spec = text[(equals + 1)..].Trim();
        if (spec.Contains(':', StringComparison.Ordinal) && !spec.Contains(',', StringComparison.Ordinal))
        {
            return new VaryAxis(name, Range(text, spec));
        }

        var values = spec.Split(',', StringSplitOptions.TrimEntries);
        if (values.Any(v => v.Length == 0))
        {
            throw Bad(text, "a list of values has an empty item; write NAME=a,b,c");
        }

        if (values.Distinct().Count() != values.Length)
        {
            throw Bad(text, "a value is listed twice");
        }

        return new VaryAxis(name, [.. values]);
    }

    private static ImmutableArray<string> Range(string text, string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length != 3)
        {
            throw Bad(text, "a range is START:STEP:END, e.g. 0:0.1:1");
        }

        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (numbers.Any(double.IsNaN))
        {
            throw Bad(text, $"'{parts[Array.FindIndex(numbers, double.IsNaN)]}' is not a number; a range is START:STEP:END");
        }

        var (start, step, end) = (numbers[0], numbers[1], numbers[2]);
        if (step == 0 || (end - start) * step < 0)
        {
            throw Bad(text, "STEP must be non-zero and go from START toward END");
        }

        var count = (long)Math.Floor(((end - start) / step) + 1e-9) + 1;
        if (count > MaxValues)
        {
            throw Bad(text, $"{count:N0} values; at most {MaxValues:N0} — use a larger STEP");
        }

        return [.. Enumerable.Range(0, (int)count).Select(i => Math.Round(start + (i * step), 10).ToString("R", CultureInfo.InvariantCulture))];
    }

    private static UsageException Bad(string text, string problem) => new($"--vary {text}: {problem}.");
}
