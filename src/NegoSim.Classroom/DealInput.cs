using System.Text.Json;
using NegoSim.Model.Outcomes;

namespace NegoSim.Classroom;

/// <summary>
/// Reads a deal sent by a browser, <c>{"term": value, ...}</c> with every term of the scenario and nothing else, into
/// an outcome of the scenario's space; a problem names the term, what was sent and what is allowed.
/// </summary>
public static class DealInput
{
    public static (int Outcome, string? Problem) Read(JsonElement deal, OutcomeSpace space)
    {
        if (deal.ValueKind != JsonValueKind.Object)
        {
            return (-1, $"deal: an object of terms, such as {{\"{space.Terms[0].Name}\": \"{space.Terms[0].Label(0)}\"}}; found {Kind(deal)}.");
        }

        var digits = new int[space.Terms.Length];
        Array.Fill(digits, -1);
        foreach (var property in deal.EnumerateObject())
        {
            var term = space.IndexOfTerm(property.Name);
            if (term < 0)
            {
                return (-1, $"deal.{property.Name}: not a term of this scenario; the terms are {string.Join(", ", space.Terms.Select(t => t.Name))}.");
            }

            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            if (text is null || !space.Terms[term].TryIndexOf(text, out digits[term]))
            {
                return (-1, $"deal.{property.Name}: {(text ?? Kind(property.Value))} is not allowed; allowed: {space.Terms[term].Allowed}.");
            }
        }

        var missing = space.Terms.Where((_, i) => digits[i] < 0).Select(t => t.Name).ToList();
        return missing.Count > 0
            ? (-1, $"deal: every term needs a value; missing: {string.Join(", ", missing)}.")
            : (space.Compose(digits), null);
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Undefined => "nothing",
        _ => value.GetRawText(),
    };
}
