using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom;

/// <summary>
/// What each negotiator ends a table with: the deal's utility when it was signed and (where needed) ratified; the
/// negotiator's reservation when there was no deal or the deal was voted down, as the table's report says.
/// </summary>
public static class TableEnding
{
    public static bool Holds(NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status is OutcomeStatus.Signed or OutcomeStatus.Ratified;
    }

    /// <summary>Each negotiator's utility at the end, in the scenario's order, under the preferences of <paramref name="stage"/>.</summary>
    public static ImmutableArray<double> Utilities(CompiledScenario file, NegotiationResult result, int stage)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Holds(result) ? result.Utilities : [.. file.Tables.Stage(stage).Negotiators.Select(n => n.Reservation)];
    }
}
