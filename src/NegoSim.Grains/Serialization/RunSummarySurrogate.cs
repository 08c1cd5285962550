using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="RunSummary"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.runSummary")]
public readonly record struct RunSummarySurrogate(
    [property: Id(0)] int Status,
    [property: Id(1)] int Round,
    [property: Id(2)] int Deal,
    [property: Id(3)] ImmutableArray<double> Utilities,
    [property: Id(4)] bool RatificationRequired,
    [property: Id(5)] int Yes,
    [property: Id(6)] int No,
    [property: Id(7)] int Votes,
    [property: Id(8)] int FailedVotes,
    [property: Id(9)] ImmutableArray<int> FactionYes);
