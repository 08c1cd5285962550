using System.Collections.Immutable;
using NegoSim.Model.Parties;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Scenarios;

/// <summary>From the start of <see cref="Round"/> on, the parties are these (an event of the scenario's timeline changed them).</summary>
public sealed record ScenarioEvent(
    int Round,
    string Note,
    ImmutableArray<NegotiatorProfile> Negotiators,
    ImmutableArray<RatifierProfile> Ratifiers);
