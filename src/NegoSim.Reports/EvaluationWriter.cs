using NegoSim.Reports.Json;

namespace NegoSim.Reports;

/// <summary>Writes an <see cref="Evaluation"/> as text or JSON.</summary>
public static class EvaluationWriter
{
    public static void WriteText(TextWriter w, Evaluation e)
    {
        var s = e.Scenario;
        w.WriteLine(s.Name);
        w.WriteLine("deal:");
        var width = s.Space.Terms.Max(t => t.Name.Length);
        foreach (var (term, value) in DealText.Lines(s.Space, e.Deal))
        {
            w.WriteLine($"  {term.PadRight(width)}  {value}");
        }

        w.WriteLine("negotiators (at the deadline, when targets have fallen to reservations):");
        var nameWidth = e.Negotiators.Max(n => n.Name.Length);
        foreach (var n in e.Negotiators)
        {
            var verdict = n.WouldAccept ? "would accept" : $"would reject: {n.Reason}";
            w.WriteLine($"  {n.Name.PadRight(nameWidth)}  worth {Numbers.Utility(n.Utility)} (reservation {Numbers.Utility(n.Reservation)}) → {verdict}");
        }

        if (e.Ratifiers.Count == 0)
        {
            w.WriteLine("ratification: no ratifier in this scenario");
        }

        foreach (var r in e.Ratifiers)
        {
            var needed = r.Required ? $"needed (rule: {r.Profile.Required})" : $"not needed (rule: {r.Profile.Required})";
            w.WriteLine($"ratification by {r.Profile.Name} of {r.Profile.Ratifies}'s signature: {needed}");
            w.WriteLine($"  with full discipline: {r.Yes} yes of {r.Profile.Seats} seats, {r.Profile.Threshold} needed → {(r.Passes ? "would pass" : "would fail")}");
            var factionWidth = r.Factions.Max(f => f.Name.Length);
            foreach (var f in r.Factions)
            {
                w.WriteLine($"    {f.Name.PadRight(factionWidth)}  {f.Seats,3} seats  worth {Numbers.Utility(f.Utility)} (needs {Numbers.Utility(f.Reservation)}) → {(f.Line ? "for" : "against")}");
            }
        }
    }

    public static void WriteJson(TextWriter w, Evaluation e) => ReportJson.Write(w, new
    {
        scenario = e.Scenario.Name,
        deal = DealText.Map(e.Scenario.Space, e.Deal),
        negotiators = e.Negotiators.Select(n => new { name = n.Name, utility = Numbers.Rounded(n.Utility), reservation = n.Reservation, would_accept = n.WouldAccept, reason = n.Reason }),
        ratification = new
        {
            required = e.RatificationRequired,
            ratifiers = e.Ratifiers.Select(r => new
            {
                name = r.Profile.Name,
                ratifies = r.Profile.Ratifies,
                required = r.Required,
                yes = r.Yes,
                no = r.Profile.Seats - r.Yes,
                threshold = r.Profile.Threshold,
                passes = r.Passes,
                factions = r.Factions.Select(f => new { name = f.Name, seats = f.Seats, vote = f.Line ? "yes" : "no", utility = Numbers.Rounded(f.Utility), reservation = f.Reservation }),
            }),
        },
    });
}
