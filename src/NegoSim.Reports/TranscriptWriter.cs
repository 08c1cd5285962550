using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports;

/// <summary>The text report of a run: a round-by-round transcript a newcomer can follow, then the outcome.</summary>
public static class TranscriptWriter
{
    public static void Write(TextWriter writer, CompiledScenario file, NegotiationResult result, OutcomeTheory analysis)
    {
        var w = FittedLines.For(writer);
        var s = file.Scenario;
        w.WriteLine(s.Name);
        w.WriteLine($"{file.Path} · seed {result.Seed} · {Numbers.Count(s.Space.Count)} possible deals · deadline {s.Protocol.Deadline} rounds · order {string.Join(" → ", s.Protocol.Order)}");
        if (!file.Parameters.IsEmpty)
        {
            w.WriteLine("parameters: " + string.Join("  ", file.Parameters.Select(p => $"{p.Name}={p.Value}")));
        }

        foreach (var round in result.Rounds)
        {
            WriteRound(w, s, round);

            // A text rejected and followed by reopened talks: its votes come where they were held.
            if (round.Signed && round.Round < result.Round)
            {
                foreach (var vote in result.Votes.Where(v => v.Round == round.Round))
                {
                    WriteVote(w, vote);
                }
            }
        }

        w.WriteLine();
        WriteOutcome(w, s, result, s.Ratifiers.Any(r => r.IsUncertain) ? file.Tables.BelievedPass(result) : null);
        if (analysis.DistanceToNash(result.Utilities) is { } nash)
        {
            w.WriteLine($"  distance to the Nash point {Numbers.Utility(nash)}, to the Pareto frontier {Numbers.Utility(analysis.DistanceToFrontier(result.Utilities))} (negosim analyze shows both)");
        }
    }

    private static void WriteRound(FittedLines w, Scenario s, RoundRecord round)
    {
        w.WriteLine();
        foreach (var note in round.Notes.Where(n => n.Length > 0 && n != AlternatingOffers.BrokeDown))
        {
            w.WriteLine($"  ⚑ {note}");
        }

        var time = Numbers.Utility(round.Time);
        if (round.Offer < 0)
        {
            w.WriteLine($"Round {round.Round} (t={time}) · {round.Proposer} has no offer it could accept itself, and passes");
            return;
        }

        w.WriteLine($"Round {round.Round} (t={time}) · {round.Proposer} proposes, aiming for {Numbers.Utility(round.Target)}");
        w.WriteLine($"  {DealText.Inline(s.Space, round.Offer)}");
        w.WriteLine("  worth: " + string.Join(" · ", s.Negotiators.Select((n, i) => $"{n.Name} {Numbers.Utility(round.Utilities[i])}")));
        foreach (var response in round.Responses)
        {
            w.WriteLine($"  {response.Responder} {Explain(s, response)}");
        }

        if (round.Signed)
        {
            w.WriteLine($"  → signed in round {round.Round}");
        }

        if (round.Notes.Contains(AlternatingOffers.BrokeDown))
        {
            w.WriteLine($"  → the talks broke down after round {round.Round} (risk {Numbers.Utility(s.Protocol.Breakdown)} a round)");
        }
    }

    /// <summary>What a response means, in words: "accepts (worth 0.67, target 0.45)", "rejects: worth 0.10, below its reservation 0.40".</summary>
    public static string Explain(Scenario s, Response r)
    {
        var reservation = s.Negotiators[s.IndexOfNegotiator(r.Responder)].Reservation;
        var names = s.Ratifiers.Where(x => x.Ratifies == r.Responder).Select(x => x.Name).ToList();
        var ratifier = names.Count == 0 ? "its ratifier" : names.Count == 1 ? names[0] : $"{string.Join(", ", names.SkipLast(1))} or {names[^1]}";
        return r.Verdict switch
        {
            Verdict.Accept => $"accepts (worth {Numbers.Utility(r.Utility)}, target {Numbers.Utility(r.Target)})",
            Verdict.BelowTarget => Numbers.Apart(r.Utility, r.Target) is var (worth, target) ? $"rejects: worth {worth}, below its target {target}" : "",
            Verdict.BelowReservation => Numbers.Apart(r.Utility, reservation) is var (worth, floor) ? $"rejects: worth {worth}, below its reservation {floor}" : "",
            Verdict.RatifierWouldRefuse => $"rejects: it would need ratification, and {ratifier} would refuse it (worth {Numbers.Utility(r.Utility)})",
            Verdict.Rejected => $"rejects (the student's choice; worth {Numbers.Utility(r.Utility)})",
            _ => r.Verdict.ToString(),
        };
    }

