using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// Reads <c>fallbacks:</c> — each <c>NAME: {terms: {TERM: VALUE, …}}</c> (an outcome of the space) or
/// <c>NAME: {worth: {PARTY: NUMBER, …}}</c> — and a reservation given as <c>{fallback: NAME}</c>.
/// </summary>
internal static class FallbackReader
{
    public static ImmutableDictionary<string, Fallback> Read(ScenarioNode? node, OutcomeSpace space)
    {
        var fallbacks = ImmutableDictionary.CreateBuilder<string, Fallback>(StringComparer.Ordinal);
        foreach (var (name, entry) in node?.Fields().Entries ?? [])
        {
            var fields = entry.Fields("terms", "worth", "description");
            if ((fields.Optional("terms") is null) == (fields.Optional("worth") is null))
            {
                throw entry.Error("give the fallback's terms ({terms: {term: value, …}}, every term) or its worth to each party ({worth: {party: number, …}}), not both.");
            }

            if (fields.Optional("terms") is { } termsNode)
            {
                var text = string.Join(",", termsNode.Fields().Entries.Select(t => $"{t.Key}={t.Value.Text()}"));
                fallbacks[name] = new Fallback(name, DealParser.Parse(space, text, termsNode.Location), ImmutableSortedDictionary<string, double>.Empty);
            }
            else
            {
                var worth = fields.Required("worth", "").Fields().Entries.ToImmutableSortedDictionary(w => w.Key, w => w.Value.Number(0, 1), StringComparer.Ordinal);
                fallbacks[name] = new Fallback(name, -1, worth);
            }
        }

        return fallbacks.ToImmutable();
    }

    /// <summary>The reservation of <paramref name="party"/> given as <c>{fallback: NAME}</c>: its utility of the fallback's terms, or the worth it names for it.</summary>
    public static double ReservationOf(ScenarioNode node, string party, UtilityFunction utility, IReadOnlyDictionary<string, Fallback> fallbacks)
    {
        var nameNode = node.Fields("fallback").Required("fallback", "the name of one of the scenario's fallbacks");
        var name = nameNode.Text();
        if (!fallbacks.TryGetValue(name, out var fallback))
        {
            throw nameNode.Error(fallbacks.Count == 0
                ? $"no fallback '{name}': the scenario has no 'fallbacks:'."
                : $"no fallback '{name}'; fallbacks: {string.Join(", ", fallbacks.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (fallback.Deal >= 0)
        {
            return utility.Evaluate(fallback.Deal);
        }

        return fallback.Worth.TryGetValue(party, out var worth)
            ? worth
            : throw nameNode.Error($"fallback '{name}' gives no worth for '{party}'; it gives: {string.Join(", ", fallback.Worth.Keys)}.");
    }
}
