using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>Holds when every one of <see cref="Conditions"/> holds (<c>all: [...]</c>, and the terms of one mapping).</summary>
public sealed record AllCondition(ImmutableArray<DealCondition> Conditions) : DealCondition
{
    public override Func<int, bool> Resolve(OutcomeSpace space)
    {
        var tests = Conditions.Select(c => c.Resolve(space)).ToArray();
        return o => tests.All(t => t(o));
    }

    public override string ToString() => $"all of ({string.Join("; ", Conditions)})";
}
