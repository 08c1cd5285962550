using NegoSim.Silo.Runtime;

namespace NegoSim.Silo;

/// <summary>
/// A running silo: the grain directory, the idle collector and the grain factory.
/// Start it before calling grains; stopping it deactivates every activation.
/// </summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly SiloRuntime _runtime;
    private readonly IDisposable _services;
    private ITimer? _collector;

    internal SiloHost(SiloRuntime runtime, IDisposable services)
    {
        _runtime = runtime;
        _services = services;
    }

    public IGrainFactory GrainFactory => _runtime;

    public IServiceProvider Services => _runtime.Services;

    /// <summary>How many activations the directory holds now.</summary>
    public int ActivationCount => _runtime.ActivationCount;

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _runtime.IsRunning = true;
        var options = _runtime.Options;
        if (options.CollectionAge != Timeout.InfiniteTimeSpan)
        {
            _collector = options.TimeProvider.CreateTimer(
                static state => _ = ((SiloHost)state!).CollectIdleAsync(),
                this,
                options.CollectionQuantum,
                options.CollectionQuantum);
        }

        return Task.CompletedTask;
    }

    /// <summary>Deactivates every activation idle for at least <paramref name="ageLimit"/>; returns how many.</summary>
    public Task<int> ForceActivationCollectionAsync(TimeSpan ageLimit) =>
        _runtime.CollectAsync(ageLimit, new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for at least {ageLimit}."));

    /// <summary>Stops serving calls and deactivates every activation, waiting for requests in progress.</summary>
    /// <exception cref="AggregateException">Some grain's <see cref="Grain.OnDeactivateAsync"/> threw.</exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync().ConfigureAwait(false);
            _collector = null;
        }

        await _runtime.DeactivateAllAsync(new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping."))
            .WaitAsync(cancellationToken)
            .ConfigureAwait(false);
        _runtime.IsRunning = false;
        var failures = _runtime.DrainDeactivationFailures();
        if (failures.Count > 0)
        {
            throw new AggregateException("Some grains failed to deactivate.", failures);
        }
    }

    /// <summary>Stops the silo if it runs. Unlike <see cref="StopAsync"/>, never throws: failed deactivations are dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_runtime.IsRunning)
            {
                await StopAsync().ConfigureAwait(false);
            }
        }
        catch (AggregateException)
        {
            // Dispose must not throw; callers who care about deactivation failures call StopAsync.
        }

        _services.Dispose();
    }

    private Task CollectIdleAsync() =>
        _runtime.CollectAsync(
            _runtime.Options.CollectionAge,
            new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for longer than {_runtime.Options.CollectionAge}."));
}
