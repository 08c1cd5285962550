using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Scenarios;

/// <summary>Reads <c>term=value,term=value,…</c> (every term once) into an outcome of the space.</summary>
public static class DealParser
{
    /// <exception cref="ScenarioException">A term is unknown, repeated or missing, or a value is not allowed.</exception>
    public static int Parse(OutcomeSpace space, string text, string origin = "--deal")
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(text);
        var digits = Enumerable.Repeat(-1, space.Terms.Length).ToArray();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ScenarioException(origin, "", $"'{part}' is not term=value.");
            }

            var (name, value) = (part[..equals].Trim(), part[(equals + 1)..].Trim());
            var index = space.IndexOfTerm(name);
            if (index < 0)
            {
                throw new ScenarioException(origin, name, $"not a term; terms: {string.Join(", ", space.Terms.Select(t => t.Name))}.");
            }

            if (digits[index] >= 0)
            {
                throw new ScenarioException(origin, name, "given twice.");
            }

            if (!space.Terms[index].TryIndexOf(value, out digits[index]))
            {
                throw new ScenarioException(origin, name, $"'{value}' is not a value of this term; allowed: {space.Terms[index].Allowed}.");
            }
        }

        var missing = space.Terms.Where((_, i) => digits[i] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new ScenarioException(origin, "", "a deal sets every term; missing: " + string.Join("; ", missing.Select(t => $"{t.Name} ({t.Allowed})")) + ".");
        }

        return space.Compose(digits);
    }
}
