using System.Collections.Immutable;
using System.Globalization;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// One <c>--vary</c>: a parameter or dotted path and the values it takes, in order; or, sampled (<c>--sample</c>), the
/// distribution its values are drawn from (then <see cref="Values"/> is empty).
/// </summary>
public sealed record VaryAxis(string Name, ImmutableArray<string> Values, SampleDistribution? Distribution = null)
{
    private const int MaxValues = 1_000_000;

    /// <summary>
    /// Parses <c>NAME=START:STEP:END</c> (numbers; the steps must land on END, which is included), <c>NAME=a,b,c</c>, or
    /// <c>NAME~uniform(A,B)</c>, <c>NAME~normal(MEAN,SD)</c>, <c>NAME~int(A,B)</c>, <c>NAME~choice(X,Y,…)</c> (drawn with
    /// <c>--sample</c> or by <c>negosim sensitivity</c>).
    /// </summary>
    /// <exception cref="InputException">The text is of no such form; the message shows them.</exception>
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
            throw Bad(text, "expected NAME=START:STEP:END, NAME=a,b,c, or with --sample NAME~uniform(A,B), NAME~normal(MEAN,SD), NAME~int(A,B) or NAME~choice(X,Y,…)");
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

        if (values.Any(v => v.AsSpan().IndexOfAny('\r', '\n') >= 0))
        {
            throw Bad(text, "a value cannot hold a line break (its rows could not be read back to resume)");
        }

        if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Bad(text, $"the value {Excerpt.Of(twice.Key, 80)} is listed {twice.Count()} times; list each value once");
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

        // END is included, so the steps must land on it: 0:0.3:1 would stop at 0.9 and 0:2:1 would be one point.
        var last = Math.Round(start + ((count - 1) * step), 10);
        if (Math.Abs(last - end) > 1e-9 * Math.Max(1, Math.Abs(end)))
        {
            // Of the two step counts around the one asked for, suggest the step that reads shorter (0.25 rather than 0.333…).
            var ratio = (end - start) / step;
            var fitting = new[] { Math.Max(1, Math.Floor(ratio)), Math.Ceiling(ratio) }
                .Select(n => Math.Round((end - start) / n, 10).ToString("R", CultureInfo.InvariantCulture))
                .OrderBy(t => t.Length)
                .First();
            var shorter = last == start ? "" : string.Create(CultureInfo.InvariantCulture, $", or {start}:{step}:{last}");
            throw Bad(text, string.Create(CultureInfo.InvariantCulture, $"the steps do not land on END {end} (they stop at {last}); use {start}:{fitting}:{end}{shorter}, or list the values"));
        }

        return [.. Enumerable.Range(0, (int)count).Select(i => Math.Round(start + (i * step), 10).ToString("R", CultureInfo.InvariantCulture))];
    }

    /// <summary>The error names the --vary by its start and end: a list of thousands of values is not repeated whole.</summary>
    private static InputException Bad(string text, string problem) => new($"--vary {Excerpt.Of(text, 80)}: {problem}.");
}
