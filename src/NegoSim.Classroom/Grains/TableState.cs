using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// What a table keeps: its scenario and seed, its students, whether it started, every move taken at a student's seat,
/// in order, its timers, and the seats the teacher handed to the computer.
/// </summary>
[GenerateSerializer, Alias("negosim.tableState")]
public sealed class TableState
{
    [Id(0)]
    public ScenarioSource? Scenario { get; set; }

    [Id(1)]
    public ulong Seed { get; set; }

    [Id(2)]
    public List<SeatHolder> Students { get; set; } = [];

    [Id(3)]
    public bool Started { get; set; }

    [Id(4)]
    public List<TakenAction> Actions { get; set; } = [];

    [Id(5)]
    public TurnTimers Timers { get; set; } = TurnTimers.None;

    [Id(6)]
    public List<string> Computer { get; set; } = [];
}
