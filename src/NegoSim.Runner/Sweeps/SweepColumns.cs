using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Protocol;

namespace NegoSim.Runner.Sweeps;

/// <summary>The columns of a sweep's output, fixed by the grid and the scenario's terms and negotiators.</summary>
public sealed record SweepColumns(ImmutableArray<string> Axes, ImmutableArray<string> Terms, ImmutableArray<string> Negotiators, OutcomeSpace Space)
{
    public static SweepColumns For(SweepGrid grid, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(scenario);
        return new([.. grid.Axes.Select(a => a.Name)], [.. scenario.Space.Terms.Select(t => t.Name)], [.. scenario.Negotiators.Select(n => n.Name)], scenario.Space);
    }

    public IEnumerable<string> Names =>
        new[] { "run", "seed" }
            .Concat(Axes)
            .Concat(["status", "round"])
            .Concat(Terms)
            .Concat(Negotiators.Select(n => $"utility_{n}"))
            .Concat(["nash_distance", "pareto_distance"])
            .Concat(["ratification_yes", "ratification_no", "error"]);

    /// <summary>True if a point's scenario has the same terms and negotiators, in the same order.</summary>
    public bool Fit(Scenario scenario) =>
        scenario.Space.Terms.Select(t => t.Name).SequenceEqual(Terms) && scenario.Negotiators.Select(n => n.Name).SequenceEqual(Negotiators);
}
