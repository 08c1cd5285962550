using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Classroom;

/// <summary>
/// What a student reads before playing a seat, made from the scenario: who the seat is (its description and the
/// file's <c>briefing:</c> text), every term with its meaning and unit and what each of its values is worth to this seat
/// (its weight and values), and the seat's reservation; for a faction also its seats, its parliament's seats and
/// threshold, and its discipline. Nothing about any other seat's preferences.
/// </summary>
public sealed record BriefingView(
    string Seat,
    string Kind,
    string Party,
    string Description,
    string Briefing,
    IReadOnlyList<BriefingTerm> Terms,
    double Reservation,
    BriefingFaction? Faction)
{
    public static BriefingView Of(ServedScenario served, string seat, int stage)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(seat);
        var s = served.File.Scenario;
        var texts = s.Texts ?? ScenarioTexts.None;
        var at = served.File.Tables.Stage(stage);
        if (seat == Grains.SeatPlan.Observer)
        {
            // What every seat may know: the case and the terms' meanings; no seat's preferences.
            return new BriefingView(seat, Grains.SeatPlan.Observer, "", s.Description, "You watch a table: its offers, answers and votes as they come, and its outcome. You do not move; at the debrief, say what you saw.",
                [.. s.Space.Terms.Select(term => new BriefingTerm(term.Name, texts.Description($"terms.{term.Name}"), term is RangeTerm range ? range.Unit : null, 0, []))], 0, null);
        }

        var slash = seat.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            var negotiator = at.Negotiators[at.IndexOfNegotiator(seat)];
            return new BriefingView(seat, "negotiator", seat, texts.Description($"parties.{seat}"), texts.Briefing($"parties.{seat}"), TermsOf(s.Space, negotiator.Utility, texts), Numbers.Rounded(negotiator.Reservation), null);
        }

        var (ratifierName, factionName) = (seat[..slash], seat[(slash + 1)..]);
        var ratifier = at.Ratifiers[at.IndexOfRatifier(ratifierName)];
        var faction = ratifier.Factions.Single(f => f.Name == factionName);
        var path = $"parties.{ratifierName}.factions.{factionName}";
        var briefing = string.Join("\n\n", new[] { texts.Briefing($"parties.{ratifierName}"), texts.Briefing(path) }.Where(t => t.Length > 0));
        return new BriefingView(
            seat,
            "faction",
            ratifierName,
            texts.Description(path),
            briefing,
            TermsOf(s.Space, faction.Utility, texts),
            Numbers.Rounded(faction.Reservation),
            new BriefingFaction(ratifierName, ratifier.Ratifies, texts.Description($"parties.{ratifierName}"), faction.Seats, ratifier.Seats, ratifier.Threshold, faction.Discipline));
    }

    private static List<BriefingTerm> TermsOf(OutcomeSpace space, UtilityFunction utility, ScenarioTexts texts) =>
        [.. space.Terms.Select((term, t) => new BriefingTerm(
            term.Name,
            texts.Description($"terms.{term.Name}"),
            term is RangeTerm range ? range.Unit : null,
            Numbers.Rounded(utility.Weights[t]),
            [.. Enumerable.Range(0, term.Count).Select(i => new BriefingValue(term.Label(i), Numbers.Rounded(utility.ValueOf(t, i))))]))];
}
