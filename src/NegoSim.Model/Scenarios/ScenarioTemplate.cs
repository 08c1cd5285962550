using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// A scenario read once and compiled at many sweep points: its files are parsed once, each point's <c>--vary</c>
/// values are put in place on the parsed form, and the points share every part that their values leave unchanged
/// (a party's utility with its table and order, a ratifier's win-set). <see cref="At"/> gives what
/// <see cref="ScenarioReader.Read"/> gives for the same source, and may be called from several threads at once.
/// </summary>
public sealed class ScenarioTemplate
{
    private const int KeptValues = 4096;

    private readonly List<Layer> _layers;
    private readonly ImmutableArray<ScenarioOverride> _sets;
    private readonly CompiledParts _parts = new();
    private readonly ConcurrentDictionary<string, ScenarioOverride> _values = new(StringComparer.Ordinal);
    private int _kept;

    /// <param name="source">The files and the <c>--set</c> values every point shares (its <c>--vary</c> values, if any, are ignored).</param>
    /// <exception cref="ScenarioException">A file is not valid YAML, or a <c>--set</c> is not NAME=VALUE.</exception>
    public ScenarioTemplate(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source.Varies.IsEmpty ? source : source.WithVaries([]);
        _layers = ScenarioReader.Layers(Source);
        _sets = [.. Source.Sets.Select(s => ScenarioOverride.Parse(s))];
    }

    /// <summary>The files and <c>--set</c> values, without <c>--vary</c> values.</summary>
    public ScenarioSource Source { get; }

    /// <summary>Compiles the scenario with these <c>--vary</c> values (each <c>NAME=VALUE</c>).</summary>
    /// <exception cref="ScenarioException">The values do not make a valid scenario.</exception>
    public CompiledScenario At(ImmutableArray<string> varies)
    {
        var overrides = new List<ScenarioOverride>(_sets.Length + varies.Length);
        overrides.AddRange(_sets);
        foreach (var vary in varies)
        {
            overrides.Add(Value(vary));
        }

        return ScenarioReader.Compile(Source.WithVaries(varies), _layers, overrides, _parts);
    }

    /// <summary>A <c>--vary</c> value, parsed once: a grid repeats each axis value at many points.</summary>
    private ScenarioOverride Value(string vary)
    {
        if (_values.TryGetValue(vary, out var parsed))
        {
            return parsed;
        }

        parsed = ScenarioOverride.Parse(vary, "--vary");
        if (Interlocked.Increment(ref _kept) > KeptValues)
        {
            _values.Clear();
            Interlocked.Exchange(ref _kept, 0);
        }

        _values[vary] = parsed;
        return parsed;
    }
}
