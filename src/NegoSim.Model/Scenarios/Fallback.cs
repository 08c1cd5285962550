using System.Collections.Immutable;
using System.Globalization;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// What happens without a deal, named (<c>fallbacks:</c>): either an outcome of the space (<see cref="Deal"/>, each
/// party's reservation is then its utility of it) or a worth for each party that names it (<see cref="Worth"/>).
/// </summary>
public sealed record Fallback(string Name, int Deal, ImmutableSortedDictionary<string, double> Worth)
{
    /// <summary>Its content as text: parties compiled for another sweep point are reused only when their fallbacks read the same.</summary>
    public string Key => Deal >= 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Name}={Deal}")
        : $"{Name}={string.Join(",", Worth.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key}:{w.Value:R}")))}";
}
