using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>How much a party values each value of one term, from 0 to 1.</summary>
public abstract record ValueFunction
{
    /// <summary>The value of each of the term's values, in index order.</summary>
    /// <exception cref="ArgumentException">The function does not fit the term; the message says why and what is allowed.</exception>
    public abstract double[] Tabulate(Term term);
}
