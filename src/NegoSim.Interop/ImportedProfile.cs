using System.Collections.Immutable;

namespace NegoSim.Interop;

/// <summary>
/// One party's profile from a GENIUS or GeniusWeb file: its name (the file's stem), each issue's weight and values,
/// its reservation (a utility), and its discount factor over the negotiation's time (1: none).
/// </summary>
public sealed record ImportedProfile(
    string Name,
    string File,
    ImmutableDictionary<string, double> Weights,
    ImmutableDictionary<string, ImportedValues> Values,
    double Reservation,
    double Discount);
