using System.Collections.Immutable;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// Asks a batch for the lines of a sweep's output rather than the runs' summaries: in <see cref="Format"/>
/// (<c>csv</c> or <c>jsonl</c>), with a column for each of <see cref="Axes"/> (the varied parameters, whose values
/// each point's <c>--vary</c> values give), its points numbered by run ÷ <see cref="RunsPerPoint"/>, its columns'
/// names R-safe if <see cref="RSafe"/>. The rows are made where the runs are played, so a sweep's client only writes
/// them.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.rowRequest")]
public sealed record RowRequest(
    [property: Id(0)] string Format,
    [property: Id(1)] ImmutableArray<string> Axes,
    [property: Id(2)] int RunsPerPoint = 1,
    [property: Id(3)] bool RSafe = false);
