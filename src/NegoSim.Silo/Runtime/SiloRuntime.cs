using System.Collections.Concurrent;
using System.Diagnostics;

namespace NegoSim.Silo.Runtime;

/// <summary>The activation directory and the call path: reference → activation → turn → grain method.</summary>
internal sealed class SiloRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentDictionary<Type, Func<GrainReference>> _references = new();
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
        var reference = _references.GetOrAdd(typeof(TGrainInterface), GrainReferenceFactory.For)();
        reference.Bind(this, new GrainId(grainClass, primaryKey));
        return (TGrainInterface)(object)reference;
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

    public ValueTask<TResult> Invoke<TArgs, TResult>(GrainReference reference, GrainMethod<TArgs, TResult> method, TArgs args)
    {
        if (!_running)
        {
            return ValueTask.FromException<TResult>(new InvalidOperationException($"{method.ActivityName} was called on a silo that is not running."));
        }

        var activity = SiloTelemetry.StartCall(method, reference.Id);
        var activation = reference.Activation;
        if (activation is null || activation.State != ActivationState.Valid)
        {
            activation = reference.Activation = _activations.GetOrAdd(reference.Id, static (id, runtime) => new ActivationData(runtime, id), this);
        }

        var result = Call(method, reference, activation, args, activity);
        if (activity is not null)
        {
            // The call's span may still be open (the call is waiting); the caller carries on under its own.
            Activity.Current = activity.Parent;
        }

        return result;
    }

    /// <summary>
    /// The fast path: a valid activation whose turn is free runs the method on the caller's thread; a fresh one whose
    /// <see cref="Grain.OnActivateAsync"/> finishes at once is activated the same way. Anything that must wait goes
    /// to <see cref="CallSlowAsync"/>, handing over the turn if it already holds it.
    /// </summary>
    private ValueTask<TResult> Call<TArgs, TResult>(
        GrainMethod<TArgs, TResult> method, GrainReference reference, ActivationData activation, TArgs args, Activity? activity)
    {
        if (activation.State == ActivationState.Created && !activation.IsReentrant && activation.TryEnterTurn())
        {
            if (activation.State != ActivationState.Created)
            {
                activation.ExitTurn();
            }
            else
            {
                // The call has just begun: its whole response timeout is left (reading the clock twice would say the same).
                var activating = activation.ActivateWithinTurnAsync(Options.ResponseTimeout);
                if (!activating.IsCompletedSuccessfully)
                {
                    return new ValueTask<TResult>(CallSlowAsync(method, reference, args, activity, activation, activating));
                }

                reference.Activation = activation;
                return Run(method, reference, activation, args, activity);
            }
        }

        if (activation.State == ActivationState.Valid && activation.TryEnterTurn())
        {
            if (activation.State == ActivationState.Valid)
            {
                return Run(method, reference, activation, args, activity);
            }

            activation.ExitTurn();
        }

        return new ValueTask<TResult>(CallSlowAsync(method, reference, args, activity, null, null));
    }

    /// <summary>Runs the method within a turn already held; a method that completes at once allocates nothing here.</summary>
    private ValueTask<TResult> Run<TArgs, TResult>(
        GrainMethod<TArgs, TResult> method, GrainReference reference, ActivationData activation, TArgs args, Activity? activity)
    {
        var running = method.Invoke(activation.Instance!, args);
        if (running.IsCompletedSuccessfully)
        {
            // Handed back as it is (its result or the grain's Task), for the caller to read once.
            activation.ExitTurn();
            activity?.Stop();
            return running;
        }

        var task = running.AsTask();
        if (task.IsCompleted)
        {
            activation.ExitTurn();
            SiloTelemetry.Stop(activity, task);
            return new ValueTask<TResult>(task);
        }

        activation.ExitTurnWhenDone(task);
        return new ValueTask<TResult>(AwaitResponseAsync(method, reference.Id, task, Deadline(), activity));
    }

    /// <summary>
    /// The path that waits: for the turn, for an activation, for the response. <paramref name="entered"/> is an activation
    /// whose turn the caller already holds (null: find and enter one), and <paramref name="activating"/> its activation
    /// in progress.
    /// </summary>
    private async Task<TResult> CallSlowAsync<TArgs, TResult>(
        GrainMethod<TArgs, TResult> method, GrainReference reference, TArgs args, Activity? activity, ActivationData? entered, Task? activating)
    {
        var deadline = Deadline();
        try
        {
            while (true)
            {
                var activation = entered ?? _activations.GetOrAdd(reference.Id, static (id, runtime) => new ActivationData(runtime, id), this);
                if (entered is null)
                {
                    if (!await activation.EnterTurnAsync(Remaining(deadline)).ConfigureAwait(false))
                    {
                        throw ResponseTimeout(method, reference.Id);
                    }

                    if (activation.State is ActivationState.Defunct or ActivationState.Deactivating)
                    {
                        activation.ExitTurn();
                        continue;
                    }
                }

                // A handed-over activation is awaited as it is, even if it has failed meanwhile: its outcome is this call's.
                entered = null;

                try
                {
                    await (activating ?? activation.EnsureActivatedAsync(Remaining(deadline))).ConfigureAwait(false);
                }
                catch
                {
                    activation.ExitTurn();
                    throw;
                }

                activating = null;
                reference.Activation = activation;
                var running = method.Invoke(activation.Instance!, args).AsTask();
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

    private async Task<TResult> AwaitResponseAsync<TResult>(GrainMethod method, GrainId id, Task<TResult> running, long deadline, Activity? activity)
    {
        try
        {
            return await running.WaitAsync(Remaining(deadline), Options.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException timeout) when (!ReferenceEquals(timeout, running.Exception?.InnerException))
        {
            // Our own wait ran out (the call may have finished an instant later); a timeout the call itself threw passes unchanged.
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
