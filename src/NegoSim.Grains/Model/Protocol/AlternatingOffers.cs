using System.Collections.Immutable;
using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>
/// The stacked alternating-offers protocol with ratification (DESIGN.md §2), written once against party channels so
/// that it runs the same over grains or over plain objects. It talks to parties only through their messages.
/// </summary>
public static class AlternatingOffers
{
    /// <param name="scenario">The negotiation to play.</param>
    /// <param name="seed">Seeds the run's one random generator.</param>
    /// <param name="parties">The channels to the parties.</param>
    /// <param name="recordRounds">False skips the transcript (for sweeps, which need only the outcome).</param>
    public static async ValueTask<NegotiationResult> RunAsync(Scenario scenario, ulong seed, IPartyDirectory parties, bool recordRounds = true)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parties);
        var random = new RunRandom(seed);
        var protocol = scenario.Protocol;
        var negotiators = scenario.Negotiators;
        var ratifiers = scenario.Ratifiers;
        var order = protocol.Order;
        var channels = new INegotiatorChannel[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            channels[i] = parties.Negotiator(order[i]);
        }

        var required = await BriefAsync(scenario, negotiators, ratifiers, parties).ConfigureAwait(false);
        var rounds = recordRounds ? ImmutableArray.CreateBuilder<RoundRecord>(protocol.Deadline) : null;
        var nextEvent = 0;
        int deal = -1, signedIn = 0;

        for (var round = 1; round <= protocol.Deadline && deal < 0; round++)
        {
            var notes = ImmutableArray<string>.Empty;
            if (nextEvent < scenario.Events.Length && scenario.Events[nextEvent].Round == round)
            {
                var noteList = new List<string>();
                while (nextEvent < scenario.Events.Length && scenario.Events[nextEvent].Round == round)
                {
                    var change = scenario.Events[nextEvent++];
                    (negotiators, ratifiers) = (change.Negotiators, change.Ratifiers);
                    noteList.Add(change.Note);
                }

                notes = [.. noteList];
                required = await BriefAsync(scenario, negotiators, ratifiers, parties).ConfigureAwait(false);
            }

            var time = protocol.TimeOf(round);
            var proposerIndex = (round - 1) % order.Length;
            var proposal = await channels[proposerIndex].Propose(new ProposeRequest(round, time)).ConfigureAwait(false);
            var responses = rounds is null ? null : ImmutableArray.CreateBuilder<Response>(order.Length - 1);
            var accepted = proposal.HasOffer;
            if (proposal.HasOffer)
            {
                var offer = new Offer(round, time, order[proposerIndex], proposal.Outcome);
                for (var i = 0; i < order.Length; i++)
                {
                    if (i != proposerIndex)
                    {
                        var response = await channels[i].Respond(offer).ConfigureAwait(false);
                        responses?.Add(response);
                        accepted &= response.Accepted;
                    }
                }
            }

            if (rounds is not null)
            {
                var utilities = proposal.HasOffer ? negotiators.Select(n => n.Utility.Evaluate(proposal.Outcome)).ToImmutableArray() : [];
                rounds.Add(new RoundRecord(round, order[proposerIndex], proposal.Outcome, proposal.Target, utilities, responses!.ToImmutable(), notes));
            }

            if (accepted)
            {
                deal = proposal.Outcome;
                signedIn = round;
            }
        }

        var votes = ImmutableArray.CreateBuilder<RatificationVote>();
        var ratificationRequired = false;
        if (deal >= 0)
        {
            for (var i = 0; i < ratifiers.Length; i++)
            {
                if (required[i].Contains(deal))
                {
                    ratificationRequired = true;
                    votes.Add(await parties.Ratifier(ratifiers[i].Name).Vote(new VoteRequest(deal, random.NextUInt64())).ConfigureAwait(false));
                }
            }
        }

        var status = deal < 0 ? OutcomeStatus.NoAgreement
            : !ratificationRequired ? OutcomeStatus.Signed
            : votes.All(v => v.Passed) ? OutcomeStatus.Ratified
            : OutcomeStatus.NotRatified;
        var finalUtilities = negotiators.Select(n => deal < 0 ? n.Reservation : n.Utility.Evaluate(deal)).ToImmutableArray();
        var discounted = deal < 0
            ? finalUtilities
            : finalUtilities.Select((u, i) => u * Math.Pow(negotiators[i].Discount, signedIn - 1)).ToImmutableArray();
        return new NegotiationResult(
            scenario, seed, status, signedIn, deal, finalUtilities, discounted, ratificationRequired, votes.ToImmutable(), rounds?.ToImmutable() ?? []);
    }

    /// <summary>Briefs every ratifier (collecting win-sets) and then every negotiator; returns each ratifier's required set.</summary>
    private static async ValueTask<OutcomeSet[]> BriefAsync(
        Scenario scenario,
        ImmutableArray<NegotiatorProfile> negotiators,
        ImmutableArray<RatifierProfile> ratifiers,
        IPartyDirectory parties)
    {
        var required = new OutcomeSet[ratifiers.Length];
        var constraints = new Dictionary<string, RatificationConstraint>();
        for (var i = 0; i < ratifiers.Length; i++)
        {
            var winSet = await parties.Ratifier(ratifiers[i].Name).Brief(new RatifierBriefing(scenario.Space, ratifiers[i])).ConfigureAwait(false);
            required[i] = ratifiers[i].Required.RequiredInCached(scenario.Space);
            constraints[ratifiers[i].Ratifies] = new RatificationConstraint(ratifiers[i].Name, required[i], winSet);
        }

        foreach (var self in negotiators)
        {
            var opponents = negotiators.Where(n => n.Name != self.Name).Select(n => n.Utility).ToImmutableArray();
            var constraint = self.AnticipatesRatification ? constraints.GetValueOrDefault(self.Name) : null;
            await parties.Negotiator(self.Name)
                .Brief(new NegotiatorBriefing(self, opponents, constraint, scenario.Protocol.Deadline))
                .ConfigureAwait(false);
        }

        return required;
    }
}
