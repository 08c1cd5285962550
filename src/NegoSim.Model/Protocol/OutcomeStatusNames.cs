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
}
