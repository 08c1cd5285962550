namespace NegoSim.Model.Scenarios;

/// <summary>The known word a mistyped one most likely meant: the closest by edit distance, if it is close enough.</summary>
public static class Suggestion
{
    /// <summary>The candidate nearest <paramref name="typed"/> (at most a third of its letters wrong, at least one allowed), or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var allowed = Math.Max(1, typed.Length / 3);
        return candidates
            .Select(c => (Word: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, each counting one.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
