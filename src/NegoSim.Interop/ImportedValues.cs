using System.Collections.Immutable;

namespace NegoSim.Interop;

/// <summary>
/// What a profile gives the values of one issue: a utility per option (<see cref="Options"/>), or a straight line
/// through (<see cref="LowValue"/>, <see cref="LowUtility"/>) and (<see cref="HighValue"/>, <see cref="HighUtility"/>)
/// for a numeric issue.
/// </summary>
public sealed record ImportedValues(
    ImmutableDictionary<string, double>? Options,
    double LowValue = 0,
    double LowUtility = 0,
    double HighValue = 0,
    double HighUtility = 0)
{
    /// <summary>The utility of option <paramref name="option"/> (0 when the profile gives it none, as GENIUS and GeniusWeb take it), or of number <paramref name="x"/> on the line.</summary>
    public double Of(string option, double x) =>
        Options is not null
            ? Options.GetValueOrDefault(option)
            : HighValue == LowValue ? LowUtility : LowUtility + ((x - LowValue) * (HighUtility - LowUtility) / (HighValue - LowValue));
}
