using System.Collections.Immutable;

namespace NegoSim.Classroom.Grains;

/// <summary>One classroom in the register: its code, the scenario's name, its own <c>--set</c> values, table size and when it was opened (UTC).</summary>
[GenerateSerializer, Immutable, Alias("negosim.classroomEntry")]
public sealed record ClassroomEntry(
    [property: Id(0)] string Code,
    [property: Id(1)] string Scenario,
    [property: Id(2)] ImmutableArray<string> Sets,
    [property: Id(3)] int TableSize,
    [property: Id(4)] DateTime Opened);
