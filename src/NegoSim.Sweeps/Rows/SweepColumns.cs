using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Rows;

/// <summary>The columns of a sweep's output, fixed by the grid and the scenario's terms and negotiators.</summary>
public sealed record SweepColumns(ImmutableArray<string> Axes, ImmutableArray<string> Terms, ImmutableArray<string> Negotiators, OutcomeSpace Space)
{
    /// <param name="axes">The names of the varied parameters, in grid order.</param>
    /// <param name="scenario">The scenario at the sweep's first point.</param>
    public static SweepColumns For(IEnumerable<string> axes, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(scenario);
        return new([.. axes], [.. scenario.Space.Terms.Select(t => t.Name)], [.. scenario.Negotiators.Select(n => n.Name)], scenario.Space);
    }

    public IEnumerable<string> Names =>
        new[] { "run", "seed" }
            .Concat(Axes)
            .Concat(["status", "round"])
            .Concat(Terms)
            .Concat(Negotiators.Select(n => $"utility_{n}"))
            .Concat(["nash_distance", "pareto_distance", "nash_ratifiable_distance"])
            .Concat(["ratification_yes", "ratification_no", "votes", "failed_votes", "error"]);

    /// <summary>
    /// True if a point's scenario has the same terms, with the same values, and the same negotiators, in the same
    /// order: then its deals read the same in every column.
    /// </summary>
    public bool Fit(Scenario scenario) =>
        scenario.Space.Terms.SequenceEqual(Space.Terms, Model.Scenarios.TermComparer.Instance) && scenario.Negotiators.Select(n => n.Name).SequenceEqual(Negotiators);
}
