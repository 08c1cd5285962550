using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Runs <see cref="AlternatingOffers"/> over the party grains of its run, then retires them and itself.</summary>
public sealed class NegotiationGrain : Grain, INegotiationGrain
{
    public async Task<NegotiationResult> Run(NegotiationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parties = new GrainParties(GrainFactory, this.GetPrimaryKeyString());
        try
        {
            return await AlternatingOffers.RunAsync(request.Scenario, request.Seed, parties, request.RecordRounds);
        }
        finally
        {
            await parties.RetireAsync(request.Scenario);
            DeactivateOnIdle();
        }
    }
}
