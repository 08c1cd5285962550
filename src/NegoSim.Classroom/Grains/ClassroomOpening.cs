using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// Opens a classroom: the scenario its tables play (with the session's own <c>--set</c> values, <see cref="Sets"/>),
/// how many students sit at a table, the timers, and when it was opened (UTC).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.classroomOpening")]
public sealed record ClassroomOpening(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] int TableSize,
    [property: Id(2)] TurnTimers Timers,
    [property: Id(3)] ImmutableArray<string> Sets,
    [property: Id(4)] DateTime Opened);
