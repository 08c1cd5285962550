using System.Collections.Immutable;

namespace NegoSim.Interop;

/// <summary>
/// An issue of an imported domain (a NegoSim term): named options, or numbers from <see cref="Low"/> to
/// <see cref="High"/> in steps of <see cref="Step"/>. <see cref="Source"/> is its name in the file.
/// </summary>
public sealed record ImportedIssue(string Source, ImmutableArray<string> Options, double Low = 0, double High = 0, double Step = 0)
{
    public bool IsNumeric => Options.IsDefaultOrEmpty;
}
