using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>A grain method returning <c>Task&lt;TResult&gt;</c>, or plain <c>Task</c> with <typeparamref name="TResult"/> = object.</summary>
internal sealed class GrainMethod<TResult> : GrainMethod
{
    private readonly Func<object, object?[]?, Task> _invoke;

    public GrainMethod(Type grainInterface, MethodInfo method, Func<object, object?[]?, Task> invoke)
        : base(grainInterface, method) => _invoke = invoke;

    public override Task Invoke(Grain grain, object?[]? args)
    {
        try
        {
            return _invoke(grain, args)
                ?? Task.FromException<TResult>(new InvalidOperationException($"{ActivityName} returned null instead of a Task."));
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }
    }

    public override Task Fault(Exception exception) => Task.FromException<TResult>(exception);

    public override Task Complete(Task<Task> call) => CompleteAsync(call);

    private static async Task<TResult> CompleteAsync(Task<Task> call)
    {
        var finished = await call.ConfigureAwait(false);
        return finished is Task<TResult> typed ? typed.Result : default!;
    }
}
