using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// A compiled scenario: the source it was compiled from, the playable model, its parameters with the values in force,
/// and its <see cref="Tables"/>, built on first use and owned by this object.
/// </summary>
public sealed record CompiledScenario(ScenarioSource Source, Scenario Scenario, ImmutableArray<ScenarioParameter> Parameters)
{
    /// <summary>A scenario compiled from a template, whose tables take the sets it shares with the template's other scenarios.</summary>
    internal CompiledScenario(ScenarioSource source, Scenario scenario, ImmutableArray<ScenarioParameter> parameters, CompiledParts? parts)
        : this(source, scenario, parameters)
    {
        Tables = new ScenarioTables(scenario, parts);
    }

    /// <summary>How errors and reports name the scenario's file.</summary>
    public string Path => Source.File;

    public ScenarioTables Tables { get; } = new(Scenario);
}
