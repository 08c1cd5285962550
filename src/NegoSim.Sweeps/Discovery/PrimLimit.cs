using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// A box's restriction of one parameter: [<see cref="Low"/>, <see cref="High"/>] for a number, or the
/// <see cref="Values"/> kept for a category; with the quasi-p-value of each restricted side (Bryant and Lempert 2010:
/// a one-sided binomial test of the box's density against the box without that side's restriction; null for a side
/// not restricted, and for a category's one test in <see cref="QuasiPLow"/>).
/// </summary>
public sealed record PrimLimit(string Parameter, double Low, double High, ImmutableArray<string> Values, double? QuasiPLow, double? QuasiPHigh)
{
    public bool IsNominal => !Values.IsDefault;
}
