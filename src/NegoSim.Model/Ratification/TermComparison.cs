using System.Globalization;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>A condition on a numeric term of a deal: its value is above, below, at least or at most <see cref="Bound"/>.</summary>
public sealed record TermComparison(string Term, Comparison Comparison, double Bound) : DealCondition
{
    public override Func<int, bool> Resolve(OutcomeSpace space)
    {
        var index = TermIndex(space, Term);
        if (space.Terms[index] is not RangeTerm range)
        {
            throw new ArgumentException($"'{Term}' is not a numeric term, so it cannot be compared with a number; name its values instead, e.g. {Term}: [{space.Terms[index].Allowed}].");
        }

        var holds = range.Points.Select(Holds).ToArray();
        return o => holds[space.Digit(o, index)];
    }

    private bool Holds(double value) => Comparison switch
    {
        Comparison.Above => value > Bound,
        Comparison.Below => value < Bound,
        Comparison.AtLeast => value >= Bound,
        _ => value <= Bound,
    };

    public override string ToString() =>
        $"{Term} {Comparison switch { Comparison.Above => ">", Comparison.Below => "<", Comparison.AtLeast => ">=", _ => "<=" }} {Bound.ToString("R", CultureInfo.InvariantCulture)}";
}
