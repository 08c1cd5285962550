using System.Collections.Immutable;

namespace NegoSim.Sweeps.Rows;

/// <summary>
/// How a run ended, as a yes or no a sensitivity output or a discovery's outcome can name: a status (<c>ratified</c>,
/// <c>signed</c>, <c>not-ratified</c>, <c>no-agreement</c>) or <c>agreement</c> (any signature: ratified, signed or
/// not ratified).
/// </summary>
public static class OutcomeIndicator
{
    public static readonly ImmutableArray<string> Names = ["ratified", "signed", "not-ratified", "no-agreement", "agreement"];

    /// <summary>Whether a run whose status column reads <paramref name="status"/> ended as <paramref name="indicator"/> says.</summary>
    public static bool Holds(string indicator, string status) => indicator == "agreement"
        ? status is "ratified" or "signed" or "not-ratified"
        : status == indicator;
}
