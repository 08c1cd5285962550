using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>
/// Runs <see cref="AlternatingOffers"/> once through its party grains (<see cref="Run"/>), then retires them and itself.
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

    public async Task Retire()
    {
        await GrainParties.RetireAsync(GrainFactory, this.GetPrimaryKeyString(), _called);
        DeactivateOnIdle();
    }
}
