using System.Collections.Immutable;
using NegoSim.Grains.Model.Preferences;

namespace NegoSim.Grains.Model.Parties;

/// <summary>
/// What a negotiator is told before the first round (and again when an event changes parties): its own profile,
/// its model of the other negotiators (by default their true utilities), its ratification constraint if it
/// anticipates one, and the deadline.
/// </summary>
public sealed record NegotiatorBriefing(
    NegotiatorProfile Self,
    ImmutableArray<UtilityFunction> Opponents,
    RatificationConstraint? Constraint,
    int Deadline);
