using System.Collections.Immutable;

namespace NegoSim.Interop;

/// <summary>A domain read from GENIUS XML or GeniusWeb JSON: its name, its issues, its profiles (sorted by file name), and the format.</summary>
public sealed record ImportedDomain(string Name, string Format, ImmutableArray<ImportedIssue> Issues, ImmutableArray<ImportedProfile> Profiles)
{
    /// <summary>How many outcomes the domain has (options times options, numbers counted by their steps).</summary>
    public long Outcomes => Issues.Aggregate(1L, (n, i) => n * (i.IsNumeric ? (long)Math.Round((i.High - i.Low) / i.Step) + 1 : i.Options.Length));
}
