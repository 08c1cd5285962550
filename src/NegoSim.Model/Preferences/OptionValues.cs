using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>A value from 0 to 1 for each option of an option term; every option must be listed.</summary>
public sealed record OptionValues(ImmutableDictionary<string, double> Values) : ValueFunction
{
    public override double[] Tabulate(Term term)
    {
        if (term is not OptionTerm options)
        {
            throw new ArgumentException($"values: term '{term?.Name}' is numeric; use best/worst or points.");
        }

        foreach (var (option, value) in Values)
        {
            if (!options.IsOnScale(option))
            {
                throw new ArgumentException($"values: '{option}' is not an option of term '{term.Name}'; allowed: {string.Join(", ", options.Scale)}.");
            }

            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentException($"values: {option} is {value}; values must lie in [0, 1].");
            }
        }

        var missing = options.Scale.Where(o => !Values.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"values: every option of term '{term.Name}' needs a value; missing: {string.Join(", ", missing)}.");
        }

        return [.. options.Options.Select(o => Values[o])];
    }
}
