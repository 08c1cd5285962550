using NegoSim.Model;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Html;

/// <summary>The two negotiators whose utilities are the outcome space's axes (indices in scenario order).</summary>
public sealed record ReportPair(int X, int Y)
{
    /// <summary>
    /// The pair <c>--report-pair A,B</c> names, or the first two negotiators; a name the scenario lacks is refused with
    /// the names it has.
    /// </summary>
    public static ReportPair Of(Scenario s, string? names)
    {
        ArgumentNullException.ThrowIfNull(s);
        var all = s.Negotiators.Select(n => n.Name).ToList();
        if (names is null)
        {
            return new ReportPair(0, Math.Min(1, all.Count - 1));
        }

        var parts = names.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0] == parts[1])
        {
            throw new InputException($"--report-pair {names}: two different negotiators, e.g. --report-pair {string.Join(",", all.Take(2))}.");
        }

        var indices = parts.Select(p => all.IndexOf(p)).ToArray();
        foreach (var (name, index) in parts.Zip(indices))
        {
            if (index < 0)
            {
                throw new InputException($"--report-pair {names}: '{name}' is not a negotiator of this scenario; it has {string.Join(", ", all)}.");
            }
        }

        return new ReportPair(indices[0], indices[1]);
    }
}
