using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// Play each of <see cref="Points"/> once per seed, without transcripts: the points are <see cref="Scenario"/> (its
/// files and <c>--set</c> values) with each point's <c>--vary</c> values, so a batch of a fine grid carries the files
/// once. <see cref="ThroughParties"/>: every run plays through the party grains (one message a round); otherwise the
/// negotiation grain plays the model in its own turn. With <see cref="Rows"/>, the result carries the runs as lines
/// of the sweep's output instead of their summaries. <see cref="Traced"/>: the batch is one run a sweep traces, whose
/// spans go under the caller's (<c>sweep.run</c>); the runs of any other batch make none.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchRequest")]
public sealed record BatchRequest(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] ImmutableArray<BatchPoint> Points,
    [property: Id(2)] bool ThroughParties,
    [property: Id(3)] RowRequest? Rows = null,
    [property: Id(4)] bool Traced = false)
{
    /// <summary>Plays one scenario (with its own <c>--vary</c> values, if any) once per seed.</summary>
    public BatchRequest(ScenarioSource scenario, ImmutableArray<ulong> seeds, bool throughParties)
        : this(scenario, [new BatchPoint(scenario?.Varies ?? [], seeds)], throughParties)
    {
    }

    /// <summary>How many runs the batch plays.</summary>
    public int Runs => Points.Sum(p => p.Seeds.Length);
}
