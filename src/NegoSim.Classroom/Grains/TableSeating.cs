using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// Seats <see cref="Student"/> at <see cref="Seat"/> of a table that plays <see cref="Scenario"/> with <see cref="Seed"/>,
/// under the classroom's <see cref="Timers"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.tableSeating")]
public sealed record TableSeating(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] string Seat,
    [property: Id(3)] string Student,
    [property: Id(4)] TurnTimers? Timers = null);
