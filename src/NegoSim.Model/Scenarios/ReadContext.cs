namespace NegoSim.Model.Scenarios;

/// <summary>One reading of a scenario document: its file, the parameter values in force, and the path overrides still to place.</summary>
internal sealed class ReadContext(string file, CompiledParts? parts = null)
{
    private readonly Dictionary<string, ParameterValue> _parameters = [];
    private readonly Dictionary<string, ScenarioOverride> _paths = [];
    private readonly HashSet<string> _placed = [];

    public string File { get; } = file;

    /// <summary>Where parts equal to those of earlier compilations are found (a template's), or null to share nothing.</summary>
    public CompiledParts? Parts { get; } = parts;

    public IReadOnlyCollection<string> ParameterNames => _parameters.Keys;

    public void DeclareParameter(string name, ParameterValue value) => _parameters[name] = value;

    public bool TryGetParameter(string name, out ParameterValue value) => _parameters.TryGetValue(name, out value!);

    public bool IsParameter(string name) => _parameters.ContainsKey(name);

    private readonly HashSet<string> _used = [];

    /// <summary>Notes that a <c>$name</c> in the document was read as the parameter's value.</summary>
    public void Use(string name) => _used.Add(name);

    /// <summary>The parameters a <c>$name</c> read so far used.</summary>
    public IReadOnlyCollection<string> Used => _used;

    /// <summary>Overrides that name no parameter are paths into the document; later ones win.</summary>
    public void AddPathOverride(ScenarioOverride value) => _paths[value.Name] = value;

    public ScenarioOverride? TakePathOverride(string path)
    {
        if (_paths.TryGetValue(path, out var value))
        {
            _placed.Add(path);
            return value;
        }

        return null;
    }

    /// <summary>Overrides of paths below <paramref name="parent"/> whose key the document does not have.</summary>
    public IEnumerable<(string Key, ScenarioOverride Value)> NewKeysUnder(string parent, IReadOnlySet<string> present)
    {
        var prefix = parent.Length == 0 ? "" : parent + ".";
        foreach (var (path, value) in _paths)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && !path[prefix.Length..].Contains('.', StringComparison.Ordinal)
                && !present.Contains(path[prefix.Length..]))
            {
                _placed.Add(path);
                yield return (path[prefix.Length..], value);
            }
        }
    }

    public IEnumerable<ScenarioOverride> Unplaced => _paths.Where(p => !_placed.Contains(p.Key)).Select(p => p.Value);

    /// <summary>The overrides that name paths into the document, in the order they were given.</summary>
    public ScenarioOverride[] PathOverrides => [.. _paths.Values];

    /// <summary>True if some override names a path into the document rather than a parameter.</summary>
    public bool HasPathOverrides => _paths.Count > 0;

    /// <summary>The path overrides strictly below <paramref name="parent"/>, in path order.</summary>
    public IEnumerable<ScenarioOverride> OverridesBelow(string parent)
    {
        if (_paths.Count == 0)
        {
            return [];
        }

        var prefix = parent + ".";
        return _paths.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value);
    }

    /// <summary>The paths placed so far.</summary>
    public string[] Placed() => [.. _placed];

    /// <summary>Marks paths as placed, as compiling a part again would have.</summary>
    public void Place(IEnumerable<string> paths) => _placed.UnionWith(paths);
}
