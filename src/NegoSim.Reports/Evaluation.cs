using NegoSim.Model;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports;

/// <summary>What every party makes of one deal: utilities, acceptability at the deadline, and how a fully disciplined vote would go.</summary>
public sealed record Evaluation(
    Scenario Scenario,
    int Deal,
    IReadOnlyList<NegotiatorVerdict> Negotiators,
    IReadOnlyList<RatifierVerdict> Ratifiers)
{
    public bool RatificationRequired => Ratifiers.Any(r => r.Required);

    public static Evaluation Of(Scenario scenario, int deal)
    {
        var ratifiers = scenario.Ratifiers.Select(profile =>
        {
            // Factions known only by beliefs are taken at their median reservations: no truth is drawn to evaluate a deal.
            var ratifier = new Ratifier(profile with { Factions = [.. profile.Factions.Select(f => f with { Belief = null })] });
            var vote = ratifier.Vote(deal, new RunRandom(0));
            var lineYes = vote.Factions.Where(f => f.Line).Sum(f => f.Seats);
            return new RatifierVerdict(profile, profile.Required.RequiredIn(scenario.Space).Contains(deal), lineYes, vote.Factions);
        }).ToList();

        var negotiators = scenario.Negotiators.Select(n =>
        {
            var utility = n.Utility.Evaluate(deal);
            var refusing = ratifiers.FirstOrDefault(r => r.Profile.Ratifies == n.Name && r is { Required: true, Passes: false });
            var reason = utility < n.Reservation - Tolerance.Utility ? "below its reservation"
                : n.AnticipatesRatification && refusing is not null ? $"{refusing.Profile.Name} would refuse to ratify it"
                : null;
            return new NegotiatorVerdict(n.Name, utility, n.Reservation, reason is null, reason);
        }).ToList();

        return new Evaluation(scenario, deal, negotiators, ratifiers);
    }
}
