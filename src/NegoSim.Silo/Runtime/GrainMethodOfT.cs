namespace NegoSim.Silo.Runtime;

/// <summary>
/// A grain method taking <typeparamref name="TArgs"/> (its one parameter, a tuple of several, or
/// <see cref="ValueTuple"/> for none) and answering <typeparamref name="TResult"/> (<see cref="ValueTuple"/> for
/// none). Made once per method by the generated grain reference, with a typed call of the grain: no argument array,
/// no boxing.
/// </summary>
public sealed class GrainMethod<TArgs, TResult> : GrainMethod
{
    private readonly Func<object, TArgs, ValueTask<TResult>> _invoke;

    public GrainMethod(Type grainInterface, string name, Func<object, TArgs, ValueTask<TResult>> invoke)
        : base(grainInterface, name)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        _invoke = invoke;
    }

    /// <summary>Calls the grain; a synchronous throw comes back as a faulted call, never as a throw.</summary>
    internal ValueTask<TResult> Invoke(Grain grain, TArgs args)
    {
        try
        {
            return _invoke(grain, args);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<TResult>(exception);
        }
    }
}
