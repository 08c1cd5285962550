using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps;

/// <summary>Counts of runs by outcome, the mean round of signature and each negotiator's mean utility: for the whole sweep, or one grid cell.</summary>
public sealed class SweepTally
{
    /// <summary>Where error rows are counted, after the statuses.</summary>
    private static readonly int Error = Enum.GetValues<OutcomeStatus>().Length;

    private readonly long[] _byStatus = new long[Error + 1];
    private double[] _utilitySums = [];
    private long _rounds;

    public long Runs { get; private set; }

    /// <summary>Runs that could not be played (error rows, <c>status=error</c>).</summary>
    public long Errors => _byStatus[Error];

    /// <summary>Runs that ended in a signature, ratified or not.</summary>
    public long Signed => Count(OutcomeStatus.Signed) + Voted;

    /// <summary>Runs that went to a vote (ratified or not).</summary>
    public long Voted => Count(OutcomeStatus.Ratified) + Count(OutcomeStatus.NotRatified);

    /// <summary>Runs played (all but error rows): what the mean utilities are over.</summary>
    public long Played { get; private set; }

    public long Count(OutcomeStatus status) => _byStatus[(int)status];

    /// <summary>Runs with the status named <paramref name="status"/> ("error" for error rows); 0 for a name no status has.</summary>
    public long Count(string status) =>
        status == "error" ? Errors : OutcomeStatusNames.TryParse(status, out var known) ? Count(known) : 0;

    /// <summary>The mean round of signature over signed runs, or null if none was signed.</summary>
    public double? MeanRound => Signed == 0 ? null : (double)_rounds / Signed;

    /// <summary>Negotiator <paramref name="index"/>'s mean utility over the runs played, or null if none was.</summary>
    public double? MeanUtility(int index) => Played == 0 || index >= _utilitySums.Length ? null : _utilitySums[index] / Played;

    /// <summary>
    /// Counts one run: its status (null for an error row), its round (counted if signed) and each negotiator's
    /// utility (counted if played; an error row has none).
    /// </summary>
    public void Add(OutcomeStatus? status, int round, ReadOnlySpan<double> utilities)
    {
        Runs++;
        _byStatus[status is { } s ? (int)s : Error]++;
        if (status is OutcomeStatus.Signed or OutcomeStatus.Ratified or OutcomeStatus.NotRatified)
        {
            _rounds += round;
        }

        if (status is not null && utilities.Length > 0)
        {
            if (_utilitySums.Length < utilities.Length)
            {
                Array.Resize(ref _utilitySums, utilities.Length);
            }

            for (var i = 0; i < utilities.Length; i++)
            {
                _utilitySums[i] += utilities[i];
            }

            Played++;
        }
    }

    /// <summary>Counts by status name, errors under "error"; only those with runs.</summary>
    public IReadOnlyDictionary<string, long> ByStatus
    {
        get
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var status in Enum.GetValues<OutcomeStatus>())
            {
                if (Count(status) > 0)
                {
                    counts[status.Name()] = Count(status);
                }
            }

            if (Errors > 0)
            {
                counts["error"] = Errors;
            }

            return counts;
        }
    }
}
