namespace NegoSim.Model.Protocol;

/// <summary>
/// What a scenario implies for every outcome, stage by stage of its timeline (stage 0: the opening parties; stage s:
/// the parties after its first s events). Each stage's tables are built on first use and kept here, so whoever holds
/// this object (a compiled scenario) shares them with every run it plays; nothing is cached anywhere else.
/// </summary>
public sealed class ScenarioTables
{
    private readonly Lazy<StageTables>[] _stages;

    public ScenarioTables(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        _stages = new Lazy<StageTables>[scenario.Events.Length + 1];
        for (var i = 0; i < _stages.Length; i++)
        {
            var stage = i;
            _stages[i] = new Lazy<StageTables>(() => new StageTables(scenario, stage));
        }
    }

    public Scenario Scenario { get; }

    /// <summary>The tables of stage <paramref name="stage"/> (0 to the number of events).</summary>
    public StageTables Stage(int stage) => _stages[stage].Value;
}
