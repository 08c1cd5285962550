using System.Collections.Concurrent;
using System.Collections.Immutable;
using NegoSim.Classroom.Grains;
using NegoSim.Grains;
using NegoSim.Model.Scenarios;

namespace NegoSim.Classroom;

/// <summary>
/// The scenarios a server's classrooms play: the one <c>negosim serve</c> was started with (<see cref="Default"/>),
/// the same file with a session's own <c>--set</c> values, and those of sessions kept from earlier runs (each
/// classroom keeps its scenario's source). Each is compiled once and found by a classroom's code.
/// </summary>
public sealed class ServedScenarios(ServedScenario served, ScenarioCatalog catalog, IClusterClient client)
{
    private readonly ConcurrentDictionary<string, ServedScenario> _bySource = new(StringComparer.Ordinal) { [served.File.Source.Id] = served };
    private readonly ConcurrentDictionary<string, ServedScenario> _byCode = new(StringComparer.Ordinal);

    public ServedScenario Default { get; } = served;

    /// <summary>The scenario the server was started with, with <paramref name="sets"/> added to its own <c>--set</c> values.</summary>
    /// <exception cref="ScenarioException">A value does not make a valid scenario.</exception>
    public ServedScenario WithSets(ImmutableArray<string> sets) =>
        sets.IsDefaultOrEmpty ? Default : Of(new ScenarioSource(Default.File.Source.Files, Default.File.Source.Sets.AddRange(sets)));

    /// <summary>The scenario of a classroom, or null when no classroom has this code.</summary>
    public async Task<ServedScenario?> OfClassroomAsync(string code)
    {
        if (_byCode.TryGetValue(code, out var known))
        {
            return known;
        }

        if (await client.GetGrain<IClassroomGrain>(code).Opening() is not { } opening)
        {
            return null;
        }

        return _byCode[code] = Of(opening.Scenario);
    }

    /// <summary>Forgets a deleted classroom.</summary>
    public void Forget(string code) => _byCode.TryRemove(code, out _);

    private ServedScenario Of(ScenarioSource source) => _bySource.GetOrAdd(source.Id, _ => new ServedScenario(catalog.Get(source)));
}
