using NegoSim.Grains.Model.Parties;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>A channel straight to a <see cref="Parties.Negotiator"/> object.</summary>
public sealed class LocalNegotiatorChannel : INegotiatorChannel
{
    private Negotiator? _negotiator;

    public Negotiator Negotiator => _negotiator ?? throw new InvalidOperationException("The negotiator has not been briefed.");

    public ValueTask Brief(NegotiatorBriefing briefing)
    {
        if (_negotiator is null)
        {
            _negotiator = new Negotiator(briefing);
        }
        else
        {
            _negotiator.Update(briefing);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<Proposal> Propose(ProposeRequest request) => ValueTask.FromResult(Negotiator.Propose(request));

    public ValueTask<Response> Respond(Offer offer) => ValueTask.FromResult(Negotiator.Respond(offer));
}
