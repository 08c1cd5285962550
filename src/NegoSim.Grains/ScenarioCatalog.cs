using NegoSim.Model.Scenarios;

namespace NegoSim.Grains;

/// <summary>
/// The scenarios a silo has compiled, keyed by <see cref="ScenarioSource.Id"/> (a hash of the files' text and the
/// values), so that messages carry the scenario's text and each silo compiles it once. It keeps the
/// <see cref="Capacity"/> most recently used; a sweep moves through many grid points and needs only the last few.
/// A sweep point (a source with <c>--vary</c> values) is compiled from its sweep's <see cref="ScenarioTemplate"/>,
/// kept here too, so that the silo parses the sweep's files once and its points share what they can.
/// </summary>
public sealed class ScenarioCatalog
{
    /// <summary>How many compiled scenarios (each with its tables) a silo keeps.</summary>
    public const int Capacity = 64;

    /// <summary>How many sweeps' templates a silo keeps.</summary>
    private const int Templates = 8;

    private readonly Dictionary<string, (Lazy<CompiledScenario> File, long Used)> _entries = [];
    private readonly Dictionary<string, (Lazy<ScenarioTemplate> Template, long Used)> _templates = [];
    private readonly Dictionary<string, (CompiledScenario File, int Loans)> _lent = [];
    private long _clock;

    /// <summary>The compiled scenario of <paramref name="source"/>, compiled now if this silo has not kept it.</summary>
    /// <exception cref="ScenarioException">The source does not make a valid scenario.</exception>
    public CompiledScenario Get(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Lazy<CompiledScenario> entry;
        lock (_entries)
        {
            if (_lent.TryGetValue(source.Id, out var lent))
            {
                return lent.File;
            }

            if (_entries.TryGetValue(source.Id, out var found))
            {
                entry = found.File;
            }
            else
            {
                entry = new Lazy<CompiledScenario>(() => source.Varies.IsEmpty ? ScenarioReader.Read(source) : TemplateOf(source).At(source.Varies));
                Evict(_entries, Capacity);
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
    public void Add(CompiledScenario file)
    {
        ArgumentNullException.ThrowIfNull(file);
        lock (_entries)
        {
            if (!_entries.ContainsKey(file.Source.Id))
            {
                Evict(_entries, Capacity);
            }

            _entries[file.Source.Id] = (new Lazy<CompiledScenario>(file), ++_clock);
        }
    }

    /// <summary>
    /// Lends a scenario compiled elsewhere in this process (the runner's, with an embedded silo) until the lease is
    /// disposed: calls made meanwhile use it rather than compile it again, however many other scenarios come and go.
    /// </summary>
    public IDisposable Lend(CompiledScenario file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var id = file.Source.Id;
        lock (_entries)
        {
            _lent[id] = _lent.TryGetValue(id, out var lent) ? (lent.File, lent.Loans + 1) : (file, 1);
        }

        return new Lease(this, id);
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

    /// <summary>The template of a sweep point's files and <c>--set</c> values.</summary>
    private ScenarioTemplate TemplateOf(ScenarioSource point)
    {
        var shared = point.WithVaries([]);
        Lazy<ScenarioTemplate> template;
        lock (_entries)
        {
            if (_templates.TryGetValue(shared.Id, out var found))
            {
                template = found.Template;
            }
            else
            {
                template = new Lazy<ScenarioTemplate>(() => new ScenarioTemplate(shared));
                Evict(_templates, Templates);
            }

            _templates[shared.Id] = (template, ++_clock);
        }

        return template.Value;
    }

    private void Return(string id)
    {
        lock (_entries)
        {
            if (_lent.TryGetValue(id, out var lent))
            {
                if (lent.Loans > 1)
                {
                    _lent[id] = (lent.File, lent.Loans - 1);
                }
                else
                {
                    _lent.Remove(id);
                }
            }
        }
    }

    private static void Evict<T>(Dictionary<string, (T Value, long Used)> entries, int capacity)
    {
        if (entries.Count < capacity)
        {
            return;
        }

        var oldest = entries.MinBy(e => e.Value.Used).Key;
        entries.Remove(oldest);
    }

    /// <summary>A loan of <see cref="Lend"/>: disposing it returns the scenario (once).</summary>
    private sealed class Lease(ScenarioCatalog catalog, string id) : IDisposable
    {
        private int _returned;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                catalog.Return(id);
            }
        }
    }
}
