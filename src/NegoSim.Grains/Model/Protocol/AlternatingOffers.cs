using System.Diagnostics;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Grains.Model.Telemetry;

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
        using var span = NegotiationTelemetry.Source.StartActivity("negotiation");
        span?.SetTag("negosim.scenario", scenario.Name).SetTag("negosim.seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var result = await PlayAsync(scenario, seed, parties, recordRounds).ConfigureAwait(false);
            NegotiationTelemetry.Negotiations.Add(1, new KeyValuePair<string, object?>("negosim.status", result.Status.Name()));
            if (result.IsSigned)
            {
                NegotiationTelemetry.RoundsToAgreement.Record(result.Round);
            }

            if (span is not null)
            {
                span.SetTag("negosim.status", result.Status.Name()).SetTag("negosim.round", result.Round);
                if (result.IsSigned)
                {
                    span.SetTag("negosim.deal", scenario.Space.Describe(result.Deal));
                }

                for (var i = 0; i < result.Utilities.Length; i++)
                {
                    span.SetTag($"negosim.utility.{scenario.Negotiators[i].Name}", result.Utilities[i]);
                }
            }

            return result;
        }
        catch (Exception exception) when (span is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, exception.Message);
            span.AddException(exception);
            throw;
        }
    }

    private static async ValueTask<NegotiationResult> PlayAsync(Scenario scenario, ulong seed, IPartyDirectory parties, bool recordRounds)
    {
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
            using var roundSpan = NegotiationTelemetry.Source.StartActivity("round");
            roundSpan?.SetTag("negosim.round", round).SetTag("negosim.proposer", order[(round - 1) % order.Length]);
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
            Proposal proposal;
            using (var proposeSpan = NegotiationTelemetry.Source.StartActivity("propose"))
            {
                proposal = await channels[proposerIndex].Propose(new ProposeRequest(round, time)).ConfigureAwait(false);
                if (proposeSpan is not null)
                {
                    proposeSpan.SetTag("negosim.party", order[proposerIndex]).SetTag("negosim.round", round).SetTag("negosim.target", proposal.Target);
                    proposeSpan.SetTag("negosim.offer", proposal.HasOffer ? scenario.Space.Describe(proposal.Outcome) : "none");
                    if (proposal.HasOffer)
                    {
                        foreach (var negotiator in negotiators)
                        {
                            proposeSpan.SetTag($"negosim.utility.{negotiator.Name}", negotiator.Utility.Evaluate(proposal.Outcome));
                        }
                    }
                }
            }

            var responses = rounds is null ? null : ImmutableArray.CreateBuilder<Response>(order.Length - 1);
            var accepted = proposal.HasOffer;
            if (proposal.HasOffer)
            {
                var offer = new Offer(round, time, order[proposerIndex], proposal.Outcome);
                for (var i = 0; i < order.Length; i++)
                {
                    if (i != proposerIndex)
                    {
                        using var respondSpan = NegotiationTelemetry.Source.StartActivity("respond");
                        var response = await channels[i].Respond(offer).ConfigureAwait(false);
                        respondSpan?.SetTag("negosim.party", response.Responder).SetTag("negosim.round", round)
                            .SetTag("negosim.response", VerdictName(response.Verdict))
                            .SetTag("negosim.utility", response.Utility).SetTag("negosim.target", response.Target);
                        responses?.Add(response);
                        accepted &= response.Accepted;
                    }
                }
            }

            if (rounds is not null)
            {
                var utilities = proposal.HasOffer ? UtilitiesOf(negotiators, proposal.Outcome) : [];
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
                    using var ratifySpan = NegotiationTelemetry.Source.StartActivity("ratify");
                    var vote = await parties.Ratifier(ratifiers[i].Name).Vote(new VoteRequest(deal, random.NextUInt64())).ConfigureAwait(false);
                    votes.Add(vote);
                    if (ratifySpan is not null)
                    {
                        ratifySpan.SetTag("negosim.ratifier", vote.Ratifier).SetTag("negosim.ratifies", vote.Ratifies)
                            .SetTag("negosim.yes", vote.Yes).SetTag("negosim.no", vote.No).SetTag("negosim.threshold", vote.Threshold)
                            .SetTag("negosim.passed", vote.Passed);
                        foreach (var faction in vote.Factions)
                        {
                            ratifySpan.AddEvent(new ActivityEvent("vote", tags: new ActivityTagsCollection
                            {
                                ["negosim.faction"] = faction.Name,
                                ["negosim.seats"] = faction.Seats,
                                ["negosim.line"] = faction.Line ? "yes" : "no",
                                ["negosim.yes"] = faction.Yes,
                                ["negosim.no"] = faction.No,
                                ["negosim.utility"] = faction.Utility,
                            }));
                        }
                    }
                }
            }
        }

        var passed = true;
        foreach (var vote in votes)
        {
            passed &= vote.Passed;
        }

        var status = deal < 0 ? OutcomeStatus.NoAgreement
            : !ratificationRequired ? OutcomeStatus.Signed
            : passed ? OutcomeStatus.Ratified
            : OutcomeStatus.NotRatified;
        var finalUtilities = deal < 0 ? ReservationsOf(negotiators) : UtilitiesOf(negotiators, deal);
        var discounted = deal < 0 ? finalUtilities : Discounted(negotiators, finalUtilities, signedIn);
        return new NegotiationResult(
            scenario, seed, status, signedIn, deal, finalUtilities, discounted, ratificationRequired, votes.ToImmutable(), rounds?.ToImmutable() ?? []);
    }

    // Loops rather than lambdas: a lambda capturing a round's local allocates its closure every round.
    private static ImmutableArray<double> UtilitiesOf(ImmutableArray<NegotiatorProfile> negotiators, int outcome)
    {
        var utilities = new double[negotiators.Length];
        for (var i = 0; i < utilities.Length; i++)
        {
            utilities[i] = negotiators[i].Utility.Evaluate(outcome);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(utilities);
    }

    private static ImmutableArray<double> ReservationsOf(ImmutableArray<NegotiatorProfile> negotiators)
    {
        var reservations = new double[negotiators.Length];
        for (var i = 0; i < reservations.Length; i++)
        {
            reservations[i] = negotiators[i].Reservation;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(reservations);
    }

    private static ImmutableArray<double> Discounted(ImmutableArray<NegotiatorProfile> negotiators, ImmutableArray<double> utilities, int round)
    {
        var discounted = new double[utilities.Length];
        for (var i = 0; i < discounted.Length; i++)
        {
            discounted[i] = utilities[i] * Math.Pow(negotiators[i].Discount, round - 1);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(discounted);
    }

    /// <summary>The names verdicts go by in traces and reports.</summary>
    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Accept => "accept",
        Verdict.BelowTarget => "below-target",
        Verdict.BelowReservation => "below-reservation",
        _ => "ratifier-would-refuse",
    };

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

        for (var index = 0; index < negotiators.Length; index++)
        {
            var self = negotiators[index];
            var opponents = ImmutableArray.CreateBuilder<Preferences.UtilityFunction>(negotiators.Length - 1);
            foreach (var other in negotiators)
            {
                if (other.Name != self.Name)
                {
                    opponents.Add(other.Utility);
                }
            }

            var constraint = self.AnticipatesRatification ? constraints.GetValueOrDefault(self.Name) : null;
            await parties.Negotiator(self.Name)
                .Brief(new NegotiatorBriefing(self, opponents.DrainToImmutable(), constraint, scenario.Protocol.Deadline))
                .ConfigureAwait(false);
        }

        return required;
    }
}
