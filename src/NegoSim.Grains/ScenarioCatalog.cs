using NegoSim.Model.Scenarios;

namespace NegoSim.Grains;

/// <summary>
/// The scenarios a silo has compiled, keyed by <see cref="ScenarioSource.Id"/> (a hash of the files' text and the
/// set values), so that messages carry the scenario's text and each silo compiles it once. It keeps the
/// <see cref="Capacity"/> most recently used; a sweep moves through many grid points and needs only the last few.
/// </summary>
public sealed class ScenarioCatalog
{
    /// <summary>How many compiled scenarios (each with its tables) a silo keeps.</summary>
    public const int Capacity = 64;

    private readonly Dictionary<string, (Lazy<ScenarioFile> File, long Used)> _entries = [];
    private long _clock;

    /// <summary>The compiled scenario of <paramref name="source"/>, compiled now if this silo has not kept it.</summary>
    /// <exception cref="ScenarioException">The source does not make a valid scenario.</exception>
    public ScenarioFile Get(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Lazy<ScenarioFile> entry;
        lock (_entries)
        {
            if (_entries.TryGetValue(source.Id, out var found))
            {
                entry = found.File;
            }
            else
            {
                entry = new Lazy<ScenarioFile>(() => ScenarioReader.Read(source));
                Evict();
            }

            _entries[source.Id] = (entry, ++_clock);
        }

        try
        {
            return entry.Value;
        }
        catch (ScenarioException)
        {
            lock (_entries)
            {
                _entries.Remove(source.Id);
            }

            throw;
        }
    }

    /// <summary>Keeps a scenario compiled elsewhere in this process (the runner's, with an embedded silo), so it is not compiled twice.</summary>
    public void Add(ScenarioFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        lock (_entries)
        {
            if (!_entries.ContainsKey(file.Source.Id))
            {
                Evict();
            }

            _entries[file.Source.Id] = (new Lazy<ScenarioFile>(file), ++_clock);
        }
    }

    /// <summary>How many compiled scenarios are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Evict()
    {
        if (_entries.Count < Capacity)
        {
            return;
        }

        var oldest = _entries.MinBy(e => e.Value.Used).Key;
        _entries.Remove(oldest);
    }
}
