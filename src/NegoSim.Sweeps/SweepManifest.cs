using System.Text.Json;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>What a sweep's output file came from, written beside it as <c>FILE.json</c>: enough to check, resume and merge it.</summary>
public sealed record SweepManifest
{
    public required string NegosimVersion { get; init; }

    public required string ScenarioFile { get; init; }

    public required string ScenarioSha256 { get; init; }

    public required string ScenarioName { get; init; }

    /// <summary>Each file the scenario was read from, with the SHA-256 of its text (null in manifests written before 0.15).</summary>
    public IReadOnlyList<ManifestFile>? ScenarioFiles { get; init; }

    public required IReadOnlyList<string> Command { get; init; }

    public required IReadOnlyList<string> Sets { get; init; }

    public required ulong MasterSeed { get; init; }

    public required int RunsPerPoint { get; init; }

    public required IReadOnlyList<ManifestAxis> Grid { get; init; }

    /// <summary>With <c>--sample N</c>, N: the grid's points were drawn from its axes' distributions (each recorded as <c>~uniform(a,b)</c>).</summary>
    public int? Sample { get; init; }

    public required string Format { get; init; }

    public required string? Shard { get; init; }

    public required long Runs { get; init; }

    public required DateTimeOffset Started { get; init; }

    public DateTimeOffset? Finished { get; init; }

    public bool Interrupted { get; init; }

    public IReadOnlyDictionary<string, long> Counts { get; init; } = new Dictionary<string, long>();

    /// <summary>The Redis (HOST:PORT) of the cluster the sweep ran on, or null for an embedded silo or the direct engine.</summary>
    public string? Cluster { get; init; }

    /// <summary>How many silos the cluster had when the sweep started on it.</summary>
    public int? Silos { get; init; }

    /// <summary>How the columns are named: <c>plain</c> (as written; null in manifests before 0.31) or <c>r</c> (R-safe).</summary>
    public string? Columns { get; init; }

    /// <summary>How the runs' seeds were made, in words (null in manifests before common random numbers).</summary>
    public string? Seeds { get; init; }

    /// <summary>For the rows of a sensitivity design, the design (<c>sobol(N=1024)</c>, <c>morris(N=20, levels=4)</c>); its points are then its rows.</summary>
    public string? Design { get; init; }

    /// <summary>For a merged file, the <c>negosim merge</c> command that joined its shards (<see cref="Command"/> stays the sweep's).</summary>
    public IReadOnlyList<string>? Merge { get; init; }

    /// <summary>True if the two describe the same sweep (scenario, settings, grid, runs, seed, format): rows from one may continue or join the other.</summary>
    public bool SameSweepAs(SweepManifest other) => DifferenceFrom(other) is null;

    /// <summary>What makes the two different sweeps, in words (the first difference found), or null if they are the same sweep.</summary>
    public string? DifferenceFrom(SweepManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ScenarioSha256 != other.ScenarioSha256)
        {
            var changed = (ScenarioFiles ?? []).Zip(other.ScenarioFiles ?? []).FirstOrDefault(p => p.First.Path == p.Second.Path && p.First.Sha256 != p.Second.Sha256);
            return changed.First is { } file
                ? $"the scenario file {file.Path} has changed (its SHA-256 differs)"
                : "the scenario's files differ (their SHA-256 differs)";
        }

        return MasterSeed != other.MasterSeed ? $"the seed differs ({MasterSeed} and {other.MasterSeed})"
            : RunsPerPoint != other.RunsPerPoint ? $"--runs differs ({RunsPerPoint} and {other.RunsPerPoint})"
            : Format != other.Format ? $"the format differs ({Format} and {other.Format})"
            : (Columns ?? "plain") != (other.Columns ?? "plain") ? $"--columns differs ({Columns ?? "plain"} and {other.Columns ?? "plain"})"
            : (Seeds is null) != (other.Seeds is null) ? "its seeds were made another way (a file written before common random numbers)"
            : !Sets.SequenceEqual(other.Sets) ? "the --set values differ"
            : Design != other.Design ? $"the design differs ({Design ?? "none"} and {other.Design ?? "none"})"
            : Sample != other.Sample ? "--sample differs"
            : Grid.Count != other.Grid.Count || Grid.Zip(other.Grid).Any(p => p.First.Name != p.Second.Name || !p.First.Values.SequenceEqual(p.Second.Values)) ? "the --vary axes differ"
            : null;
    }

    public static string PathFor(string output) => output + ".json";

    public void Write(string path)
    {
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(this, ManifestJson.Relaxed.SweepManifest) + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static SweepManifest Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Relaxed.SweepManifest)
                ?? throw new InputException($"{path}: empty manifest.");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the sweep's manifest ({e.Message}).");
        }
    }
}
