using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// Common random numbers: the seed of a run depends only on the master seed, its point's values and its repetition —
/// not on where the point sits in the grid, the shard, the lanes or the design — so the same point draws the same
/// votes alone (a sweep of that one point, or <c>run --seed</c> with the row's seed) or in any grid. A point's values
/// are the sweep's <c>--set</c> values overlaid with its <c>--vary</c> values, as <c>NAME=VALUE</c> sorted by name
/// (numbers written in their shortest form, so 0.50 and 0.5 are one value); parameters left at their default are
/// not part of it. A point's key is worked out once for all its runs (<see cref="KeyOf"/>).
/// </summary>
public sealed class PointSeeds
{
    private readonly SortedDictionary<string, string> _sets = new(StringComparer.Ordinal);

    public PointSeeds(ulong master, ImmutableArray<string> sets, ImmutableArray<string> axes)
    {
        Master = master;
        Axes = axes;
        foreach (var set in sets.IsDefault ? [] : sets)
        {
            var at = set.IndexOf('=', StringComparison.Ordinal);
            if (at > 0)
            {
                _sets[set[..at].Trim()] = Canonical(set[(at + 1)..]);
            }
        }
    }

    public ulong Master { get; }

    /// <summary>The varied parameters, in the grid's order.</summary>
    public ImmutableArray<string> Axes { get; }

    /// <summary>The seed of repetition <paramref name="repetition"/> at the point whose axis values are <paramref name="values"/> (in axis order).</summary>
    public ulong Of(IReadOnlyList<string> values, long repetition) => Of(KeyOf(values), repetition);

    /// <summary>The seed of repetition <paramref name="repetition"/> at the point of key <paramref name="key"/>.</summary>
    public ulong Of(long key, long repetition) => RunRandom.DeriveSeed(RunRandom.DeriveSeed(Master, key), repetition);

    /// <summary>A point's key: a 63-bit FNV-1a hash of its <c>NAME=VALUE</c> lines, sorted by name.</summary>
    public long KeyOf(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var point = new SortedDictionary<string, string>(_sets, StringComparer.Ordinal);
        for (var i = 0; i < Axes.Length; i++)
        {
            point[Axes[i]] = Canonical(values[i]);
        }

        var hash = 14695981039346656037UL;
        foreach (var (name, value) in point)
        {
            foreach (var b in Encoding.UTF8.GetBytes($"{name}={value}\n"))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }
        }

        return (long)(hash >> 1);
    }

    private static string Canonical(string value)
    {
        var text = value.Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : text;
    }
}
