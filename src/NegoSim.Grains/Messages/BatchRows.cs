using System.Collections.Immutable;

namespace NegoSim.Grains.Messages;

/// <summary>
/// The rows of a batch's runs, in order: their lines one after another in <see cref="Text"/> (each ending in a
/// newline, <see cref="Lengths"/> long), and what a sweep's summary counts of each — its status
/// (<see cref="Model.Protocol.OutcomeStatus"/> as a number, −1 for an error), its deal (−1 if none), its round of
/// signature (0 if none) and each negotiator's utility (<see cref="Utilities"/>, negotiators × runs, NaN for an error).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchRows")]
public sealed record BatchRows(
    [property: Id(0)] string Text,
    [property: Id(1)] ImmutableArray<int> Lengths,
    [property: Id(2)] ImmutableArray<sbyte> Statuses,
    [property: Id(3)] ImmutableArray<int> Deals,
    [property: Id(4)] ImmutableArray<short> Rounds,
    [property: Id(5)] ImmutableArray<double> Utilities);
