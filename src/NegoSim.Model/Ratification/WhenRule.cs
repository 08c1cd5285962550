using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>Ratification is needed when every condition holds: the deal's value of each named term is one of the listed values.</summary>
public sealed record WhenRule(ImmutableArray<TermCondition> Conditions) : RatificationRule
{
    public override OutcomeSet RequiredIn(OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var resolved = Conditions.Select(c => c.Resolve(space)).ToArray();
        return OutcomeSet.Where(space.Count, o => resolved.All(r => r.Digits.Contains(space.Digit(o, r.Term))));
    }

    public override string ToString() => "when " + string.Join(" and ", Conditions);
}
