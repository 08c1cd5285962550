using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>A condition on one term of a deal: its value is one of <see cref="Values"/>.</summary>
public sealed record TermCondition(string Term, ImmutableArray<string> Values) : DealCondition
{
    /// <summary>The term's index and the value indices the condition allows.</summary>
    /// <exception cref="ArgumentException">The term or a value is not in the space.</exception>
    public (int Term, ImmutableHashSet<int> Digits) Digits(OutcomeSpace space)
    {
        var index = TermIndex(space, Term);
        var term = space.Terms[index];
        var digits = ImmutableHashSet.CreateBuilder<int>();
        foreach (var value in Values)
        {
            if (term.TryIndexOf(value, out var digit))
            {
                digits.Add(digit);
            }
            else if (!term.IsOnScale(value))
            {
                throw new ArgumentException($"'{value}' is not a value of term '{Term}'; allowed: {term.Allowed}.");
            }

            // A value of the scale that is not on the table is allowed: no deal can have it, so it never matches.
        }

        return (index, digits.ToImmutable());
    }

    public override Func<int, bool> Resolve(OutcomeSpace space)
    {
        var (term, digits) = Digits(space);
        return o => digits.Contains(space.Digit(o, term));
    }

    public override string ToString() => $"{Term} in [{string.Join(", ", Values)}]";
}
