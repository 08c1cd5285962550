using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>The activation directory and the call path: reference → activation → turn → grain method.</summary>
internal sealed class SiloRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentQueue<Exception> _deactivationFailures = new();
    private readonly GrainTypeMap _types;
    private volatile bool _running;

    public SiloRuntime(GrainTypeMap types, SiloOptions options, IServiceProvider services)
    {
        _types = types;
        Options = options;
        Services = services;
    }

    public SiloOptions Options { get; }

    public IServiceProvider Services { get; }

    public IGrainFactory GrainFactory => this;

    public int ActivationCount => _activations.Count;

    public bool IsRunning
    {
        get => _running;
        set => _running = value;
    }

    public long Now() => Options.TimeProvider.GetTimestamp();

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        var grainClass = _types.ClassOf(typeof(TGrainInterface));
        var proxy = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)proxy).Bind(this, new GrainId(grainClass, primaryKey));
        return proxy;
    }

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(KeyValuePair.Create(activation.Id, activation));

    public void ReportDeactivationFailure(GrainId id, Exception exception) =>
        _deactivationFailures.Enqueue(new InvalidOperationException($"OnDeactivateAsync of {id} failed: {exception.Message}", exception));

    public IReadOnlyList<Exception> DrainDeactivationFailures()
    {
        var failures = new List<Exception>();
        while (_deactivationFailures.TryDequeue(out var failure))
        {
            failures.Add(failure);
        }

        return failures;
    }

    public object Invoke(GrainReference reference, MethodInfo targetMethod, object?[]? args)
    {
        var method = _types.MethodOf(targetMethod);
        if (!_running)
        {
            return method.Fault(new InvalidOperationException($"{method.ActivityName} was called on a silo that is not running."));
        }

        var caller = Activity.Current;
        var activity = SiloTelemetry.StartCall(method, reference.Id);
        var activation = reference.Activation;
        if (activation is null || activation.State != ActivationState.Valid)
        {
            activation = reference.Activation = _activations.GetOrAdd(reference.Id, static (id, runtime) => new ActivationData(runtime, id), this);
        }

        Task result;
        if (activation.State == ActivationState.Valid && activation.TryEnterTurn())
        {
            if (activation.State == ActivationState.Valid)
            {
                var running = method.Invoke(activation.Instance!, args);
                if (running.IsCompleted)
                {
                    activation.ExitTurn();
                    SiloTelemetry.Stop(activity, running);
                    return running;
                }

                activation.ExitTurnWhenDone(running);
                result = method.Complete(AwaitResponseAsync(method, reference.Id, running, Deadline(), activity));
            }
            else
            {
                activation.ExitTurn();
                result = method.Complete(CallSlowAsync(method, reference, args, activity));
            }
        }
        else
        {
            result = method.Complete(CallSlowAsync(method, reference, args, activity));
        }

        if (activity is not null)
        {
            Activity.Current = caller;
        }

        return result;
    }

    private async Task<Task> CallSlowAsync(GrainMethod method, GrainReference reference, object?[]? args, Activity? activity)
    {
        var deadline = Deadline();
        try
        {
            while (true)
            {
                var activation = _activations.GetOrAdd(reference.Id, static (id, runtime) => new ActivationData(runtime, id), this);
                if (!await activation.EnterTurnAsync(Remaining(deadline)).ConfigureAwait(false))
                {
                    throw ResponseTimeout(method, reference.Id);
                }

                if (activation.State is ActivationState.Defunct or ActivationState.Deactivating)
                {
                    activation.ExitTurn();
                    continue;
                }

                try
                {
                    await activation.EnsureActivatedAsync(Remaining(deadline)).ConfigureAwait(false);
                }
                catch
                {
                    activation.ExitTurn();
                    throw;
                }

                reference.Activation = activation;
                var running = method.Invoke(activation.Instance!, args);
                activation.ExitTurnWhenDone(running);
                return await AwaitResponseAsync(method, reference.Id, running, deadline, activity: null).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (activity is not null)
        {
            SiloTelemetry.Stop(activity, Task.FromException(exception));
            activity = null;
            throw;
        }
        finally
        {
            activity?.Stop();
        }
    }

    private async Task<Task> AwaitResponseAsync(GrainMethod method, GrainId id, Task running, long deadline, Activity? activity)
    {
        try
        {
            await running.WaitAsync(Remaining(deadline), Options.TimeProvider).ConfigureAwait(false);
            return running;
        }
        catch (TimeoutException) when (!running.IsCompleted)
        {
            throw ResponseTimeout(method, id);
        }
        finally
        {
            SiloTelemetry.Stop(activity, running);
        }
    }

    public async Task<int> CollectAsync(TimeSpan ageLimit, DeactivationReason reason)
    {
        var idleSince = Now() - (long)(ageLimit.TotalSeconds * Options.TimeProvider.TimestampFrequency);
        var deactivations = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            if (activation.TryCollect(idleSince, reason) is { } deactivation)
            {
                deactivations.Add(deactivation);
            }
        }

        await Task.WhenAll(deactivations).ConfigureAwait(false);
        return deactivations.Count;
    }

    public Task DeactivateAllAsync(DeactivationReason reason) =>
        Task.WhenAll(_activations.Values.Select(a => a.DeactivateAsync(reason)));

    private long Deadline() =>
        Options.ResponseTimeout == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Now() + (long)(Options.ResponseTimeout.TotalSeconds * Options.TimeProvider.TimestampFrequency);

    private TimeSpan Remaining(long deadline)
    {
        if (deadline == long.MaxValue)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var remaining = Options.TimeProvider.GetElapsedTime(Now(), deadline);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private TimeoutException ResponseTimeout(GrainMethod method, GrainId id) =>
        new($"Response did not arrive on time in {Options.ResponseTimeout} for {method.InterfaceName}.{method.Name}() on grain " +
            $"{id.Class.Name} with key '{id.Key}'. A call cycle between non-reentrant grains ends this way: " +
            "break the cycle or mark a grain class [Reentrant].");
}
