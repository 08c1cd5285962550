using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>Ratification is needed when every condition holds (each a term's values, a comparison, or any/all of others).</summary>
public sealed record WhenRule(ImmutableArray<DealCondition> Conditions) : RatificationRule
{
    public override OutcomeSet RequiredIn(OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var tests = Conditions.Select(c => c.Resolve(space)).ToArray();
        return OutcomeSet.Where(space.Count, o => tests.All(t => t(o)));
    }

    public override string ToString() => "when " + string.Join(" and ", Conditions);
}
