using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps;

/// <summary>
/// What <c>negosim sweep</c> was asked for, as given. <see cref="Load"/> reads the scenario's files (and its
/// <c>--set</c> values); it is called once the options are checked and the silo has begun starting.
/// </summary>
public sealed record SweepOptions
{
    /// <summary>The scenario file as named on the command line.</summary>
    public required string ScenarioPath { get; init; }

    public required Func<ScenarioSource> Load { get; init; }

    /// <summary>The <c>--vary</c> values, each <c>NAME=VALUES</c> or <c>NAME~DISTRIBUTION</c>.</summary>
    public IReadOnlyList<string> Vary { get; init; } = [];

    /// <summary>A sensitivity design whose rows are the points (<c>negosim sensitivity</c>); then <see cref="Sample"/> is null.</summary>
    public SweepDesign? Design { get; init; }

    /// <summary>With <c>--sample N</c>: how many points to draw by Latin hypercube.</summary>
    public int? Sample { get; init; }

    public int Runs { get; init; } = 1;

    public ulong Seed { get; init; }

    /// <summary>How many lanes play batches (<c>--workers</c>).</summary>
    public int Lanes { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether <see cref="Lanes"/> was given; on a cluster the default is four lanes a silo.</summary>
    public bool LanesGiven { get; init; }

    public string? OutPath { get; init; }

    public bool Resume { get; init; }

    public bool Force { get; init; }

    /// <summary><c>--shard I/N</c>, as given.</summary>
    public string? Shard { get; init; }

    /// <summary><c>csv</c> or <c>jsonl</c>; null for the default (jsonl when the output ends in .jsonl).</summary>
    public string? Format { get; init; }

    /// <summary>With <c>--columns r</c>: every column's name of letters, digits and '_' only.</summary>
    public bool RSafeColumns { get; init; }

    /// <summary>
    /// <c>batch</c>, <c>grains</c> or <c>direct</c>; null for the default: <c>direct</c> (the model on this process's
    /// cores: the fastest here) unless the sweep runs on a <see cref="Cluster"/> or is traced, then <c>batch</c>.
    /// </summary>
    public string? Engine { get; init; }

    /// <summary>The Redis (HOST:PORT) of a cluster to play on; null for an embedded silo.</summary>
    public string? Cluster { get; init; }

    /// <summary><c>tree</c>, <c>console</c> or <c>otlp</c>; null traces nothing.</summary>
    public string? Trace { get; init; }

    public double TraceSample { get; init; } = 0.001;

    public string? ReportPath { get; init; }

    /// <summary>With <c>--rounds FILE.jsonl</c>: where to write every round of every run once the rows are complete.</summary>
    public string? RoundsPath { get; init; }

    /// <summary>The command's arguments, for the manifest.</summary>
    public IReadOnlyList<string> CommandLine { get; init; } = [];
}
