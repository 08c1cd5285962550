using System.Collections.Immutable;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A classroom as the teacher sees it: every table's latest snapshot, in table order, the students waiting for their
/// seat back, and the observers.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.classSnapshot")]
public sealed record ClassSnapshot(
    [property: Id(0)] string Classroom,
    [property: Id(1)] long Version,
    [property: Id(2)] int TableSize,
    [property: Id(3)] ImmutableArray<TableSnapshot> Tables,
    [property: Id(4)] ImmutableArray<RejoinRequest> Requests = default,
    [property: Id(5)] ImmutableArray<Observer> Observers = default);
