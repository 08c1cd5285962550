using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Scenarios;

/// <summary>Two terms are the same if they have the same name and the same values.</summary>
public sealed class TermComparer : IEqualityComparer<Term>
{
    public static TermComparer Instance { get; } = new();

    public bool Equals(Term? x, Term? y) =>
        x is not null && y is not null && x.Name == y.Name && x.Count == y.Count
        && Enumerable.Range(0, x.Count).All(i => x.Label(i) == y.Label(i));

    public int GetHashCode(Term obj) => HashCode.Combine(obj.Name, obj.Count);
}
