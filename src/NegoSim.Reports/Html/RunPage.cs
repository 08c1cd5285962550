using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports.Json;

namespace NegoSim.Reports.Html;

/// <summary>
/// The report of one run (<c>negosim run --report</c>): the outcome, the offer dance, the outcome space with the path
/// of offers, each ratification vote as a parliament, the transcript and the parameters as set; the page carries the
/// run's <c>--format json</c> under the id <c>negosim-report</c>.
/// </summary>
public static class RunPage
{
    /// <param name="file">The scenario as played.</param>
    /// <param name="result">The run.</param>
    /// <param name="analysis">The scenario's analysis (the theory's points).</param>
    /// <param name="pair">The negotiators on the outcome space's axes.</param>
    /// <param name="strategies">For a classroom table: what the scenario's strategies reach from the same start, shown beside it.</param>
    /// <param name="students">For a classroom table: the negotiators students played, who have no strategy and so no target to draw.</param>
    public static HtmlReport Create(CompiledScenario file, NegotiationResult result, OutcomeTheory analysis, ReportPair pair, NegotiationResult? strategies = null, IReadOnlySet<string>? students = null)
    {
        var s = file.Scenario;
        var page = new HtmlReport(s.Name);
        page.Paragraph(TranscriptWriter.Headline(s, result), "outcome");
        ParameterSettings.Summary(page, file.Parameters);
        if (result.IsSigned)
        {
            page.Paragraph("Deal: " + DealText.Inline(s.Space, result.Deal));
        }

        page.Paragraph("Utilities: " + string.Join(" · ", s.Negotiators.Select((n, i) => $"{n.Name} {Numbers.Utility(result.Utilities[i])} (reservation {Numbers.Utility(n.Reservation)})"))
            + (result.Status == OutcomeStatus.NotRatified ? " — voted down, each party ends with its reservation." : "."));
        if (analysis.DistanceToNash(result.Utilities) is { } nash)
        {
            page.Paragraph($"Distance to the Nash point {Numbers.Utility(nash)}, to the Pareto frontier {Numbers.Utility(analysis.DistanceToFrontier(result.Utilities))}.");
        }

        if (strategies is not null)
        {
            page.Heading("What the strategies reach from the same start");
            page.Paragraph($"With the scenario's strategies at every seat and the same seed: {TranscriptWriter.Headline(s, strategies)}"
                + (strategies.IsSigned ? $"; deal: {DealText.Inline(s.Space, strategies.Deal)}" : "") + ".");
            page.Table("strategies", ["", .. s.Negotiators.Select(n => $"worth to {n.Name}"), "round"],
            [
                ["this table", .. result.Utilities.Select(Numbers.Utility), result.IsSigned ? Numbers.Count(result.Round) : "—"],
                ["the strategies", .. strategies.Utilities.Select(Numbers.Utility), strategies.IsSigned ? Numbers.Count(strategies.Round) : "—"],
            ]);
        }

        page.Heading("How the offers moved");
        page.Chart("offer-dance", "Each line is what the offers were worth to one negotiator; the dashed line of the same colour is that negotiator's target, which concession lowers round by round. A deal is signed when an offer is worth its target to everyone who must accept it."
            + (students is { Count: > 0 } ? $" Students played {string.Join(" and ", students.Order(StringComparer.Ordinal))}: a student has no strategy, so no target is drawn for that seat." : ""), OfferDanceChart.Create(s, result, students));

        page.Heading("Where the deal sits");
        MarkedDeal[]? marked = strategies is { IsSigned: true } ? [new MarkedDeal("the strategies, same start", "what the strategies reach", strategies.Utilities, strategies.Deal)] : null;
        var (space, marks) = OutcomeSpaceChart.Create(file.Tables, analysis, pair.X, pair.Y, result, subgamePerfect: strategies is not null, marked);
        page.Chart("outcome-space", "Every possible deal is a dot; green dots every negotiator prefers to no deal and would survive ratification (the zone of agreement). The black line is the Pareto frontier, the orange path the offers in order, the star the deal signed."
            + (marked is null ? "" : " The diamond is the deal the strategies sign from the same start."), space, marks);

        if (result.Votes.IsEmpty)
        {
            page.Heading("Ratification");
            page.Paragraph(s.Ratifiers.IsEmpty
                ? "This scenario has no ratifier: a signed deal stands."
                : result.IsSigned ? "The deal signed needed no vote." : "No deal was signed, so there was nothing to vote on.");
        }

        foreach (var (vote, index) in result.Votes.Select((v, i) => (v, i)))
        {
            page.Heading($"Ratification by {vote.Ratifier}");
            var (parliament, _) = ParliamentChart.Create(vote);
            page.Chart($"vote-{index + 1}", "Each mark is a seat, coloured by faction. A faction votes for the deal when it is worth at least its reservation to it; with discipline below 1 some of its seats may break ranks.", parliament);
            page.Table($"vote-{index + 1}-factions", ["faction", "seats", "deal worth", "reservation", "line", "yes", "no"], vote.Factions.Select(f => (IReadOnlyList<string>)
                [f.Name, Numbers.Count(f.Seats), Numbers.Utility(f.Utility), Numbers.Utility(f.Reservation), f.Line ? "for" : "against", Numbers.Count(f.Yes), Numbers.Count(f.No)]));
        }

        page.Heading("Transcript");
        page.Table("transcript", ["round", "proposer", "offer", .. s.Negotiators.Select(n => $"worth to {n.Name}"), "responses"], result.Rounds.Select(r => (IReadOnlyList<string>)
        [
            Numbers.Count(r.Round),
            r.Proposer,
            r.Offer < 0 ? "(passes: no offer it could accept itself)" : DealText.Inline(s.Space, r.Offer),
            .. s.Negotiators.Select((_, i) => r.Offer < 0 ? "" : Numbers.Utility(r.Utilities[i])),
            string.Join("; ", r.Responses.Select(x => $"{x.Responder} {TranscriptWriter.Explain(s, x)}").Concat(r.Notes.Where(n => n.Length > 0).Select(n => $"⚑ {n}"))),
        ]));

        page.Heading("The scenario as played");
        ParameterSettings.Table(page, file.Parameters);
        page.Paragraph($"{file.Path} · seed {result.Seed} · {Numbers.Count(s.Space.Count)} possible deals · deadline {s.Protocol.Deadline} rounds · order {string.Join(" → ", s.Protocol.Order)}.");
        page.Data("negosim-report", System.Text.Json.JsonSerializer.Serialize(RunReport.From(file, result, analysis), ReportJson.Options));
        return page;
    }
}
