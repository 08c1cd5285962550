using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Telemetry;

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
            var file = catalog.Get(request.Scenario);
            var parties = new GrainParties(GrainFactory, this.GetPrimaryKeyString(), request.Scenario, _called);
            return await AlternatingOffers.RunAsync(file.Tables, request.Seed, parties, request.RecordRounds, new RunTrace(null, file.Parameters));
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
