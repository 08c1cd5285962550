namespace NegoSim.Model.Protocol;

/// <summary>The names statuses go by in reports and files.</summary>
public static class OutcomeStatusNames
{
    public static string Name(this OutcomeStatus status) => status switch
    {
        OutcomeStatus.Ratified => "ratified",
        OutcomeStatus.Signed => "signed",
        OutcomeStatus.NotRatified => "not-ratified",
        OutcomeStatus.NoAgreement => "no-agreement",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status named <paramref name="name"/> (the inverse of <see cref="Name"/>); false for any other text.</summary>
    public static bool TryParse(string? name, out OutcomeStatus status)
    {
        (var known, status) = name switch
        {
            "ratified" => (true, OutcomeStatus.Ratified),
            "signed" => (true, OutcomeStatus.Signed),
            "not-ratified" => (true, OutcomeStatus.NotRatified),
            "no-agreement" => (true, OutcomeStatus.NoAgreement),
            _ => (false, default),
        };
        return known;
    }
}
