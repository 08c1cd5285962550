using System.Collections.Immutable;
using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Scenarios;

/// <summary>A scenario read from a file: the playable model, and its parameters with the values this reading used.</summary>
public sealed record ScenarioFile(string Path, Scenario Scenario, ImmutableArray<ScenarioParameter> Parameters);
