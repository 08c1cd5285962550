using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using Orleans.Placement;

namespace NegoSim.Grains;

/// <summary>
/// Holds one negotiator: its tables (from the silo's <see cref="ScenarioCatalog"/>) and its strategy state, seen by
/// others only through its answers. Placed beside its caller, so a run's messages stay in one silo.
/// </summary>
[PreferLocalPlacement]
public sealed class NegotiatorGrain(ScenarioCatalog catalog) : Grain, INegotiatorGrain
{
    private LocalNegotiatorChannel? _negotiator;
    private string? _scenarioId;

    public ValueTask Brief(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (_negotiator is null || _scenarioId != briefing.Scenario.Id)
        {
            _negotiator = new LocalNegotiatorChannel(catalog.Get(briefing.Scenario).Tables, PartyName.Of(this.GetPrimaryKeyString()));
            _scenarioId = briefing.Scenario.Id;
        }

        return _negotiator.Brief(briefing.Stage, new Heard(briefing.Votes, [.. briefing.Claimers.Zip(briefing.Claimed, (by, text) => new Claim(by, text))]));
    }

    public ValueTask<Proposal> Propose(ProposeRequest request) => Negotiator.Propose(request);

    public ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter) => Negotiator.Respond(offer, counter);

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private LocalNegotiatorChannel Negotiator => _negotiator ?? throw new InvalidOperationException($"{this.GetPrimaryKeyString()} has not been briefed.");
}
