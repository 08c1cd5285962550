using System.Collections.Frozen;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Names a term or a parameter may not have: a sweep writes a column per term and per varied parameter beside its
/// own columns, and a reader of the rows (pandas, R, a JSON parser) keeps only the last of two columns of one name —
/// a term called <c>status</c> would silently replace each run's status.
/// </summary>
internal static class ReservedNames
{
    private static readonly FrozenSet<string> Columns = new[]
    {
        "run", "seed", "status", "round", "point", "error", "votes", "failed_votes", "nash_distance", "pareto_distance",
        "nash_ratifiable_distance", "ratification_yes", "ratification_no", "ratification_required",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why <paramref name="name"/> may not name a <paramref name="what"/> (term or parameter), or null.</summary>
    public static string? Problem(string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Columns.Contains(name))
        {
            return $"'{name}' cannot name a {what}: it is a column of a sweep's rows (run, seed, status, round, point, error, votes, failed_votes, the distances and the ratification columns); rename the {what}.";
        }

        return name.StartsWith("utility_", StringComparison.Ordinal) || name.StartsWith("yes_", StringComparison.Ordinal)
            ? $"'{name}' cannot name a {what}: names starting with utility_ or yes_ are a sweep's columns of each negotiator's utility and each faction's yes votes; rename the {what}."
            : null;
    }
}
