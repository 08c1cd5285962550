using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>
/// Runs <see cref="AlternatingOffers"/>: one run through its party grains (<see cref="Run"/>), or a batch of runs
/// (<see cref="Play"/>) through party grains it keeps for the batches that follow, or with the model in its own turn.
/// </summary>
public sealed class NegotiationGrain(ScenarioCatalog catalog) : Grain, INegotiationGrain
{
    private readonly HashSet<PartyGrain> _called = [];

    public async Task<NegotiationResult> Run(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var tables = catalog.Get(request.Scenario).Tables;
            var parties = new GrainParties(GrainFactory, this.GetPrimaryKeyString(), request.Scenario, _called);
            return await AlternatingOffers.RunAsync(tables, request.Seed, parties, request.RecordRounds);
        }
        finally
        {
            await Retire();
        }
    }

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
