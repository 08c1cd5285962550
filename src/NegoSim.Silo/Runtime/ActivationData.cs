namespace NegoSim.Silo.Runtime;

/// <summary>
/// One activation: the grain instance, its turn (one request at a time, across awaits) and its lifecycle.
/// The turn is a <see cref="Turn"/>; a <see cref="ReentrantAttribute">[Reentrant]</see> grain uses it only
/// to guard activation and deactivation.
/// </summary>
internal sealed class ActivationData
{
    private readonly Turn _turn = new();
    private volatile int _state = (int)ActivationState.Created;
    private int _reentrantCalls;
    private DeactivationReason? _deactivationRequest;

    public ActivationData(SiloRuntime runtime, GrainId id)
    {
        Runtime = runtime;
        Id = id;
    }

    public SiloRuntime Runtime { get; }

    public GrainId Id { get; }

    public Grain? Instance { get; private set; }

    public ActivationState State => (ActivationState)_state;

    public bool IsReentrant => Id.Class.IsReentrant;

    /// <summary>When the last request ended, in <see cref="TimeProvider"/> timestamp units (set before the activation can be collected).</summary>
    public long LastUsed { get; private set; }

    /// <summary>Takes the turn if it is free; a reentrant activation always may enter.</summary>
    public bool TryEnterTurn()
    {
        if (IsReentrant)
        {
            Interlocked.Increment(ref _reentrantCalls);
            return true;
        }

        return _turn.TryEnter();
    }

    public async Task<bool> EnterTurnAsync(TimeSpan timeout)
    {
        if (IsReentrant)
        {
            Interlocked.Increment(ref _reentrantCalls);
            return true;
        }

        return await _turn.EnterAsync(timeout).ConfigureAwait(false);
    }

    /// <summary>Ends the current request; runs a requested deactivation before the next request may start.</summary>
    public void ExitTurn()
    {
        LastUsed = Runtime.Now();
        if (IsReentrant)
        {
            if (Interlocked.Decrement(ref _reentrantCalls) == 0 && _deactivationRequest is { } reentrantReason)
            {
                _ = DeactivateAsync(reentrantReason);
            }

            return;
        }

        if (_deactivationRequest is { } reason && State == ActivationState.Valid)
        {
            _ = DeactivateWithinTurnAsync(reason);
            return;
        }

        _turn.Exit();
    }

    public void ExitTurnWhenDone(Task running) =>
        running.ContinueWith(
            static (_, state) => ((ActivationData)state!).ExitTurn(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    /// <summary>Within the turn: makes the grain and runs <see cref="Grain.OnActivateAsync"/> unless done already.</summary>
    public async Task EnsureActivatedAsync(TimeSpan timeout)
    {
        if (State == ActivationState.Valid)
        {
            return;
        }

        if (IsReentrant)
        {
            // Reentrant calls do not hold the turn, so activation takes it for itself.
            if (!await _turn.EnterAsync(timeout).ConfigureAwait(false))
            {
                throw new TimeoutException($"Activation of {Id} did not finish in {timeout}.");
            }

            try
            {
                if (State == ActivationState.Created)
                {
                    await ActivateAsync(timeout).ConfigureAwait(false);
                }
            }
            finally
            {
                _turn.Exit();
            }

            return;
        }

        await ActivateAsync(timeout).ConfigureAwait(false);
    }

    /// <summary>Within the turn of a non-reentrant activation in state Created: makes the grain and runs its OnActivateAsync.</summary>
    public Task ActivateWithinTurnAsync(TimeSpan timeout) => ActivateAsync(timeout);

    private async Task ActivateAsync(TimeSpan timeout)
    {
        try
        {
            var grain = Id.Class.Create(Runtime.Services);
            grain.Attach(this);
            Instance = grain;
            await grain.OnActivateAsync(CancellationToken.None).WaitAsync(timeout, Runtime.Options.TimeProvider).ConfigureAwait(false);
            _state = (int)ActivationState.Valid;
        }
        catch
        {
            // A failed activation leaves nothing behind: the next call makes a new one.
            Instance = null;
            _state = (int)ActivationState.Defunct;
            Runtime.Remove(this);
            throw;
        }
    }

    public void RequestDeactivation(DeactivationReason reason) => _deactivationRequest ??= reason;

    /// <summary>Waits for the turn, then deactivates. Safe to call on an activation in any state.</summary>
    public async Task DeactivateAsync(DeactivationReason reason)
    {
        if (!await _turn.EnterAsync(Runtime.Options.DeactivationTimeout).ConfigureAwait(false))
        {
            // A request that never finishes must not hold the silo up: drop the activation without OnDeactivateAsync.
            _state = (int)ActivationState.Defunct;
            Runtime.Remove(this);
            Runtime.ReportDeactivationFailure(
                Id, new TimeoutException($"A request was still running after the deactivation timeout of {Runtime.Options.DeactivationTimeout}."));
            return;
        }

        if (State == ActivationState.Valid)
        {
            await DeactivateWithinTurnAsync(reason).ConfigureAwait(false);
            return;
        }

        if (State == ActivationState.Created)
        {
            _state = (int)ActivationState.Defunct;
            Runtime.Remove(this);
        }

        _turn.Exit();
    }

    /// <summary>Deactivates now if the activation is idle since <paramref name="idleSince"/>; null if it is busy or younger.</summary>
    public Task? TryCollect(long idleSince, DeactivationReason reason)
    {
        if (State != ActivationState.Valid || LastUsed > idleSince || Volatile.Read(ref _reentrantCalls) > 0 || !_turn.TryEnter())
        {
            return null;
        }

        if (State != ActivationState.Valid)
        {
            _turn.Exit();
            return null;
        }

        return DeactivateWithinTurnAsync(reason);
    }

    private async Task DeactivateWithinTurnAsync(DeactivationReason reason)
    {
        _state = (int)ActivationState.Deactivating;
        try
        {
            await Instance!.OnDeactivateAsync(reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Runtime.ReportDeactivationFailure(Id, exception);
        }
        finally
        {
            Instance = null;
            _state = (int)ActivationState.Defunct;
            Runtime.Remove(this);
            _turn.Exit();
        }
    }
}