    /// <summary>The outcome in one line: "Outcome: SIGNED in round 11; no ratification needed".</summary>
    public static string Headline(Scenario s, NegotiationResult result) => result.Status switch
    {
        OutcomeStatus.NoAgreement when result.Rounds.Length > 0 && result.Rounds[^1].Notes.Contains(AlternatingOffers.BrokeDown)
            => $"Outcome: NO AGREEMENT: the talks broke down after round {result.Rounds[^1].Round}",
        OutcomeStatus.NoAgreement => s.Protocol.LastRound < s.Protocol.Deadline
            ? $"Outcome: NO AGREEMENT YET after {s.Protocol.LastRound} rounds (the stage stops there; the talks run to round {s.Protocol.Deadline})"
            : $"Outcome: NO AGREEMENT after {s.Protocol.Deadline} rounds",
        OutcomeStatus.Signed => $"Outcome: SIGNED in round {result.Round}; no ratification needed",
        OutcomeStatus.Ratified => $"Outcome: RATIFIED (signed in round {result.Round})",
        _ => $"Outcome: NOT RATIFIED (signed in round {result.Round}, then voted down)",
    };

    private static void WriteOutcome(FittedLines w, Scenario s, NegotiationResult result, double? believedPass)
    {
        w.WriteLine(Headline(s, result));
        if (result.IsSigned)
        {
            w.WriteLine("  deal:");
            var width = s.Space.Terms.Max(t => t.Name.Length);
            foreach (var (term, value) in DealText.Lines(s.Space, result.Deal))
            {
                w.WriteLine($"    {term.PadRight(width)}  {value}");
            }
        }

        if (believedPass is { } pass)
        {
            // Only where factions are known by beliefs: otherwise the signers knew the vote's outcome for sure.
            w.WriteLine($"  signed believing it would pass with probability {pass.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} (the ratifiers' votes were known only by beliefs)");
        }

        foreach (var vote in result.Votes.Where(v => v.Round == result.Round || result.Rounds.IsEmpty))
        {
            WriteVote(w, vote);
        }

        if (result.Votes.Count(v => !v.Passed) is > 0 and var failed && result.Votes.Any(v => v.Round != result.Round))
        {
            w.WriteLine($"  {result.Votes.Length} votes were held in all, {failed} of them failed");
        }

        var nameWidth = s.Negotiators.Max(n => n.Name.Length);
        if (result.Status == OutcomeStatus.NotRatified)
        {
            // Voted down, the deal gives nobody anything: each party ends with no agreement, worth its reservation.
            w.WriteLine("  utilities: voted down, the deal gives nothing; each party ends with its reservation:");
            for (var i = 0; i < s.Negotiators.Length; i++)
            {
                var n = s.Negotiators[i];
                w.WriteLine($"    {n.Name.PadRight(nameWidth)}  {Numbers.Utility(n.Reservation)} (the signed deal would have been worth {Numbers.Utility(result.Utilities[i])})");
            }

            return;
        }

        w.WriteLine("  utilities:");
        for (var i = 0; i < s.Negotiators.Length; i++)
        {
            var n = s.Negotiators[i];
            var discounted = n.Discount < 1 && result.IsSigned ? $", discounted {Numbers.Utility(result.DiscountedUtilities[i])}" : "";
            w.WriteLine($"    {n.Name.PadRight(nameWidth)}  {Numbers.Utility(result.Utilities[i])}{discounted} (reservation {Numbers.Utility(n.Reservation)})");
        }
    }

    private static void WriteVote(FittedLines w, RatificationVote vote)
    {
        if (vote.Factions is [{ Name: Referendum.VotersFaction } voters] && vote.Yes + vote.No > 0)
        {
            // An electorate: the tally as shares of the votes cast.
            var share = (double)vote.Yes / (vote.Yes + vote.No);
            w.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"  referendum ({vote.Ratifier}, on the text signed in round {vote.Round}): {vote.Yes:N0} yes ({share:0.0 %}), {vote.No:N0} no ({1 - share:0.0 %}) → {(vote.Passed ? "passed" : "rejected")}"));
            w.WriteLine($"    the text is worth {Numbers.Utility(voters.Utility)} to the voters; it needed {Numbers.Utility(voters.Reservation)} after the swing");
            return;
        }

        var abstained = vote.Abstain > 0 ? $", {vote.Abstain} abstain" : "";
        var quorum = vote.Quorum > 0 ? $", {vote.Quorum} votes cast needed" : "";
        w.WriteLine($"  ratification by {vote.Ratifier} (of the text signed in round {vote.Round}): {vote.Yes} yes, {vote.No} no{abstained}; {vote.Threshold} yes needed{quorum} → {(vote.Passed ? "passed" : "failed")}");
        var width = vote.Factions.Max(f => f.Name.Length);
        foreach (var f in vote.Factions)
        {
            var line = f.Line ? "for" : f.Abstain > 0 ? "abstains" : "against";
            var seats = f.Abstain > 0 ? $"{f.Abstain} abstain" : $"{f.Yes} yes, {f.No} no";
            w.WriteLine($"    {f.Name.PadRight(width)}  {f.Seats,3} seats  worth {Numbers.Utility(f.Utility)} (needs {Numbers.Utility(f.Reservation)}) → {line}: {seats}");
        }
    }
}
