namespace NegoSim.Runner.Sweeps;

/// <summary>Counts of runs by outcome, the mean round of signature and each negotiator's mean utility: for the whole sweep, or one grid cell.</summary>
public sealed class SweepTally
{
    private readonly Dictionary<string, long> _byStatus = new(StringComparer.Ordinal);
    private double[] _utilitySums = [];
    private long _rounds;

    public long Runs { get; private set; }

    /// <summary>Runs that could not be played (error rows, <c>status=error</c>).</summary>
    public long Errors => Count("error");

    /// <summary>Runs that ended in a signature, ratified or not.</summary>
    public long Signed => Count("signed") + Count("ratified") + Count("not-ratified");

    /// <summary>Runs that went to a vote (ratified or not).</summary>
    public long Voted => Count("ratified") + Count("not-ratified");

    /// <summary>Runs played (all but error rows): what the mean utilities are over.</summary>
    public long Played { get; private set; }

    public long Count(string status) => _byStatus.GetValueOrDefault(status);

    /// <summary>The mean round of signature over signed runs, or null if none was signed.</summary>
    public double? MeanRound => Signed == 0 ? null : (double)_rounds / Signed;

    /// <summary>Negotiator <paramref name="index"/>'s mean utility over the runs played, or null if none was.</summary>
    public double? MeanUtility(int index) => Played == 0 || index >= _utilitySums.Length ? null : _utilitySums[index] / Played;

    /// <summary>Counts one run; a null or empty status is an error row. <paramref name="round"/> counts if signed.</summary>
    public void Add(string? status, int round = 0, IReadOnlyList<double>? utilities = null)
    {
        Runs++;
        var key = string.IsNullOrEmpty(status) ? "error" : status;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byStatus, key, out _)++;
        if (key is "signed" or "ratified" or "not-ratified")
        {
            _rounds += round;
        }

        if (utilities is not null && key != "error")
        {
            if (_utilitySums.Length < utilities.Count)
            {
                Array.Resize(ref _utilitySums, utilities.Count);
            }

            for (var i = 0; i < utilities.Count; i++)
            {
                _utilitySums[i] += utilities[i];
            }

            Played++;
        }
    }

    /// <summary>Counts by status name, errors under "error".</summary>
    public IReadOnlyDictionary<string, long> ByStatus => new SortedDictionary<string, long>(_byStatus, StringComparer.Ordinal);
}
