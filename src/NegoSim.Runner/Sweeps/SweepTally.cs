namespace NegoSim.Runner.Sweeps;

/// <summary>Counts of runs by outcome: for the whole sweep, or one grid cell.</summary>
public sealed class SweepTally
{
    private readonly Dictionary<string, long> _byStatus = new(StringComparer.Ordinal);

    public long Runs { get; private set; }

    /// <summary>Runs that could not be played (error rows, <c>status=error</c>).</summary>
    public long Errors => Count("error");

    /// <summary>Runs that ended in a signature, ratified or not.</summary>
    public long Signed => Count("signed") + Count("ratified") + Count("not-ratified");

    public long Count(string status) => _byStatus.GetValueOrDefault(status);

    /// <summary>Counts one run; a null or empty status is an error row.</summary>
    public void Add(string? status)
    {
        Runs++;
        var key = string.IsNullOrEmpty(status) ? "error" : status;
        _byStatus[key] = _byStatus.GetValueOrDefault(key) + 1;
    }

    /// <summary>Counts by status name, errors under "error".</summary>
    public IReadOnlyDictionary<string, long> ByStatus => new SortedDictionary<string, long>(_byStatus, StringComparer.Ordinal);
}
