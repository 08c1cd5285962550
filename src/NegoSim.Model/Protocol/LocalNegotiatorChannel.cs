using NegoSim.Model.Parties;

namespace NegoSim.Model.Protocol;

/// <summary>A channel straight to a <see cref="Parties.Negotiator"/> object, made from a scenario's tables.</summary>
public sealed class LocalNegotiatorChannel(ScenarioTables tables, string name) : INegotiatorChannel
{
    private Negotiator? _negotiator;

    public Negotiator Negotiator => _negotiator ?? throw new InvalidOperationException("The negotiator has not been briefed.");

    public ValueTask Brief(int stage, Heard heard)
    {
        var at = tables.Stage(stage, heard);
        var own = at.TablesOf(at.IndexOfNegotiator(name));
        if (_negotiator is null || (stage == 0 && heard.IsEmpty))
        {
            _negotiator = new Negotiator(own);
        }
        else
        {
            _negotiator.Update(own);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<Proposal> Propose(ProposeRequest request) => ValueTask.FromResult(Negotiator.Propose(request));

    public ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter)
    {
        var response = Negotiator.Respond(offer);
        return ValueTask.FromResult(new Reply(response, counter is { } next ? Negotiator.Propose(next) : null));
    }
}
