using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>What a ratifier is told: the outcome space and its own profile.</summary>
public sealed record RatifierBriefing(OutcomeSpace Space, RatifierProfile Profile);
