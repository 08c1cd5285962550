using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Grains;

/// <summary>Opens a classroom: the scenario its tables play, the teacher's key, and how many students sit at a table.</summary>
[GenerateSerializer, Immutable, Alias("negosim.classroomOpening")]
public sealed record ClassroomOpening(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] string TeacherKey,
    [property: Id(2)] int TableSize);
