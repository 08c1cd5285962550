using System.Collections.Concurrent;

namespace NegoSim.Silo.Tests.Grains;

/// <summary>What the test grains did, in order; injected into them from DI.</summary>
public sealed class LifecycleLog
{
    private readonly ConcurrentQueue<string> _events = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaited = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Add(string entry)
    {
        _events.Enqueue(entry);
        Awaited(entry).TrySetResult();
    }

    public int Count(string entry) => _events.Count(e => e == entry);

    /// <summary>Completes when <paramref name="entry"/> has been logged (at once if it was already).</summary>
    public Task WhenLogged(string entry)
    {
        var awaited = Awaited(entry);
        if (_events.Contains(entry))
        {
            awaited.TrySetResult();
        }

        return awaited.Task;
    }

    private TaskCompletionSource Awaited(string entry) =>
        _awaited.GetOrAdd(entry, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
