using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Telemetry;

/// <summary>
/// What a traced run's <c>negotiation</c> span says beyond the model: the run's number in its sweep (null for a run
/// of its own, which is named by its seed) and the parameters in force (each a <c>negosim.parameter.NAME</c> attribute).
/// </summary>
public sealed record RunTrace(long? Run, ImmutableArray<ScenarioParameter> Parameters);
