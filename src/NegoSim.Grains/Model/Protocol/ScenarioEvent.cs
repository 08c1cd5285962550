using System.Collections.Immutable;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>From the start of <see cref="Round"/> on, the parties are these (an event of the scenario's timeline changed them).</summary>
public sealed record ScenarioEvent(
    int Round,
    string Note,
    ImmutableArray<NegotiatorProfile> Negotiators,
    ImmutableArray<RatifierProfile> Ratifiers);
