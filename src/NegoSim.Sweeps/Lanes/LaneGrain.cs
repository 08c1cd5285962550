using NegoSim.Grains;
using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// Plays a sweep's batches (<see cref="Batch.PlayAsync(BatchRequest, Func{int, Model.Scenarios.ScenarioSource, Model.Scenarios.CompiledScenario}, Func{Model.Scenarios.ScenarioSource, ScenarioTables, IPartyDirectory}, Rows.SweepFormat)"/>):
/// with the model in its own turn, or through party grains it keeps for the batches that follow.
/// </summary>
public sealed class LaneGrain(ScenarioCatalog catalog) : Grain, ILaneGrain
{
    private readonly HashSet<PartyGrain> _called = [];

    public Task<BatchResult> Play(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Batch.PlayAsync(
            request,
            (_, source) => catalog.Get(source),
            (source, tables) => request.ThroughParties
                ? new GrainParties(GrainFactory, this.GetPrimaryKeyString(), source, _called)
                : new LocalParties(tables));
    }

    public Task Ping() => Task.CompletedTask;

    public async Task Retire()
    {
        await GrainParties.RetireAsync(GrainFactory, this.GetPrimaryKeyString(), _called);
        DeactivateOnIdle();
    }
}
