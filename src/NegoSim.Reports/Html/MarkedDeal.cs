using System.Collections.Immutable;

namespace NegoSim.Reports.Html;

/// <summary>An agreement to mark on the outcome space: who reached it (<see cref="Label"/>), how it ended (<see cref="Kind"/>, its colour), the negotiators' utilities and the deal (−1: none).</summary>
public sealed record MarkedDeal(string Label, string Kind, ImmutableArray<double> Utilities, int Deal);
