using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using NegoSim.Model.Parties;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Telemetry;

namespace NegoSim.Model.Protocol;

/// <summary>
/// The stacked alternating-offers protocol with ratification (docs/model.md), written once against party channels so
/// that it runs the same over grains or over plain objects. It talks to parties only through their messages.
/// </summary>
public static class AlternatingOffers
{
    /// <summary>The note on the round after which the talks broke down.</summary>
    public const string BrokeDown = "the talks broke down";

    /// <summary>The note on the first round of talks reopened after a rejection.</summary>
    public const string TalksReopen = "the talks reopen";

    /// <summary>Which stream of the run's seed the risk of breakdown draws from.</summary>
    private const long BreakdownStream = 0xB4EA;

    /// <summary>Which stream of the run's seed a random proposer is drawn from.</summary>
    private const long RecognitionStream = 0xBF;


    /// <param name="tables">The negotiation to play, with its tables.</param>
    /// <param name="seed">Seeds the run's one random generator.</param>
    /// <param name="parties">The channels to the parties.</param>
    /// <param name="recordRounds">False skips the transcript (for sweeps, which need only the outcome).</param>
    /// <param name="trace">What the run's span says of it beyond the model: its number in a sweep and its parameters.</param>
    public static async ValueTask<NegotiationResult> RunAsync(ScenarioTables tables, ulong seed, IPartyDirectory parties, bool recordRounds = true, RunTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(parties);
        var scenario = tables.Scenario;

        // Named once it is known to be recorded: a run the sampler drops (whose span, if made at all, only carries the
        // trace's context) makes no spans below it.
        using var started = NegotiationTelemetry.Source.StartActivity("negotiation");
        var span = started is { IsAllDataRequested: true } ? started : null;
        if (span is not null)
        {
            span.DisplayName = NegotiationTelemetry.RunSpanName(scenario.Name, seed, trace?.Run);
            span.SetTag("negosim.scenario", scenario.Name).SetTag("negosim.seed", NegotiationTelemetry.SeedValue(seed));
            if (trace is not null)
            {
                if (trace.Run is { } run)
                {
                    span.SetTag("negosim.run", run);
                }

                NegotiationTelemetry.TagParameters(span, trace.Parameters);
            }
        }

        try
        {
            var result = await PlayAsync(tables, seed, parties, recordRounds, traced: span is not null);
            var status = new KeyValuePair<string, object?>("negosim.status", result.Status.Name());
            NegotiationTelemetry.Negotiations.Add(1, status);
            NegotiationTelemetry.Rounds.Record(result.Round, status);
            if (result.IsSigned)
            {
                NegotiationTelemetry.RoundsToAgreement.Record(result.Round);
            }

            foreach (var vote in result.Votes)
            {
                NegotiationTelemetry.Votes.Add(1, new KeyValuePair<string, object?>("negosim.ratifier", vote.Ratifier), new KeyValuePair<string, object?>("negosim.passed", vote.Passed));
            }

            if (span is not null)
            {
                span.SetTag("negosim.status", result.Status.Name()).SetTag("negosim.round", result.Round)
                    .SetTag("negosim.ratification_required", result.RatificationRequired);
                if (result.IsSigned)
                {
                    NegotiationTelemetry.TagOutcome(span, "negosim.deal", scenario.Space, result.Deal);
                }

                NegotiationTelemetry.AddPartyEvents(span, "outcome", scenario.Negotiators, result.Utilities.AsSpan());
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

    // No ConfigureAwait(false) here: over grains, this runs inside a grain call and must stay on the grain's scheduler.
    private static async ValueTask<NegotiationResult> PlayAsync(ScenarioTables tables, ulong seed, IPartyDirectory parties, bool recordRounds, bool traced)
    {
        var scenario = tables.Scenario;
        var random = new RunRandom(seed);
        var protocol = scenario.Protocol;
        var order = protocol.Order;
        var channels = new INegotiatorChannel[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            channels[i] = parties.Negotiator(order[i]);
        }

        var stage = 0;
        var at = tables.Stage(stage);
        var heard = Heard.Nothing;

        // Claims count only where someone may believe them: a negotiator with credibility, and one heeding the others' ratifiers.
        var claimsHeard = scenario.Negotiators.Any(n => n.Credibility > 0) && scenario.Negotiators.Any(n => n.AnticipatesOthers);
        await BriefAsync(at, parties, stage, heard);
        var rounds = recordRounds ? ImmutableArray.CreateBuilder<RoundRecord>(protocol.LastRound) : null;
        int deal = -1, signedIn = 0;
        Proposal? counter = null;
        ActivityContext counterMadeIn = default;
        RunRandom? breakdown = null;
        var talks = new Talks(1, protocol.Deadline, protocol.LastRound);
        var votes = ImmutableArray.CreateBuilder<RatificationVote>();
        var (ratificationRequired, passed) = (false, true);
        (int Deal, int Round) rejected = (-1, 0);
        Dictionary<string, int>? reopenings = null;
        string? reopenNote = null;

        // With a random proposer, each round's is drawn from a stream of its own, in round order (the next round's is
        // drawn when a counter-offer is asked for): the same seed recognises the same proposers.
        var recognition = protocol.RandomProposer ? new RunRandom(RunRandom.DeriveSeed(seed, RecognitionStream)) : null;
        List<int>? recognised = null;
        int ProposerIn(int round) => recognition is null ? (round - talks.First) % order.Length : Recognised(round);
        int Recognised(int round)
        {
            recognised ??= [];
            while (recognised.Count < round)
            {
                recognised.Add(protocol.Recognised(recognition!.NextDouble()));
            }

            return recognised[round - 1];
        }

        while (true)
        {
            for (var round = talks.First; round <= talks.Last && deal < 0; round++)
            {
                using var roundSpan = traced ? NegotiationTelemetry.Source.StartActivity("round") : null;
                roundSpan?.SetTag("negosim.round", round).SetTag("negosim.proposer", order[ProposerIn(round)]);
                var notes = ImmutableArray<string>.Empty;
                if (reopenNote is not null)
                {
                    notes = [reopenNote];
                    reopenNote = null;
                }

                if (EventsAt(scenario, stage, round) > 0)
                {
                    var noteList = new List<string>(notes);
                    while (EventsAt(scenario, stage, round) > 0)
                    {
                        noteList.Add(scenario.Events[stage++].Note);
                    }

                    notes = [.. noteList];
                    at = tables.Stage(stage);
                    await BriefAsync(at, parties, stage, heard);
                    counter = null;
                }

                var time = talks.TimeOf(round);
                var proposerIndex = ProposerIn(round);
                Proposal proposal;

                // A counter-offer was made with its maker's answer to the previous offer, in that message (whose
                // respond span it links to): its span only tables it, so its duration says no party is asked here.
                using (var proposeSpan = !traced ? null
                    : counter is null ? NegotiationTelemetry.Source.StartActivity("propose")
                    : NegotiationTelemetry.Source.StartActivity("counter-offer", ActivityKind.Internal, default(ActivityContext), links: counterMadeIn == default ? null : [new ActivityLink(counterMadeIn)]))
                {
                    proposal = counter ?? await channels[proposerIndex].Propose(new ProposeRequest(round, talks.ProposerTimeOf(round)));
                    counter = null;
                    if (proposeSpan is not null)
                    {
                        proposeSpan.SetTag("negosim.party", order[proposerIndex]).SetTag("negosim.round", round).SetTag("negosim.target", proposal.Target)
                            .SetTag("negosim.has_offer", proposal.HasOffer);
                        if (proposal.HasOffer)
                        {
                            NegotiationTelemetry.TagOffer(proposeSpan, scenario.Space, at.Negotiators, proposal.Outcome);
                        }
                    }
                }

                var responses = rounds is null && !claimsHeard ? null : ImmutableArray.CreateBuilder<Response>(order.Length - 1);
                var accepted = proposal.HasOffer;
                if (proposal.HasOffer)
                {
                    var offer = new Offer(round, time, order[proposerIndex], proposal.Outcome);

                    // The next round's proposer answers with its counter-offer, unless an event changes the parties first.
                    var nextProposer = round < talks.Last && EventsAt(scenario, stage, round + 1) == 0 ? ProposerIn(round + 1) : -1;
                    for (var i = 0; i < order.Length; i++)
                    {
                        if (i != proposerIndex)
                        {
                            using var respondSpan = traced ? NegotiationTelemetry.Source.StartActivity("respond") : null;
                            var reply = await channels[i].Respond(offer, i == nextProposer ? new ProposeRequest(round + 1, talks.ProposerTimeOf(round + 1)) : null);
                            var response = reply.Response;
                            counter = reply.Counter ?? counter;
                            if (respondSpan is not null)
                            {
                                respondSpan.SetTag("negosim.party", response.Responder).SetTag("negosim.round", round)
                                    .SetTag("negosim.response", VerdictName(response.Verdict))
                                    .SetTag("negosim.utility", response.Utility).SetTag("negosim.target", response.Target);
                                if (reply.Counter is not null)
                                {
                                    // This answer also made the next round's offer.
                                    respondSpan.SetTag("negosim.counter_offer", true);
                                    counterMadeIn = respondSpan.Context;
                                }
                            }
                            responses?.Add(response);
                            accepted &= response.Accepted;
                        }
                    }
                }

                if (rounds is not null)
                {
                    var utilities = proposal.HasOffer ? UtilitiesOf(at.Negotiators, proposal.Outcome) : [];
                    rounds.Add(new RoundRecord(round, order[proposerIndex], proposal.Outcome, proposal.Target, utilities, responses!.ToImmutable(), notes, time));
                }

                if (!accepted && claimsHeard && proposal.HasOffer)
                {
                    heard = await ClaimHearing.HearAsync(at, parties, stage, heard, responses!, proposal.Outcome);
                }

                if (accepted)
                {
                    deal = proposal.Outcome;
                    signedIn = round;
                }
                else if (protocol.Breakdown > 0 && round < talks.Last && (breakdown ??= new RunRandom(RunRandom.DeriveSeed(seed, BreakdownStream))).NextDouble() < protocol.Breakdown)
                {
                    // The talks break down (drawn from a stream of their own, so the votes draw as they would without).
                    if (rounds is not null)
                    {
                        rounds[^1] = rounds[^1] with { Notes = rounds[^1].Notes.Add(BrokeDown) };
                    }

                    break;
                }
            }

            if (deal < 0)
            {
                break;
            }

            var verdict = await Ballots.HoldAsync(at, deal, signedIn, stage, seed, random, parties, votes, traced);
            (ratificationRequired, passed) = (verdict.Required, verdict.Passed);
            var rejecter = verdict.Rejecter;

            // A rejection reopens the talks if the ratifier that rejected first says so, as often as it allows.
            if (passed || rejecter?.Reopening is not { } reopening || (reopenings?.GetValueOrDefault(rejecter.Name) ?? 0) >= reopening.Times)
            {
                break;
            }

            reopenings ??= [];
            reopenings[rejecter.Name] = reopenings.GetValueOrDefault(rejecter.Name) + 1;
            rejected = (deal, signedIn);
            reopenNote = $"{TalksReopen} for {reopening.Rounds} round{(reopening.Rounds == 1 ? "" : "s")}: {rejecter.Name} rejected the text signed in round {signedIn}";
            talks = new Talks(signedIn + 1, reopening.Rounds, signedIn + reopening.Rounds);
            deal = -1;
            counter = null;
            heard = heard with { Votes = votes.ToImmutable() };
            await BriefAsync(at, parties, stage, heard);
        }

        if (deal < 0 && rejected.Deal >= 0)
        {
            // The reopened talks signed nothing new: the rejected text is where the run ends.
            (deal, signedIn, ratificationRequired, passed) = (rejected.Deal, rejected.Round, true, false);
        }

        var status = deal < 0 ? OutcomeStatus.NoAgreement
            : !ratificationRequired ? OutcomeStatus.Signed
            : passed ? OutcomeStatus.Ratified
            : OutcomeStatus.NotRatified;
        var finalUtilities = deal < 0 ? ReservationsOf(at.Negotiators) : UtilitiesOf(at.Negotiators, deal);
        var discounted = deal < 0 ? finalUtilities : Discounted(at.Negotiators, finalUtilities, signedIn);
        return new NegotiationResult(
            seed, status, signedIn, deal, finalUtilities, discounted, ratificationRequired, votes.ToImmutable(), rounds?.ToImmutable() ?? []);
    }

    /// <summary>How many of the scenario's events after the first <paramref name="stage"/> take effect at the start of <paramref name="round"/>.</summary>
    private static int EventsAt(Scenario scenario, int stage, int round)
    {
        var count = 0;
        while (stage + count < scenario.Events.Length && scenario.Events[stage + count].Round == round)
        {
            count++;
        }

        return count;
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
        Verdict.Rejected => "rejected",
        _ => "ratifier-would-refuse",
    };

    /// <summary>Tells every negotiator the stage in force and what was heard so far.</summary>
    internal static async ValueTask BriefAsync(StageTables at, IPartyDirectory parties, int stage, Heard heard)
    {
        foreach (var negotiator in at.Negotiators)
        {
            await parties.Negotiator(negotiator.Name).Brief(stage, heard);
        }
    }
}
