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
            var ratifier = new Ratifier(profile);
            var vote = ratifier.Vote(deal, new RunRandom(0));
            var lineYes = vote.Factions.Where(f => f.Line).Sum(f => f.Seats);
            return new RatifierVerdict(profile, profile.Required.RequiredIn(scenario.Space).Contains(deal), lineYes, vote.Factions);
        }).ToList();

        var negotiators = scenario.Negotiators.Select(n =>
        {
            var utility = n.Utility.Evaluate(deal);
            var ratifier = ratifiers.FirstOrDefault(r => r.Profile.Ratifies == n.Name);
            var reason = utility < n.Reservation - Tolerance.Utility ? "below its reservation"
                : n.AnticipatesRatification && ratifier is { Required: true, Passes: false } ? $"{ratifier.Profile.Name} would refuse to ratify it"
                : null;
            return new NegotiatorVerdict(n.Name, utility, n.Reservation, reason is null, reason);
        }).ToList();

        return new Evaluation(scenario, deal, negotiators, ratifiers);
    }
}
