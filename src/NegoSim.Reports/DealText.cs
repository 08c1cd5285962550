using NegoSim.Model.Outcomes;

namespace NegoSim.Reports;

/// <summary>Writes deals as text and as term → value maps.</summary>
public static class DealText
{
    public static string Inline(OutcomeSpace space, int outcome) => space.Describe(outcome);

    public static IEnumerable<(string Term, string Value)> Lines(OutcomeSpace space, int outcome) =>
        space.Terms.Select((t, i) => (t.Name, t.Label(space.Digit(outcome, i)) + (t is RangeTerm { Unit: { } unit } ? $" {unit}" : "")));

    /// <summary>Term → value in term order (strings for options, numbers for ranges); null for no deal.</summary>
    public static OrderedDictionary<string, object>? Map(OutcomeSpace space, int outcome)
    {
        if (outcome < 0)
        {
            return null;
        }

        var map = new OrderedDictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < space.Terms.Length; i++)
        {
            map[space.Terms[i].Name] = space.Terms[i].Value(space.Digit(outcome, i));
        }

        return map;
    }
}
