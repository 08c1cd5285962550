using System.Collections.Immutable;

namespace NegoSim.Grains.Messages;

/// <summary>
/// The rows of a batch's runs, in order: their lines one after another in <see cref="Text"/> (each ending in a
/// newline, <see cref="Lengths"/> long), and what a sweep's summary counts of each — its status
/// (<see cref="Model.Protocol.OutcomeStatus"/> as a number, −1 for an error) and its deal (−1 if none).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchRows")]
public sealed record BatchRows(
    [property: Id(0)] string Text,
    [property: Id(1)] ImmutableArray<int> Lengths,
    [property: Id(2)] ImmutableArray<sbyte> Statuses,
    [property: Id(3)] ImmutableArray<int> Deals);
