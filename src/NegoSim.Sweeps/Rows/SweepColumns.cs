using System.Collections.Immutable;
using System.Text;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Rows;

/// <summary>
/// The columns of a sweep's output, fixed by the grid and the scenario's terms, negotiators and ratifiers' factions;
/// with <see cref="RSafe"/>, every name made of letters, digits and '_' only (dots and dashes become '_'), as R and
/// most data tools take them without quoting.
/// </summary>
public sealed record SweepColumns(ImmutableArray<string> Axes, ImmutableArray<string> Terms, ImmutableArray<string> Negotiators, OutcomeSpace Space, ImmutableArray<string> Factions = default, bool RSafe = false)
{
    /// <param name="axes">The names of the varied parameters, in grid order.</param>
    /// <param name="scenario">The scenario at the sweep's first point.</param>
    /// <param name="rSafe">Whether the names are made R-safe (<c>--columns r</c>).</param>
    public static SweepColumns For(IEnumerable<string> axes, Scenario scenario, bool rSafe = false)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(scenario);
        var columns = new SweepColumns(
            [.. axes],
            [.. scenario.Space.Terms.Select(t => t.Name)],
            [.. scenario.Negotiators.Select(n => n.Name)],
            scenario.Space,
            [.. scenario.Ratifiers.SelectMany(r => r.Factions.Select(f => $"{r.Name}_{f.Name}"))],
            rSafe);
        foreach (var twice in columns.Names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new Model.InputException($"two columns of the sweep's rows would both be named '{twice.Key}' (a varied parameter, a term or a party's, a faction's{(rSafe ? ", once made R-safe" : "")}); rename one in the scenario{(rSafe ? " or leave out --columns r" : "")}.");
        }

        return columns;
    }

    /// <summary>The factions' columns, <c>yes_RATIFIER_FACTION</c>: none for a sweep of a scenario without ratifiers.</summary>
    private IEnumerable<string> FactionColumns => Factions.IsDefault ? [] : Factions.Select(f => $"yes_{f}");

    public IEnumerable<string> Names => Raw.Select(n => RSafe ? Safe(n) : n);

    /// <summary>How many factions' columns there are.</summary>
    public int FactionCount => Factions.IsDefault ? 0 : Factions.Length;

    private IEnumerable<string> Raw =>
        new[] { "run", "seed" }
            .Concat(Axes)
            .Concat(["status", "round"])
            .Concat(Terms)
            .Concat(Negotiators.Select(n => $"utility_{n}"))
            .Concat(["nash_distance", "pareto_distance", "nash_ratifiable_distance"])
            .Concat(["ratification_yes", "ratification_no", "votes", "failed_votes", "point", "ratification_required"])
            .Concat(FactionColumns)
            .Concat(["error"]);

    /// <summary>The name as R takes it: letters, digits and '_' (others become '_'), starting with a letter.</summary>
    public static string Safe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return safe.Length == 0 || !char.IsAsciiLetter(safe[0]) ? "x" + safe : safe.ToString();
    }

    /// <summary>
    /// True if a point's scenario has the same terms, with the same values, and the same negotiators, in the same
    /// order: then its deals read the same in every column.
    /// </summary>
    /// <param name="scenario">A point's scenario.</param>
    /// <param name="termsKnown">The point's space is one already found to have the sweep's terms (a template's points share it).</param>
    public bool Fit(Scenario scenario, bool termsKnown = false) =>
        (termsKnown || ReferenceEquals(scenario.Space, Space) || scenario.Space.Terms.SequenceEqual(Space.Terms, Model.Scenarios.TermComparer.Instance))
        && scenario.Negotiators.Select(n => n.Name).SequenceEqual(Negotiators)
        && scenario.Ratifiers.SelectMany(r => r.Factions.Select(f => $"{r.Name}_{f.Name}")).SequenceEqual(Factions.IsDefault ? [] : Factions);
}
