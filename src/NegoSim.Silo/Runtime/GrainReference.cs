namespace NegoSim.Silo.Runtime;

/// <summary>
/// The base of the generated grain references (proxies). It holds the grain's identity and, as a shortcut, the
/// activation it last reached; a defunct activation is looked up again, so a reference outlives any one activation.
/// The generated class implements the grain interface with typed calls to <see cref="InvokeAsync{TArgs, TResult}"/>.
/// </summary>
public abstract class GrainReference
{
    private SiloRuntime? _runtime;

    internal GrainId Id { get; private set; }

    internal ActivationData? Activation { get; set; }

    internal void Bind(SiloRuntime runtime, GrainId id)
    {
        _runtime = runtime;
        Id = id;
    }

    /// <summary>Sends one call to the grain: through its activation's turn, within the response timeout.</summary>
    protected ValueTask<TResult> InvokeAsync<TArgs, TResult>(GrainMethod<TArgs, TResult> method, TArgs args) =>
        _runtime!.Invoke(this, method, args);

    /// <summary>A grain method's <see cref="Task"/> as a call without a value.</summary>
    protected static ValueTask<ValueTuple> FromTask(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : new ValueTask<ValueTuple>(AwaitAsync(task));

        static async Task<ValueTuple> AwaitAsync(Task task)
        {
            await task.ConfigureAwait(false);
            return default;
        }
    }

    /// <summary>A grain method's <see cref="ValueTask"/> as a call without a value.</summary>
    protected static ValueTask<ValueTuple> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : FromTask(task.AsTask());

    /// <summary>A call without a value as the <see cref="Task"/> the interface declares.</summary>
    protected static Task ToTask(ValueTask<ValueTuple> call) =>
        call.IsCompletedSuccessfully ? Task.CompletedTask : call.AsTask();

    /// <summary>A call without a value as the <see cref="ValueTask"/> the interface declares.</summary>
    protected static ValueTask ToValueTask(ValueTask<ValueTuple> call) =>
        call.IsCompletedSuccessfully ? default : new ValueTask(call.AsTask());

    public override string ToString() => $"GrainReference:{Id}";
}
