using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom;

/// <summary>A classroom's scenario as the pages show it: its name, terms with their options, seats and the default table size.</summary>
public static class ScenarioView
{
    public static object Of(ServedScenario served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var s = served.File.Scenario;
        return new
        {
            name = s.Name,
            description = s.Description,
            sets = served.File.Source.Sets,
            deadline = s.Protocol.Deadline,
            order = s.Protocol.Order,
            terms = s.Space.Terms.Select(t => new { name = t.Name, options = Enumerable.Range(0, t.Count).Select(t.Label) }),
            seats = served.Plan.Seats.Select(seat => new { seat, kind = served.Plan.IsFaction(seat) ? "faction" : "negotiator" }),
            default_table_size = SeatPlan.DefaultTableSize(s),
        };
    }
}
