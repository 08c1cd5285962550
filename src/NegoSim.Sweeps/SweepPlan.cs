using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps;

/// <summary>
/// A sweep as given on the command line: the scenario's source (its files' text and the fixed <c>--set</c>s), the
/// grid, the master seed and the shard. A run's seed depends on its point's values and its repetition only
/// (<see cref="PointSeeds"/>), whatever the grid, the shard or the number of lanes.
/// </summary>
public sealed record SweepPlan(ScenarioSource Source, SweepGrid Grid, ulong MasterSeed, Shard Shard)
{
    /// <summary>The scenario parsed once, for every point (made on first use: the sweep's source may not parse).</summary>
    private readonly Lazy<ScenarioTemplate> _template = new(() => new ScenarioTemplate(Source));

    /// <summary>Which runs this shard writes, in which order, with which seeds.</summary>
    public RunOrder Order { get; } = new(Grid.Points, Grid.RunsPerPoint, Shard, new PointSeeds(MasterSeed, Source.Sets, [.. Grid.Axes.Select(a => a.Name)]));

    /// <summary>How many grid points this shard runs.</summary>
    public long ShardPoints => Order.ShardPoints;

    /// <summary>How many runs this shard runs.</summary>
    public long Runs => Order.Runs;

    /// <summary>The global run index of this shard's <paramref name="position"/>-th run.</summary>
    public long RunAt(long position) => Order.RunAt(position);

    public long PointOf(long run) => run / Grid.RunsPerPoint;

    public ulong SeedOf(long run) => Order.SeedOf(run, Grid.ValuesAt(PointOf(run)));

    /// <summary>The source of one grid point: the sweep's, with the point's <c>--vary</c> values.</summary>
    public ScenarioSource SourceAt(long point)
    {
        var values = Grid.ValuesAt(point);
        return Source.WithVaries([.. Grid.Axes.Select((a, i) => $"{a.Name}={values[i]}")]);
    }

    /// <summary>Compiles the scenario at one grid point, sharing with the other points what its values leave unchanged.</summary>
    /// <exception cref="ScenarioException">The point's values do not make a valid scenario.</exception>
    public CompiledScenario ScenarioAt(long point) => _template.Value.At(SourceAt(point).Varies);

    /// <summary>
    /// Tries every value of every axis before the first row, each with the other axes at their first value, so that a
    /// value the scenario cannot take is refused up front whatever the shard: a parameter's value against its declared
    /// range, any other by compiling the scenario with it. (A sampled grid draws its values inside the ranges.)
    /// </summary>
    /// <param name="first">The scenario at the grid's first point.</param>
    /// <param name="fits">Whether a point's scenario keeps the first point's terms and negotiators, as a sweep must.</param>
    /// <exception cref="ScenarioException">A value cannot be used; the message names it and says why.</exception>
    public void CheckValues(CompiledScenario first, Func<CompiledScenario, bool> fits)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(fits);
        if (Grid.IsSampled)
        {
            CheckChoices(fits);
            return;
        }

        var firsts = Grid.Axes.Select(a => $"{a.Name}={a.Values[0]}").ToArray();
        for (var i = 0; i < Grid.Axes.Length; i++)
        {
            var axis = Grid.Axes[i];
            var parameter = first.Parameters.FirstOrDefault(p => p.Name == axis.Name);
            foreach (var value in axis.Values.Skip(1))
            {
                if (parameter is { Min: not null })
                {
                    if (parameter.Refusal(value) is { } refusal)
                    {
                        throw new ScenarioException($"--vary {axis.Name}={value}", $"parameters.{axis.Name}", refusal);
                    }

                    continue;
                }

                ImmutableArray<string> varies = [.. firsts.Select((v, j) => j == i ? $"{axis.Name}={value}" : v)];
                if (!fits(_template.Value.At(varies)))
                {
                    throw new ScenarioException($"--vary {axis.Name}={value}", "", "it changes the scenario's terms or negotiators, which a sweep must keep the same at every point.");
                }
            }
        }
    }

    /// <summary>
    /// For a sampled grid or a design: every option of a <c>choice(…)</c> axis, tried at the first point with the other
    /// axes as drawn there (numbers are drawn inside their ranges; options are the one thing a draw can get wrong).
    /// </summary>
    private void CheckChoices(Func<CompiledScenario, bool> fits)
    {
        var firsts = Grid.ValuesAt(0);
        for (var i = 0; i < Grid.Axes.Length; i++)
        {
            var axis = Grid.Axes[i];
            if (axis.Distribution is not { Kind: "choice" } choice)
            {
                continue;
            }

            foreach (var option in choice.Options)
            {
                ImmutableArray<string> varies = [.. Grid.Axes.Select((a, j) => $"{a.Name}={(j == i ? option : firsts[j])}")];
                CompiledScenario compiled;
                try
                {
                    compiled = _template.Value.At(varies);
                }
                catch (ScenarioException e)
                {
                    throw new ScenarioException($"--vary {axis.Name}~{choice}", "", $"the option '{option}' makes no scenario: {e.Message.ReplaceLineEndings(" ")}");
                }

                if (!fits(compiled))
                {
                    throw new ScenarioException($"--vary {axis.Name}~{choice}", "", $"the option '{option}' changes the scenario's terms or negotiators, which a sweep must keep the same at every point.");
                }
            }
        }
    }
}
