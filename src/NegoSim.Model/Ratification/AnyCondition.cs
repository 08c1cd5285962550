using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>Holds when at least one of <see cref="Conditions"/> holds (<c>any: [...]</c>).</summary>
public sealed record AnyCondition(ImmutableArray<DealCondition> Conditions) : DealCondition
{
    public override Func<int, bool> Resolve(OutcomeSpace space)
    {
        var tests = Conditions.Select(c => c.Resolve(space)).ToArray();
        return o => tests.Any(t => t(o));
    }

    public override string ToString() => $"any of ({string.Join("; ", Conditions)})";
}
